package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.malcomms.Malcomms;
import org.malcomms.analysis.HybridClassifier;
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
 * The timeline shows a screenshot message's crop beside its text. This test plugs in a stand-in importer that reports
 * one bubble per PNG at a known box, with the keys the OCR importer uses ({@code imageSha256}, {@code imageBox}), so
 * that the crop is checked against a box known exactly.
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
                    Map.of(Crops.IMAGE, input.sha256(), Crops.BOX, "40,100,200,50")));
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
                HybridClassifier.standard(), KnowledgeBase.load());
        HttpClient http = TestServer.HTTP;
        try (TestServer server = new TestServer(malcomms)) {
            String base = server.base();
            String cookie = server.session();
            assertThat(server.newCase(cookie, "shots").statusCode()).isEqualTo(302);
            assertThat(server.upload(cookie, "Screenshot_1.png", "image/png", png.toByteArray()).statusCode())
                    .isEqualTo(302);

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
        }
    }
}
