package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.InputException;
import org.malcomms.ingest.Warnings;
import org.malcomms.ingest.screenshot.ChatRenderer.Day;
import org.malcomms.ingest.screenshot.ChatRenderer.Item;
import org.malcomms.ingest.screenshot.ChatRenderer.Msg;
import org.malcomms.ingest.screenshot.ChatRenderer.Style;
import org.malcomms.model.Message;
import org.malcomms.vault.Hashes;

class ScreenshotImporterTest {
    /** One importer (one loaded Tesseract) for the whole class, as in the application. */
    private static final ScreenshotImporter IMPORTER = new ScreenshotImporter();

    @TempDir
    Path dir;

    private List<Message> read(Path file, Warnings warnings) throws Exception {
        List<Message> out = new ArrayList<>();
        IMPORTER.read(new FileSource(file), new ImportContext(Shots.LONDON, warnings, s -> { }), out::add);
        return out;
    }

    static Stream<Arguments> layouts() {
        return Stream.of(Arguments.of(ChatRenderer.WHATSAPP_LIGHT, Conversations.NEIGHBOUR),
                Arguments.of(ChatRenderer.WHATSAPP_DARK, Conversations.NEIGHBOUR),
                Arguments.of(ChatRenderer.IMESSAGE, Conversations.EX_PARTNER),
                Arguments.of(ChatRenderer.IMESSAGE_DARK, Conversations.EX_PARTNER),
                Arguments.of(ChatRenderer.INSTAGRAM, Conversations.EX_PARTNER),
                Arguments.of(ChatRenderer.INSTAGRAM_DARK, Conversations.EX_PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void rebuildsTheConversationFromEachLayout(Style style, List<Item> chat) throws Exception {
        Path file = Shots.save(ChatRenderer.render(style, "Dan Hughes", chat), dir.resolve(style.name() + ".png"),
                "png");
        Warnings warnings = Warnings.silent();
        List<Message> read = read(file, warnings);
        List<Msg> expected = Shots.messages(chat);

        assertThat(warnings.count()).isZero();
        assertThat(read).as("one message per bubble").hasSize(expected.size());
        int sendersRight = 0;
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i).left() ? "Dan Hughes" : ScreenshotImporter.OWNER;
            sendersRight += read.get(i).sender().equals(want) ? 1 : 0;
        }
        assertThat((double) sendersRight / expected.size()).as("bubble-to-sender accuracy").isGreaterThanOrEqualTo(0.99);
        String want = expected.stream().map(Msg::text).collect(Collectors.joining("\n"));
        String got = read.stream().map(Message::text).collect(Collectors.joining("\n"));
        assertThat(Shots.characterAccuracy(want, got)).as("character accuracy of\n%s", got)
                .isGreaterThanOrEqualTo(0.97);

        Message first = read.get(0);
        assertThat(first.platform()).isEqualTo("screenshot");
        assertThat(first.conversation()).isEqualTo("Dan Hughes");
        assertThat(first.zoneSource().json()).isEqualTo("assumed");
        assertThat(first.metadata()).containsEntry("layout", style.name())
                .containsEntry("imageSha256", Hashes.sha256(file)).containsEntry("timeSource", "image")
                .containsEntry("dateSource", "image");
        assertThat(Double.parseDouble(first.metadata().get("ocrConfidence"))).isBetween(0.6, 1.0);
        String[] box = first.metadata().get("imageBox").split(",");
        assertThat(Integer.parseInt(box[0])).isLessThan(ChatRenderer.WIDTH / 2);
        assertThat(Integer.parseInt(box[2])).isGreaterThan(100);
        assertThat(first.source().line()).isEqualTo(1);
        assertThat(read.get(read.size() - 1).source().line()).isEqualTo(expected.size());
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).sentAt()).isAfterOrEqualTo(read.get(i - 1).sentAt());
        }
    }

    @Test
    void readsAPhoneSizedJpeg() throws Exception {
        BufferedImage shot = Shots.scaled(ChatRenderer.render(ChatRenderer.WHATSAPP_DARK, "Dan Hughes",
                Conversations.NEIGHBOUR), 1.5);
        Path file = Shots.save(shot, dir.resolve("IMG_1080.jpg"), "jpg");
        List<Message> read = read(file, Warnings.silent());
        List<Msg> expected = Shots.messages(Conversations.NEIGHBOUR);
        assertThat(read).hasSize(expected.size());
        assertThat(read).extracting(Message::sender).containsExactlyElementsOf(expected.stream()
                .map(m -> m.left() ? "Dan Hughes" : ScreenshotImporter.OWNER).toList());
        assertThat(Shots.characterAccuracy(expected.stream().map(Msg::text).collect(Collectors.joining("\n")),
                read.stream().map(Message::text).collect(Collectors.joining("\n")))).isGreaterThanOrEqualTo(0.97);
        assertThat(read.get(0).metadata().get("imageBox")).isEqualTo("36,291,720,120");
    }

    @Test
    void seesBubblesThroughADoodleWallpaper() throws Exception {
        BufferedImage shot = ChatRenderer.withDoodles(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes",
                Conversations.NEIGHBOUR), ChatRenderer.WHATSAPP_LIGHT, 0xE2D9CE);
        Path file = Shots.save(shot, dir.resolve("doodles.png"), "png");
        Warnings warnings = Warnings.silent();
        List<Message> read = read(file, warnings);
        List<Msg> expected = Shots.messages(Conversations.NEIGHBOUR);
        assertThat(warnings.count()).isZero();
        assertThat(read).hasSize(expected.size());
        assertThat(read).extracting(Message::sender).containsExactlyElementsOf(expected.stream()
                .map(m -> m.left() ? "Dan Hughes" : ScreenshotImporter.OWNER).toList());
        assertThat(Shots.characterAccuracy(expected.stream().map(Msg::text).collect(Collectors.joining("\n")),
                read.stream().map(Message::text).collect(Collectors.joining("\n")))).isGreaterThanOrEqualTo(0.97);
        assertThat(read).allSatisfy(m -> assertThat(m.metadata()).containsEntry("timeSource", "image"));
    }

    @Test
    void readsPrintedTimesAndDaySeparators() throws Exception {
        Path file = Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes",
                Conversations.NEIGHBOUR), dir.resolve("times.png"), "png");
        List<Message> read = read(file, Warnings.silent());
        List<Msg> expected = Shots.messages(Conversations.NEIGHBOUR);
        List<LocalDate> days = List.of(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 13),
                LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 14));
        for (int i = 0; i < expected.size(); i++) {
            var local = read.get(i).sentAt().atZoneSameInstant(Shots.LONDON).toLocalDateTime();
            assertThat(local.toLocalDate()).as("day of message %d", i + 1).isEqualTo(days.get(i));
            assertThat(local.toLocalTime()).as("time of message %d", i + 1)
                    .isEqualTo(LocalTime.parse(expected.get(i).time()));
        }
    }

    @Test
    void flagsTimesThatRunBackwards() throws Exception {
        List<Item> chat = List.of(new Day("Today"), new Msg(true, "I am outside your door right now.", "22:43"),
                new Msg(true, "Open it or I will break it down.", "21:05"));
        Path file = Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes", chat),
                dir.resolve("backwards.png"), "png");
        List<Message> read = read(file, Warnings.silent());
        assertThat(read).hasSize(2);
        assertThat(read.get(0).metadata()).doesNotContainKey("hint.timeOutOfOrder");
        assertThat(read.get(1).metadata()).containsKey("hint.timeOutOfOrder");
    }

    @Test
    void keepsTheTextOfAnUnrecognisedLayoutAsOneMessage() throws Exception {
        BufferedImage page = new BufferedImage(720, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xFFF8E1));
        g.fillRect(0, 0, 720, 600);
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
        g.drawString("Notice to the tenant of flat 4", 40, 80);
        g.drawString("You must leave by Friday or else.", 40, 130);
        g.dispose();
        Path file = Shots.save(page, dir.resolve("notice.png"), "png");
        Warnings warnings = Warnings.silent();
        List<Message> read = read(file, warnings);
        assertThat(warnings.skips()).singleElement().asString().contains("layout not recognised, text only");
        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEmpty();
            assertThat(m.metadata()).containsEntry("layout", "unrecognised").containsEntry("timeSource", "file-time");
            assertThat(Shots.characterAccuracy("Notice to the tenant of flat 4\nYou must leave by Friday or else.",
                    m.text())).isGreaterThanOrEqualTo(0.95);
        });
    }

    @Test
    void refusesAFileThatOnlyLooksLikeAnImage() throws Exception {
        Path file = dir.resolve("broken.png");
        byte[] bytes = new byte[200];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        Files.write(file, bytes);
        assertThat(IMPORTER.detect("broken.png", bytes)).isGreaterThan(0.5);
        assertThatThrownBy(() -> read(file, Warnings.silent())).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.png").hasMessageContaining("not a readable PNG or JPEG");
    }

    @Test
    void detectsImagesByTheirFirstBytesNotTheirName() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0};
        assertThat(IMPORTER.detect("photo.txt", jpeg)).isGreaterThan(0.5);
        assertThat(IMPORTER.detect("chat.png", "12/03/2025, 08:02 - Dan: hi".getBytes(StandardCharsets.UTF_8)))
                .isZero();
    }

    @Test
    void saysHowToInstallTesseractWhenItsModelIsMissing() throws Exception {
        Path file = Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "Dan Hughes", Conversations.EX_PARTNER),
                dir.resolve("shot.png"), "png");
        ScreenshotImporter without = new ScreenshotImporter(List.of(dir.resolve("no-tessdata")));
        assertThatThrownBy(() -> without.read(new FileSource(file), new ImportContext(Shots.LONDON,
                Warnings.silent(), s -> { }), m -> { })).isInstanceOf(InputException.class)
                .hasMessageContaining("shot.png")
                .hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-eng");
    }
}
