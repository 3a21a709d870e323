package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Warnings;
import org.malcomms.model.Message;

class ScreenshotImporterTest {
    @TempDir
    Path dir;

    static final ScreenshotImporter IMPORTER = new ScreenshotImporter();

    List<Message> read(BufferedImage image, String name, Warnings warnings) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        List<Message> out = new ArrayList<>();
        IMPORTER.read(new FileSource(file), new ImportContext(ZoneId.of("Europe/London"), warnings, s -> { }),
                out::add);
        return out;
    }

    @Test
    void probe() throws Exception {
        for (ChatRenderer.Style s : List.of(ChatRenderer.WHATSAPP_LIGHT, ChatRenderer.WHATSAPP_DARK,
                ChatRenderer.IMESSAGE, ChatRenderer.INSTAGRAM)) {
            BufferedImage img = ChatRenderer.render(s, "Dan Hughes",
                    s.timesInBubbles() ? Conversations.NEIGHBOUR : Conversations.EX_PARTNER);
            ImageIO.write(img, "png", new java.io.File("/tmp/" + s.name() + ".png"));
            long t0 = System.nanoTime();
            Warnings w = new Warnings(System.out::println);
            List<Message> m = read(img, s.name() + ".png", w);
            System.out.println(s.name() + " " + (System.nanoTime() - t0) / 1e6 + " ms");
            m.forEach(x -> System.out.println(x.sender() + " | " + x.sentAt() + " | " + x.text() + " | " + x.metadata()));
        }
    }
}
