package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the real jar reads a folder holding a chat screenshot (drawn here with Java2D) with Tesseract. */
class ScreenshotIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A WhatsApp-light screen: green header with the name, one bubble each side with its time, typing bar. */
    private static BufferedImage whatsApp() {
        BufferedImage img = new BufferedImage(720, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xEFEAE2));
        g.fillRect(0, 0, 720, 900);
        g.setColor(new Color(0x008069));
        g.fillRect(0, 0, 720, 110);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 27));
        g.drawString("Sam Okafor", 40, 70);
        bubble(g, 0xFFFFFF, 24, 160, "Pay me back by Friday or else.", "21:14");
        bubble(g, 0xD9FDD3, 250, 250, "Please stop messaging me.", "21:20");
        g.setColor(new Color(0xF0F2F5));
        g.fillRect(0, 810, 720, 90);
        g.dispose();
        return img;
    }

    private static void bubble(Graphics2D g, int colour, int x, int y, String text, String time) {
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 25));
        int w = g.getFontMetrics().stringWidth(text) + 110;
        g.setColor(new Color(colour));
        g.fillRoundRect(x, y, w, 56, 30, 30);
        g.setColor(new Color(0x111B21));
        g.drawString(text, x + 16, y + 36);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 16));
        g.setColor(new Color(0x667781));
        g.drawString(time, x + w - 60, y + 46);
    }

    @Test
    void importsAFolderOfScreenshots(@TempDir Path dir) throws Exception {
        Path shots = Files.createDirectories(dir.resolve("shots"));
        ImageIO.write(whatsApp(), "png", shots.resolve("Screenshot_2025-03-14.png").toFile());
        Jar.Run run = Jar.run("import", shots.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(m -> {
            assertThat(m.get("platform").asText()).isEqualTo("screenshot");
            assertThat(m.get("conversation").asText()).isEqualTo("Sam Okafor");
            assertThat(m.get("source").get("file").asText()).isEqualTo("Screenshot_2025-03-14.png");
            assertThat(m.get("metadata").get("imageBox").asText()).matches("\\d+,\\d+,\\d+,\\d+");
        });
        assertThat(lines.get(0).get("sender").asText()).isEqualTo("Sam Okafor");
        assertThat(lines.get(0).get("text").asText()).isEqualTo("Pay me back by Friday or else.");
        assertThat(lines.get(0).get("sentAt").asText()).contains("21:14:00");
        assertThat(lines.get(1).get("sender").asText()).isEqualTo("Me");
        assertThat(lines.get(1).get("text").asText()).isEqualTo("Please stop messaging me.");
        assertThat(run.err()).doesNotContain("SLF4J").doesNotContain("Exception");
    }
}
