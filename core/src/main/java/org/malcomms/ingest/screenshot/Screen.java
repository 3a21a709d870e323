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
     * The bubble's pixels: rows are clipped to just inside the bubble's own outline (so rounded corners, tails and
     * anti-aliased edges show the bubble's fill, not stray marks) and the ground is made white.
     */
    GrayImage bubble(Block.Bubble bubble, java.util.Optional<Box> blank) {
        int[] px = bubblePixels(bubble, bubble.box());
        blank.ifPresent(c -> {
            Box b = bubble.box();
            for (int y = c.y(); y < c.bottom(); y++) {
                java.util.Arrays.fill(px, (y - b.y()) * b.width() + c.x() - b.x(),
                        (y - b.y()) * b.width() + c.right() - b.x(), bubble.colour());
            }
        });
        return gray(px, bubble.box().width(), bubble.box().height(), bubble.colour(), 1);
    }

    /** A bubble's printed time: the enlarged crop to read, and where it is, so the text can be read without it. */
    record TimeCrop(GrayImage image, Box box) {
    }

    /**
     * The time printed in a bubble's bottom-right corner (with any read ticks), enlarged for the small print: the
     * rightmost group of marks in the corner, cut off from the message text by a clear gap. Empty if the corner
     * holds nothing.
     */
    java.util.Optional<TimeCrop> bubbleTime(Block.Bubble bubble) {
        Box b = bubble.box();
        int w = Math.min(b.width(), Math.max(60, width * 16 / 100));
        int h = Math.min(b.height(), Math.max(20, width * 4 / 100));
        Box corner = new Box(b.right() - w, b.bottom() - h, w, h);
        int[] px = bubblePixels(bubble, corner);
        int gap = Math.max(6, width / 72);
        int right = -1;
        int left = -1;
        int empty = 0;
        for (int x = w - 1; x >= 0; x--) {
            boolean ink = false;
            for (int y = 0; y < h && !ink; y++) {
                ink = Colours.distance(px[y * w + x], bubble.colour()) > 80;
            }
            if (ink) {
                right = right < 0 ? x : right;
                left = x;
                empty = 0;
            } else if (right >= 0 && ++empty >= gap) {
                break;
            }
        }
        if (right < 0) {
            return java.util.Optional.empty();
        }
        int from = Math.max(0, left - 3);
        int to = Math.min(w - 1, right + 3);
        int cw = to - from + 1;
        int[] cut = new int[cw * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, y * w + from, cut, y * cw, cw);
        }
        return java.util.Optional.of(new TimeCrop(gray(cut, cw, h, bubble.colour(), 3),
                new Box(corner.x() + from, corner.y(), cw, h)));
    }

    private int[] bubblePixels(Block.Bubble bubble, Box area) {
        Box b = bubble.box();
        int fill = bubble.colour();
        int inset = Math.max(3, width / 150);
        int[] out = new int[area.width() * area.height()];
        for (int y = 0; y < area.height(); y++) {
            int sy = area.y() + y;
            int row = sy * width;
            int first = -1;
            int last = -1;
            for (int x = b.x(); x < b.right(); x++) {
                if (labels[row + x] == bubble.label()) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                }
            }
            boolean rowInside = first >= 0 && sy >= b.y() + inset && sy < b.bottom() - inset;
            for (int x = 0; x < area.width(); x++) {
                int sx = area.x() + x;
                out[y * area.width() + x] = rowInside && sx >= first + inset && sx <= last - inset ? rgb[row + sx]
                        : fill;
            }
        }
        return out;
    }

    /** Any rectangle of the screen, read against the given ground colour. */
    GrayImage region(Box b, int ground) {
        return region(b, ground, java.util.List.of());
    }

    /** A rectangle of the screen with some parts of it (pictures, icons) painted over in the ground colour. */
    GrayImage region(Box b, int ground, java.util.List<Box> blanks) {
        int[] out = new int[b.width() * b.height()];
        for (int y = 0; y < b.height(); y++) {
            System.arraycopy(rgb, (b.y() + y) * width + b.x(), out, y * b.width(), b.width());
        }
        for (Box blank : blanks) {
            for (int y = Math.max(blank.y(), b.y()); y < Math.min(blank.bottom(), b.bottom()); y++) {
                java.util.Arrays.fill(out, (y - b.y()) * b.width() + Math.max(0, blank.x() - b.x()),
                        (y - b.y()) * b.width() + Math.min(b.width(), blank.right() - b.x()), ground);
            }
        }
        return gray(out, b.width(), b.height(), ground, b.height() < 40 ? 2 : 1);
    }

    /**
     * Grey, mapped linearly so the ground is white and the ink (the pixels far from the ground, light or dark:
     * whichever there are more of) is black, scaled up for small print, with a white margin around.
     */
    private static GrayImage gray(int[] pixels, int w, int h, int ground, int scale) {
        int groundGray = Colours.luminance(ground);
        long darkSum = 0;
        long darkCount = 0;
        long lightSum = 0;
        long lightCount = 0;
        for (int p : pixels) {
            int g = Colours.luminance(p);
            if (g < groundGray - 60) {
                darkSum += g;
                darkCount++;
            } else if (g > groundGray + 60) {
                lightSum += g;
                lightCount++;
            }
        }
        int ink;
        if (darkCount == 0 && lightCount == 0) {
            ink = groundGray < 128 ? 255 : 0;
        } else {
            ink = (int) (lightCount > darkCount ? lightSum / lightCount : darkSum / darkCount);
        }
        int[] lut = new int[256];
        for (int g = 0; g < 256; g++) {
            lut[g] = Math.max(0, Math.min(255, (g - ink) * 255 / (groundGray - ink == 0 ? 1 : groundGray - ink)));
        }
        int ow = w * scale + 2 * PAD;
        int oh = h * scale + 2 * PAD;
        byte[] out = new byte[ow * oh];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                out[(y + PAD) * ow + x + PAD] = (byte) lut[Colours.luminance(pixels[(y / scale) * w + x / scale])];
            }
        }
        return new GrayImage(ow, oh, out);
    }
}
