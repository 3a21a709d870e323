package org.malcomms.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.malcomms.ingest.SourceInput;
import org.malcomms.model.Message;

/**
 * The screenshot crop behind an OCR'd message: the image is named by its SHA-256 in the message's metadata
 * ({@code imageSha256}) and the message's region by {@code imageBox} = "x,y,w,h" in pixels. Images are read once per
 * report and crops are shown as PNG data URIs, at most {@value #MAX_WIDTH} pixels wide.
 */
final class Screenshots {
    static final String IMAGE = "imageSha256";
    static final String BOX = "imageBox";
    private static final int MAX_WIDTH = 700;
    private final Map<String, SourceInput> originals;
    private final Map<String, Optional<BufferedImage>> images = new HashMap<>();

    Screenshots(Map<String, SourceInput> originals) {
        this.originals = originals;
    }

    /** True when the message says it was read from a screenshot region. */
    static boolean hasCrop(Message m) {
        return m.metadata().containsKey(IMAGE) && m.metadata().containsKey(BOX);
    }

    /** The crop as a data URI, or empty when the image is not available or the box does not fit it. */
    Optional<String> cropDataUri(Message m) {
        if (!hasCrop(m)) {
            return Optional.empty();
        }
        Optional<BufferedImage> image = images.computeIfAbsent(m.metadata().get(IMAGE), this::read);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        int[] box = box(m.metadata().get(BOX));
        BufferedImage img = image.get();
        if (box == null || box[0] >= img.getWidth() || box[1] >= img.getHeight()) {
            return Optional.empty();
        }
        int x = Math.max(0, box[0]);
        int y = Math.max(0, box[1]);
        int w = Math.min(box[2], img.getWidth() - x);
        int h = Math.min(box[3], img.getHeight() - y);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) MAX_WIDTH / w);
        int outW = Math.max(1, (int) Math.round(w * scale));
        int outH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, outW, outH, x, y, x + w, y + h, null);
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<BufferedImage> read(String sha) {
        SourceInput file = originals.get(sha);
        if (file == null) {
            return Optional.empty();
        }
        try (java.io.InputStream in = file.open()) {
            return Optional.ofNullable(ImageIO.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The box "x,y,w,h" as four integers, or null when it is not four non-negative numbers. */
    static int[] box(String value) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            return null;
        }
        int[] box = new int[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = (int) Math.round(Double.parseDouble(parts[i].trim()));
                if (box[i] < 0) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return box;
    }
}
