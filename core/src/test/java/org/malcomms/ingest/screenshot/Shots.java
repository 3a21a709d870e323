package org.malcomms.ingest.screenshot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.malcomms.ingest.screenshot.ChatRenderer.Item;
import org.malcomms.ingest.screenshot.ChatRenderer.Msg;

/** Test helpers: saving rendered screenshots with a known file time, and measuring OCR against the known text. */
final class Shots {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The file time given to every rendered screenshot: "Today" is 14 March 2025. */
    static final ZonedDateTime TAKEN = ZonedDateTime.of(2025, 3, 14, 21, 50, 0, 0, LONDON);

    private Shots() {
    }

    static Path save(BufferedImage image, Path file, String format) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(image, format, file.toFile());
        Files.setLastModifiedTime(file, FileTime.from(TAKEN.toInstant()));
        return file;
    }

    /** The screenshot resampled to another size, as phones with denser screens produce. */
    static BufferedImage scaled(BufferedImage image, double factor) {
        BufferedImage big = new BufferedImage((int) (image.getWidth() * factor), (int) (image.getHeight() * factor),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    static List<Msg> messages(List<Item> items) {
        return items.stream().filter(Msg.class::isInstance).map(Msg.class::cast).toList();
    }

    /** 1 minus the edit distance between the texts over the expected length. */
    static double characterAccuracy(String expected, String actual) {
        int[] prev = new int[actual.length() + 1];
        int[] cur = new int[actual.length() + 1];
        for (int j = 0; j <= actual.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= expected.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= actual.length(); j++) {
                int cost = expected.charAt(i - 1) == actual.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[actual.length()] / expected.length();
    }
}
