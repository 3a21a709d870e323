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
 * names the screenshot by its SHA-256 in {@code metadata.imageSha256} (always that, never {@code source.sha256}: a
 * message found in both a screenshot and an export has the export as its source) and its bubble's box in
 * {@code metadata.imageBox} as "x,y,width,height" in pixels of that image; the crop is cut from the preserved
 * original (decrypted when the case is) and sent as PNG.
 */
final class Crops {
    static final String IMAGE = "imageSha256";
    static final String BOX = "imageBox";
    private static final long MAX_PIXELS = 80_000_000L;

    private Crops() {
    }

    static Optional<byte[]> crop(CaseFiles files, Message m) throws IOException {
        String box = m.metadata().get(BOX);
        String image = m.metadata().get(IMAGE);
        if (box == null || image == null || !image.matches("[0-9a-f]{64}")) {
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
        String original = "originals/" + image;
        if (!files.exists(original)) {
            return Optional.empty();
        }
        BufferedImage picture;
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
                picture = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(picture.getWidth(), x + Math.max(0, w));
        int y1 = Math.min(picture.getHeight(), y + Math.max(0, h));
        if (x1 <= x0 || y1 <= y0) {
            return Optional.empty();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", png);
        return Optional.of(png.toByteArray());
    }
}
