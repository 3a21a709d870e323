package org.malcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Perspective;
import org.malcomms.model.Timeline;
import org.malcomms.vault.CaseVault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportTest {
    private static final Malcomms MALCOMMS = Malcomms.standard();
    private static CaseResult multilingual;
    private static byte[] multilingualPdf;

    @BeforeAll
    static void renderMultilingual() throws Exception {
        multilingual = assess(TestFiles.path("report/multilingual.txt"), "Layla Haddad");
        multilingualPdf = PdfReport.render(ReportInput.of(multilingual));
    }

    static CaseResult assess(Path chat, String complainant) throws Exception {
        Timeline timeline = MALCOMMS.importAll(List.of(new FileSource(chat)), null,
                ImportContext.quiet(ZoneId.of("Europe/London")));
        return MALCOMMS.assess(timeline, complainant, Perspective.COMPLAINANT);
    }

    /**
     * The PDF's text twice, in drawing order and in position order, joined. Neither order alone keeps every
     * message whole: in drawing order, words marked in a message are painted after the rest of its line; in
     * position order, the lines of the cells of one table row interleave. Every message must survive whole in one.
     */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String drawn = stripper.getText(doc);
            stripper.setSortByPosition(true);
            return drawn + "\n" + stripper.getText(doc);
        }
    }

    /**
     * Text with all whitespace removed, so line wrapping in the PDF does not matter, and without the running
     * header and footer ("Evidence report", "Case ...", "Page x of y"), which interrupt text across pages.
     */
    static String squash(String s) {
        return s.replaceAll("(?m)^(Evidence report|Case \\S+|Page \\d+ of \\d+)\\s*$", "")
                .replaceAll("(?m)^Evidence report\\s+Case \\S+\\s*$", "").replaceAll("\\s+", "");
    }

    /**
     * PDFBox's extraction reverses right-to-left lines char by char, which swaps the halves of an emoji's surrogate
     * pair; this puts such pairs back (the PDF itself is right: the same emoji extracts whole from a left-to-right
     * line, and the page rasterises with it in place).
     */
    static String repairPairs(String s) {
        return s.replaceAll("([\\uDC00-\\uDFFF])([\\uD800-\\uDBFF])", "$2$1");
    }

    static boolean rightToLeft(String s) {
        return s.codePoints().anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    @Test
    void thePdfHoldsEveryMessageExactlyIncludingArabicAndEmoji() throws Exception {
        String text = squash(repairPairs(pdfText(multilingualPdf)));
        List<Message> messages = multilingual.timeline().messages();
        assertThat(messages).hasSize(8);
        for (Message m : messages) {
            if (rightToLeft(m.text())) {
                // A mixed-direction line extracts in display order, so each word is checked whole.
                for (String word : m.text().split("\\s+")) {
                    assertThat(text).as("message %s", m.id()).contains(word);
                }
            } else {
                assertThat(text).as("message %s", m.id()).contains(squash(m.text()));
            }
            assertThat(text).contains(squash(m.sender()));
        }
        assertThat(text).contains("أناخائفةمنك.توقفعنمراسلتي", "😡", "🔪", "🙏", "👀", "👍", "Привет", "ζητώ",
                "שלום");
    }

    @Test
    void thePdfIsPdfAWithEveryFontEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(multilingualPdf)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "3").containsPattern("pdfaid:conformance.{0,3}U");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansArabic")).anyMatch(f -> f.contains("NotoEmoji"));
        }
    }

    @Test
    void everyPageCarriesTheCaseReferenceAndPageXOfY() throws Exception {
        String ref = ReportInput.referenceFor(multilingual);
        try (PDDocument doc = Loader.loadPDF(multilingualPdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                assertThat(page).contains("Page " + i + " of " + pages).contains("Case " + ref);
            }
        }
    }

    @Test
    void pdftoppmRasterisesThePdf(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, multilingualPdf);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        Path png;
        try (var list = Files.list(dir)) {
            png = list.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isBetween(300, 360);
        int ink = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
                if (r > 150 && g < 40 && b < 60) {
                    red++;
                }
            }
        }
        assertThat(ink).as("pixels with ink").isGreaterThan(image.getWidth() * image.getHeight() / 50);
        assertThat(multilingual.assessment().immediateDanger()).isTrue();
        assertThat(red).as("the red 999 banner").isGreaterThan(500);
    }

    /** A chat whose messages try to become markup, hide text, reorder it, or break the layout. */
    static Path hostileChat(Path dir) throws Exception {
        String longLine = "Z".repeat(10_000);
        String chat = String.join("\n",
                "06/05/2025, 10:00 - Mallory: <script>alert('x')</script>",
                "06/05/2025, 10:01 - Mallory: <b>bold</b><img src=x onerror=alert(1)> &amp; ]]> <!-- c -->",
                "06/05/2025, 10:02 - Mallory: bell\u0007 escape\u001b[31m red del\u007f",
                "06/05/2025, 10:03 - Mallory: invoice\u202Egpj.exe and \u2066isolate\u2069",
                "06/05/2025, 10:04 - Mallory: " + longLine,
                "06/05/2025, 10:05 - Ann <i>Evil</i>: you are a stupid cow",
                "06/05/2025, 10:06 - Victor Vale: stop") + "\n";
        Path file = dir.resolve("hostile.txt");
        Files.writeString(file, chat);
        return file;
    }

    @Test
    void hostileMessagesAreInertTextInTheHtml(@TempDir Path dir) throws Exception {
        CaseResult result = assess(hostileChat(dir), "Victor Vale");
        String html = HtmlReport.render(ReportInput.of(result));
        assertThat(html).doesNotContain("<script", "<b>bold", "<img src=x", "\u202E", "\u0007", "\u001b", "<i>Evil")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "invoice[U+202E]gpj.exe",
                        "bell[U+0007]", "[U+2066]isolate[U+2069]", "Z".repeat(10_000), "Ann &lt;i&gt;Evil");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int j = 0; j < e.getAttributes().getLength(); j++) {
                assertThat(e.getAttributes().item(j).getNodeName()).doesNotStartWith("on");
            }
            if (e.getTagName().equals("img")) {
                assertThat(e.getAttribute("src")).startsWith("data:image/png;base64,");
            }
        }
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert('x')</script>",
                "<b>bold</b><img src=x onerror=alert(1)> &amp; ]]> <!-- c -->");
    }

    @Test
    void hostileMessagesAreInertTextInThePdf(@TempDir Path dir) throws Exception {
        CaseResult result = assess(hostileChat(dir), "Victor Vale");
        byte[] pdf = PdfReport.render(ReportInput.of(result));
        String text = squash(pdfText(pdf));
        assertThat(text).contains(squash("<script>alert('x')</script>"),
                squash("<b>bold</b><img src=x onerror=alert(1)> &amp; ]]> <!-- c -->"),
                "invoice[U+202E]gpj.exe", "bell[U+0007]", "Z".repeat(10_000), squash("Ann <i>Evil</i>"));
        assertThat(text).doesNotContain("\u202E", "\u0007");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
        }
    }

    @Test
    void aCaseFolderGivesTheExhibitScheduleCustodyLogAndPoliceDraft(@TempDir Path dir) throws Exception {
        CaseVault vault = CaseVault.createPlain(dir.resolve("case"), "Layla Haddad", "malcomms test");
        FileSource source = TestFiles.source("report/multilingual.txt");
        var exhibit = vault.preserve(source);
        ReportInput input = new ReportInput(multilingual, "LH-2025-01", vault.exhibits(), vault.entries(),
                Map.of());
        String html = HtmlReport.render(input);
        assertThat(exhibit.ref()).isEqualTo("LH/1");
        assertThat(html).contains("Exhibit schedule", "LH/1", source.sha256(), "Custody log", "create-case",
                "preserve", vault.entries().get(1).hash(), "LH/1 line 3");
        String police = Drafts.police(input);
        assertThat(police).contains("LH-2025-01", "LH/1", source.sha256(), "Layla Haddad", "عمر",
                "I know where you live 👀 watch your back", "[how you know the sender");
    }

    @Test
    void withoutACaseFolderTheScheduleListsTheInputFilesWithTheirHashes() {
        String html = HtmlReport.render(ReportInput.of(multilingual));
        String sha = multilingual.timeline().messages().get(0).source().sha256();
        assertThat(html).contains("No case folder was used", "multilingual.txt", sha)
                .doesNotContain("Custody log");
    }

    @Test
    void thePlatformDraftUsesThePlatformsWayOfReportingAndQuotesTheMessages() {
        String draft = Drafts.platform(ReportInput.of(multilingual));
        assertThat(draft).startsWith("REPORT TO WHATSAPP").contains("Report contact", "after I asked them to stop",
                "threats of violence");
        multilingual.findings().offending().forEach(s -> assertThat(draft).contains(s.message().id()));
    }

    @Test
    void theReportSpeaksToThePersonInPlainWords() {
        PlainEnglish plain = PlainEnglish.of(multilingual.assessment(), multilingual.findings(), TimeLimits.today());
        assertThat(plain.meaning().get(0)).contains("call 999");
        assertThat(String.join(" ", plain.meaning())).doesNotContainIgnoringCase("actus").doesNotContain("s.1",
                "mens rea", "1988");
        assertThat(plain.support()).extracting(PlainEnglish.Support::name).contains("Victim Support");
        String md = MarkdownReport.render(ReportInput.of(multilingual));
        assertThat(md).contains("## What this means for you", "## Draft: report to the platform",
                "## Draft: first account for the police", "> REPORT TO WHATSAPP");
    }

    @Test
    void theDefenceReportSpeaksToTheAccusedWithoutThe999Banner() {
        CaseResult defence = MALCOMMS.assess(multilingual.timeline(), "Layla Haddad", Perspective.DEFENCE);
        String html = HtmlReport.render(ReportInput.of(defence));
        assertThat(html).doesNotContain("If you are in danger, call 999 now").contains("written for the defence");
        assertThat(html.indexOf("Points for the defence")).isLessThan(html.indexOf("Offences considered"));
        PlainEnglish plain = PlainEnglish.of(defence.assessment(), defence.findings(), TimeLimits.today());
        assertThat(plain.meaning().get(0)).startsWith("The messages could lead to a criminal charge");
        assertThat(plain.support()).extracting(PlainEnglish.Support::name).containsExactly("Duty solicitor",
                "Samaritans");
    }

    @Test
    void charactersThePdfFontsLackAreWrittenAsCodePointsNotDropped() {
        // U+E0067 (a tag character, invisible) has no glyph and is left out; U+FE0F is in Noto Emoji and stays.
        assertThat(PdfReport.printable("你好 مرحبا שלום 😡\uFE0F\uDB40\uDC67 Привет <p class=\"x\">"))
                .isEqualTo("[U+4F60][U+597D] مرحبا שלום 😡\uFE0F Привет <p class=\"x\">");
    }

    @Test
    void theChartsAreOpaquePngsWithThreatsMarkedInRed() throws Exception {
        BufferedImage timeline = ImageIO.read(new ByteArrayInputStream(Charts.timeline(multilingual.findings())));
        assertThat(timeline.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(timeline.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(timeline.getColorModel().hasAlpha()).isFalse();
        int red = 0;
        for (int y = 0; y < timeline.getHeight(); y++) {
            for (int x = 0; x < timeline.getWidth(); x++) {
                if ((timeline.getRGB(x, y) & 0xffffff) == 0xB00020) {
                    red++;
                }
            }
        }
        assertThat(red).as("threat markers").isPositive();
        assertThat(Charts.escalation(multilingual.findings())).isNotNull();
        CaseResult calm = MALCOMMS.assess(new Timeline(multilingual.timeline().messages().subList(0, 2), 0),
                "Layla Haddad", Perspective.COMPLAINANT);
        assertThat(calm.findings().offending()).isEmpty();
        assertThat(Charts.escalation(calm.findings())).isNull();
        assertThat(HtmlReport.render(ReportInput.of(calm))).contains("No abusive messages from others");
    }

    @Test
    void screenshotBoxesAreFourNonNegativeNumbers() {
        assertThat(Screenshots.box("10,20,300,40")).containsExactly(10, 20, 300, 40);
        assertThat(Screenshots.box(" 1.6, 2 ,3,4")).containsExactly(2, 2, 3, 4);
        assertThat(Screenshots.box("1,2,3")).isNull();
        assertThat(Screenshots.box("1,-2,3,4")).isNull();
        assertThat(Screenshots.box("a,b,c,d")).isNull();
    }

    @Test
    void anOcrMessageShowsItsScreenshotCrop(@TempDir Path dir) throws Exception {
        BufferedImage shot = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = shot.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(50, 100, 200, 40);
        g.dispose();
        Path png = dir.resolve("shot.png");
        ImageIO.write(shot, "png", png.toFile());
        String sha = org.malcomms.vault.Hashes.sha256(png);
        List<Message> messages = new ArrayList<>(multilingual.timeline().messages());
        messages.set(5, messages.get(5).withMetadata(Map.of("imageSha256", sha, "imageBox", "50,100,200,40")));
        messages.set(6, messages.get(6).withMetadata(Map.of("imageSha256", "0".repeat(64), "imageBox", "1,2,3,4")));
        CaseResult ocr = MALCOMMS.assess(new Timeline(messages, 0), "Layla Haddad", Perspective.COMPLAINANT);
        String html = HtmlReport.render(new ReportInput(ocr, "X", List.of(), List.of(), Map.of(sha, new org.malcomms.ingest.FileSource(png))));
        int at = html.indexOf("<img class=\"crop\"");
        assertThat(at).isPositive();
        String src = html.substring(html.indexOf("base64,", at) + 7, html.indexOf('"', html.indexOf("src=", at) + 5));
        BufferedImage crop = ImageIO.read(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(src)));
        assertThat(crop.getWidth()).isEqualTo(200);
        assertThat(crop.getHeight()).isEqualTo(40);
        assertThat(crop.getRGB(100, 20) & 0xffffff).isZero();
        assertThat(html).contains("the image is not available to this report");
        assertThat(PdfReport.render(new ReportInput(ocr, "X", List.of(), List.of(), Map.of(sha, new org.malcomms.ingest.FileSource(png))))).isNotEmpty();
    }

    @Test
    void systemMessagesAndAssumedZonesAreMarkedInTheLog() {
        String html = HtmlReport.render(ReportInput.of(multilingual));
        assertThat(multilingual.timeline().messages()).noneMatch(m -> m.kind() == MessageKind.SYSTEM);
        assertThat(html).contains("zone assumed", "2025-05-02 18:02:00 +01:00");
    }
}
