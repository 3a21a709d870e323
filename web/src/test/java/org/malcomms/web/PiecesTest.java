package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.analysis.Span;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;
import org.malcomms.ingest.FileSource;
import org.malcomms.vault.CaseFiles;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Hashes;
import org.malcomms.vault.Scrypt;

/** The small pieces behind the pages: span highlighting, upload names, the facts file, screenshot crops. */
class PiecesTest {
    @Test
    void highlightsSpansEscapingEverySegmentAndMergingOverlaps() {
        String text = "<b>I will kill you</b> & \"watch\" your back";
        int kill = text.indexOf("kill");
        List<Span> spans = List.of(new Span(kill, kill + 8, "threat"), new Span(kill + 5, kill + 12, "offensive"),
                new Span(text.indexOf("watch"), text.indexOf("watch") + 5, "threat"), new Span(-1, 3, "bad"),
                new Span(5, 999, "bad"));
        String html = TimelinePage.highlighted(text, spans);
        assertThat(html).isEqualTo("&lt;b&gt;I will <mark title=\"Threat, Offensive\">kill you&lt;/b&gt;</mark>"
                + " &amp; &quot;<mark title=\"Threat\">watch</mark>&quot; your back");
        assertThat(TimelinePage.highlighted("a\u202Eb", List.of())).isEqualTo("a[U+202E]b");
    }

    @Test
    void uploadNamesLoseFolderPartsAndControlCharacters() {
        assertThat(WebApp.plainName("C:\\Users\\p\\chat.txt")).isEqualTo("chat.txt");
        assertThat(WebApp.plainName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(WebApp.plainName("a\u0000b\nc.txt")).isEqualTo("abc.txt");
        assertThat(WebApp.plainName("..")).isEmpty();
        assertThat(WebApp.plainName(null)).isEmpty();
        assertThat(WebApp.plainName("x".repeat(300) + ".txt")).hasSize(200).endsWith(".txt");
    }

    /** An encrypted case at a cheap key-derivation cost (the app itself always uses the standard cost). */
    private static CaseVault vault(Path dir) throws Exception {
        return CaseVault.create(dir.resolve("case"), "Priya Shah", "test", "a test passphrase".toCharArray(),
                new Scrypt(1 << 10, 8, 1));
    }

    @Test
    void factsFileUsesThePlainKeysAndRoundTripsThroughTheEncryptedCase(@TempDir Path dir) throws Exception {
        CaseVault vault = vault(dir);
        assertThat(Facts.read(vault)).isEqualTo(Facts.empty());
        Facts facts = Facts.empty().withAccount("lives alone", "ex-partner", "cannot sleep\nchanged route to work",
                "his number, 07700 900123", null, "key: value: # not yaml").withMarked(List.of("m-000004"));
        String yaml = new String(facts.yaml(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(yaml).contains("vulnerability: lives alone").contains("relationship: ex-partner")
                .contains("impact: |").contains("senderIdentity:").contains("markedMessages:\n- m-000004")
                .doesNotContain("courtOrders");
        vault.derive(Facts.FILE, facts.yaml(), List.of(), "test");
        assertThat(Facts.read(vault)).isEqualTo(facts);
        assertThat(Files.readString(dir.resolve("case/derived/facts.yaml"), StandardCharsets.ISO_8859_1))
                .doesNotContain("lives alone");
    }

    @Test
    void thePersonsAccountReachesTheAssessmentAsCaseFacts() throws Exception {
        Facts facts = Facts.empty().withAccount("lives alone", "former builder", "cannot sleep", "Dean Whitlock",
                "restraining order at Leeds", null);
        org.malcomms.model.CaseFacts caseFacts = facts.caseFacts();
        assertThat(caseFacts.victim().vulnerable()).isTrue();
        assertThat(caseFacts.impact().dailyLife()).isEqualTo("cannot sleep");
        org.malcomms.Malcomms malcomms = org.malcomms.Malcomms.standard();
        var timeline = malcomms.importAll(List.of(new org.malcomms.ingest.FileSource(TestServer.example())), null,
                org.malcomms.ingest.ImportContext.quiet(java.time.ZoneId.of("Europe/London")));
        var used = malcomms.assess(timeline, "Priya Shah", org.malcomms.model.Perspective.COMPLAINANT, caseFacts)
                .assessment().factsUsed();
        assertThat(used).anyMatch(u -> u.contains("lives alone")).anyMatch(u -> u.contains("former builder"))
                .anyMatch(u -> u.contains("cannot sleep")).anyMatch(u -> u.contains("Dean Whitlock"))
                .anyMatch(u -> u.contains("restraining order at Leeds") && u.contains("no date given"));
        assertThat(Facts.empty().caseFacts().victim().vulnerable()).isNull();
    }

    @Test
    void cropsTheMessageBoxOutOfThePreservedScreenshotNamedByItsImageHash(@TempDir Path dir) throws Exception {
        BufferedImage shot = new BufferedImage(300, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shot.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 600);
        g.setColor(new Color(0xDC, 0xF8, 0xC6));
        g.fillRect(40, 100, 200, 50);
        g.dispose();
        Path png = dir.resolve("shot.png");
        ImageIO.write(shot, "png", png.toFile());
        Path export = dir.resolve("chat.txt");
        Files.writeString(export, "15/02/2025, 23:55 - Dean: Watch your back\n");
        CaseVault vault = vault(dir);
        String sha = vault.preserve(new FileSource(png, "shot.png")).sha256();
        String exportSha = vault.preserve(new FileSource(export, "chat.txt")).sha256();
        CaseFiles files = vault.files();
        // Corroborated by the export: the message's source is the export, the image is named only in its metadata.
        Message base = new Message("m-000001", "whatsapp", "chat", Channel.DIRECT, "Dean", OffsetDateTime.parse(
                "2025-02-15T23:55:00Z"), ZoneSource.ASSUMED, MessageKind.MESSAGE, "Watch your back", List.of(), false,
                new SourceLocation("chat.txt", exportSha, 1));
        Message m = base.withMetadata(Map.of(Crops.IMAGE, sha, Crops.BOX, "40,100,200,50"));
        BufferedImage crop = ImageIO.read(new ByteArrayInputStream(Crops.crop(files, m).orElseThrow()));
        assertThat(crop.getWidth()).isEqualTo(200);
        assertThat(crop.getHeight()).isEqualTo(50);
        assertThat(crop.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xDCF8C6);
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.IMAGE, sha, Crops.BOX, "250,550,100,100")))).get()
                .satisfies(b -> assertThat(ImageIO.read(new ByteArrayInputStream(b)).getWidth()).isEqualTo(50));
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.IMAGE, sha, Crops.BOX, "900,900,10,10"))))
                .isEmpty();
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.IMAGE, sha, Crops.BOX, "a,b,c,d")))).isEmpty();
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.BOX, "40,100,200,50")))).as("no image named")
                .isEmpty();
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.IMAGE, "../case.json", Crops.BOX, "0,0,9,9"))))
                .as("only a hash names an image").isEmpty();
        assertThat(Crops.crop(files, base.withMetadata(Map.of(Crops.IMAGE, Hashes.sha256(new byte[0]), Crops.BOX,
                "0,0,9,9")))).as("an image the case does not hold").isEmpty();
        Message fromShot = new Message("m-000002", "screenshot", "chat", Channel.DIRECT, "Dean", m.sentAt(),
                ZoneSource.ASSUMED, MessageKind.MESSAGE, "hi", List.of(), false, new SourceLocation("shot.png", sha,
                2));
        assertThat(Crops.crop(files, fromShot)).as("the source hash alone names no image").isEmpty();
    }
}
