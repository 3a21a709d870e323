package org.malcomms.ingest.screenshot;

import java.awt.image.BufferedImage;

/**
 * A decoded screenshot: its pixels and, after {@link LayoutAnalyzer} has run, the region each pixel belongs to.
 * Crops are handed to Tesseract as dark text on a white ground whatever the app's colours.
 */
final class Screen {
    private static final int PAD = 12;
    final int width;
    final int height;
    final int[] rgb;
    int[] labels;

    Screen(BufferedImage image) {
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
    }

    int at(int x, int y) {
        return rgb[y * width + x];
    }

    /**
     * The bubble's pixels: rows are clipped to the bubble's own outline (so rounded corners and tails show the
     * bubble's fill, not the chat background) and the ground is made white.
     */
    GrayImage bubble(Block.Bubble bubble) {
        Box b = bubble.box();
        int fill = bubble.colour();
        int[] out = new int[b.width() * b.height()];
        for (int y = 0; y < b.height(); y++) {
            int row = (b.y() + y) * width;
            int first = -1;
            int last = -1;
            for (int x = 0; x < b.width(); x++) {
                if (labels[row + b.x() + x] == bubble.label()) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                }
            }
            for (int x = 0; x < b.width(); x++) {
                out[y * b.width() + x] = x >= first && x <= last && first >= 0 ? rgb[row + b.x() + x] : fill;
            }
        }
        return gray(out, b.width(), b.height(), fill);
    }

    /** Any rectangle of the screen, read against the given ground colour. */
    GrayImage region(Box b, int ground) {
        int[] out = new int[b.width() * b.height()];
        for (int y = 0; y < b.height(); y++) {
            System.arraycopy(rgb, (b.y() + y) * width + b.x(), out, y * b.width(), b.width());
        }
        return gray(out, b.width(), b.height(), ground);
    }

    /**
     * Grey, polarity fixed so the ground is light, contrast stretched so the ground is white, small text scaled
     * up (Tesseract reads best at 20-40 pixel letters), and a white margin around.
     */
    private static GrayImage gray(int[] pixels, int w, int h, int ground) {
        boolean invert = Colours.luminance(ground) < 128;
        int groundGray = invert ? 255 - Colours.luminance(ground) : Colours.luminance(ground);
        int scale = h < 40 ? 2 : 1;
        int ow = w * scale + 2 * PAD;
        int oh = h * scale + 2 * PAD;
        byte[] out = new byte[ow * oh];
        java.util.Arrays.fill(out, (byte) 255);
        int[] lut = new int[256];
        for (int g = 0; g < 256; g++) {
            int v = invert ? 255 - g : g;
            lut[g] = Math.min(255, v * 255 / Math.max(1, groundGray));
        }
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                int g = Colours.luminance(pixels[(y / scale) * w + x / scale]);
                out[(y + PAD) * ow + x + PAD] = (byte) lut[g];
            }
        }
        return new GrayImage(ow, oh, out);
    }
}
