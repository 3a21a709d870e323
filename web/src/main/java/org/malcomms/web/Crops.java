package org.malcomms.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.malcomms.model.Message;
import org.malcomms.vault.CaseFiles;

/**
 * The part of a screenshot a message was read from, for showing beside its OCR'd text. A message read from an image
 * carries its bubble's box in {@code metadata.box} as "x,y,width,height" in pixels of the original whose hash is
 * {@code source.sha256}; the crop is cut from the preserved original and sent as PNG.
 */
final class Crops {
    static final String BOX = "box";
    private static final long MAX_PIXELS = 80_000_000L;

    private Crops() {
    }

    static Optional<byte[]> crop(CaseFiles files, Message m) throws IOException {
        String box = m.metadata().get(BOX);
        if (box == null || m.source() == null || !m.source().sha256().matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String[] parts = box.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        int x;
        int y;
        int w;
        int h;
        try {
            x = Integer.parseInt(parts[0].trim());
            y = Integer.parseInt(parts[1].trim());
            w = Integer.parseInt(parts[2].trim());
            h = Integer.parseInt(parts[3].trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String original = "originals/" + m.source().sha256();
        if (!files.exists(original)) {
            return Optional.empty();
        }
        BufferedImage image;
        try (InputStream in = files.open(original); var iis = ImageIO.createImageInputStream(in)) {
            var readers = ImageIO.getImageReaders(iis);
            if (iis == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(image.getWidth(), x + Math.max(0, w));
        int y1 = Math.min(image.getHeight(), y + Math.max(0, h));
        if (x1 <= x0 || y1 <= y0) {
            return Optional.empty();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", png);
        return Optional.of(png.toByteArray());
    }
}
