package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.malcomms.Malcomms;
import org.malcomms.analysis.RuleClassifier;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Importer;
import org.malcomms.ingest.Importers;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.WhatsAppImporter;
import org.malcomms.law.KnowledgeBase;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * The timeline shows a screenshot message's crop beside its text. The screenshot importer is another module's work,
 * so this test plugs in a stand-in importer that reports one bubble per PNG at a known box, as OCR would.
 */
class ScreenshotCropTest {
    /** Test stand-in for the OCR importer: one message per PNG, its bubble at 40,100 size 200x50. */
    private static final class OneBubbleImporter implements Importer {
        @Override
        public String format() {
            return "test-screenshot";
        }

        @Override
        public double detect(String name, byte[] head) {
            return head.length > 4 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G' ? 1 : 0;
        }

        @Override
        public void read(SourceInput input, ImportContext context, Consumer<Message> sink) {
            sink.accept(new Message("", "screenshot", "Dean", Channel.DIRECT, "Dean Whitlock",
                    OffsetDateTime.parse("2025-02-15T23:56:00Z"), ZoneSource.ASSUMED, MessageKind.MESSAGE,
                    "Watch your back", List.of(), false, new SourceLocation(input.name(), input.sha256(), 1), List.of(),
                    Map.of(Crops.BOX, "40,100,200,50")));
        }
    }

    @Test
    void showsTheCropCutFromThePreservedScreenshot() throws Exception {
        BufferedImage shot = new BufferedImage(300, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shot.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 600);
        g.setColor(new Color(0x25, 0xD3, 0x66));
        g.fillRect(40, 100, 200, 50);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(shot, "png", png);
        Malcomms malcomms = new Malcomms(new Importers(List.of(new WhatsAppImporter(), new OneBubbleImporter())),
                new RuleClassifier(), KnowledgeBase.load());
        Path data = Files.createTempDirectory("malcomms-crop-test-");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (WebApp app = WebApp.start(data, 0, malcomms, url -> { })) {
            String base = "http://127.0.0.1:" + app.port();
            String cookie = http.send(HttpRequest.newBuilder(URI.create(app.launchUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(http.send(HttpRequest.newBuilder(
                    URI.create(base + "/")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(m.find()).isTrue();
            String csrf = m.group(1);
            http.send(HttpRequest.newBuilder(URI.create(base + "/cases")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                            .ofString("mode=new&name=shots&csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String boundary = "----crop";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"Screenshot_1.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(png.toByteArray());
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            http.send(HttpRequest.newBuilder(URI.create(base + "/case/upload")).header("Cookie", cookie)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());

            String timeline = http.send(HttpRequest.newBuilder(URI.create(base + "/case/timeline"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(timeline).contains("<img class=\"crop\" src=\"/case/crop/m-000001\"").contains("Watch your back");
            HttpResponse<byte[]> crop = http.send(HttpRequest.newBuilder(URI.create(base + "/case/crop/m-000001"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(crop.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage cut = ImageIO.read(new ByteArrayInputStream(crop.body()));
            assertThat(cut.getWidth()).isEqualTo(200);
            assertThat(cut.getHeight()).isEqualTo(50);
            assertThat(cut.getRGB(100, 25) & 0xFFFFFF).isEqualTo(0x25D366);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/case/crop/m-000001")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("crops need the session").isEqualTo(403);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/case/crop/m-999999"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                    .isEqualTo(404);
        } finally {
            TestServer.deleteTree(data);
        }
    }
}
