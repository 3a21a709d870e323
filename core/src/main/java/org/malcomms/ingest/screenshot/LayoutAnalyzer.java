package org.malcomms.ingest.screenshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the structure of a chat screenshot from colour alone: the chat background is the commonest colour in the
 * middle of the screen; rows that differ from it across the whole width are bars (the header at the top, the
 * typing bar at the bottom); between them, every connected region that differs from it is a bubble (large and
 * mostly filled; left or right by which edge it hugs, or a centred pill for day separators) or ink (text drawn
 * straight on the background, grouped into lines).
 */
final class LayoutAnalyzer {
    /** How far (sum of channel differences) a pixel must be from the background to belong to something. */
    private static final int INK = 24;

    private LayoutAnalyzer() {
    }

    /** Bounds, size and pixel count of one connected region. */
    private static final class Region {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int count;
        final int label;

        Region(int label) {
            this.label = label;
        }

        int width() {
            return maxX - minX + 1;
        }

        int height() {
            return maxY - minY + 1;
        }

        Box box() {
            return new Box(minX, minY, width(), height());
        }
    }

    static ScreenLayout analyse(Screen screen) {
        int w = screen.width;
        int h = screen.height;
        int background = background(screen);
        boolean[] barRow = barRows(screen, background);
        int headerBottom = -1;
        int barRows = 0;
        for (int y = 0; y < h / 4; y++) {
            if (barRow[y]) {
                headerBottom = y;
                barRows++;
            }
        }
        int footerTop = h;
        for (int y = h - 1; y >= h * 3 / 4; y--) {
            if (barRow[y]) {
                footerTop = y;
            }
        }
        boolean headerBar = barRows > 20;
        int headerFill = headerBar ? rowColour(screen, headerBottom / 2) : background;
        List<Box> pictures = headerBottom < 0 ? List.of()
                : label(mask(screen, headerFill, -1, headerBottom + 1), w).regions().stream()
                .filter(r -> r.height() >= w * 0.04 && r.width() < w * 0.5 && r.count >= 0.5 * r.width() * r.height())
                .map(Region::box).toList();
        boolean[] raw = mask(screen, background, headerBottom, footerTop);
        Labelled solid = label(open(raw, w, h, Math.max(5, w / 120)), w);
        screen.labels = solid.labels();
        List<Region> candidates = solid.regions().stream().filter(r -> r.width() >= w * 0.05
                && r.height() >= Math.max(20, h * 0.018) && r.count >= 0.5 * r.width() * r.height()).toList();
        if (headerBottom < 0) {
            headerBottom = (int) (h * 0.1);
        }
        final int top = headerBottom;
        final int bottom = footerTop;

        List<Block> blocks = new ArrayList<>();
        List<Box> bubbleBoxes = new ArrayList<>();
        int cutOff = 0;
        int leftColour = -1;
        int rightColour = -1;
        List<Block.Bubble> bubbles = new ArrayList<>();
        for (Region r : candidates) {
            if (r.maxY <= top || r.minY >= bottom) {
                continue;
            }
            if (r.minY <= top + 1 || r.maxY >= bottom - 1) {
                cutOff++;
                continue;
            }
            int colour = fill(screen, r);
            bubbleBoxes.add(r.box());
            int leftGap = r.minX;
            int rightGap = w - 1 - r.maxX;
            if (Math.abs(leftGap - rightGap) <= w * 0.05 && leftGap > w * 0.1) {
                blocks.add(new Block.Caption(r.box(), colour));
                continue;
            }
            boolean left = leftGap < rightGap;
            Block.Bubble bubble = new Block.Bubble(r.box(), left, colour, r.label);
            bubbles.add(bubble);
            if (left && leftColour < 0) {
                leftColour = colour;
            } else if (!left && rightColour < 0) {
                rightColour = colour;
            }
        }
        Optional<Layout> layout = recognise(background, leftColour, rightColour);
        for (Block.Bubble b : bubbles) {
            blocks.add(sideByColour(b, w, layout));
        }
        if (layout.isPresent() && !layout.get().timesInBubbles()) {
            // apps that print times in bubbles put their separators in pills; elsewhere they are text on the ground
            List<Region> small = label(raw, w).regions().stream().filter(r -> !(r.width() >= w * 0.05
                    && r.height() >= Math.max(20, h * 0.018))).toList();
            blocks.addAll(inkLines(small, bubbleBoxes, top, bottom, background));
        }
        blocks.sort(Comparator.comparingInt((Block b) -> b.box().y()).thenComparingInt(b -> b.box().x()));

        Box header = new Box(0, 0, w, top + 1);
        return new ScreenLayout(layout, background, header, headerFill, pictures, blocks, cutOff);
    }

    /**
     * A bubble nearly as wide as the screen hugs both edges, so its position says little: its colour decides
     * whose it is.
     */
    private static Block sideByColour(Block.Bubble b, int w, Optional<Layout> layout) {
        boolean ambiguous = b.box().x() < w * 0.1 && w - b.box().right() < w * 0.1;
        if (!ambiguous || layout.isEmpty()) {
            return b;
        }
        Layout l = layout.get();
        boolean left = Colours.distance(b.colour(), l.incoming())
                <= Colours.distance(b.colour(), l.outgoingNearest(b.colour()));
        return new Block.Bubble(b.box(), left, b.colour(), b.label());
    }

    private static Optional<Layout> recognise(int background, int left, int right) {
        Layout best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Layout l : Layout.values()) {
            int score = l.mismatch(background, left, right);
            if (score >= 0 && score < bestScore) {
                best = l;
                bestScore = score;
            }
        }
        return left < 0 && right < 0 ? Optional.empty() : Optional.ofNullable(best);
    }

    /**
     * Rows that are part of a bar: nearly every pixel differs from the chat background (a header or typing bar,
     * or a hairline under a white header). Bubbles never span the whole width.
     */
    private static boolean[] barRows(Screen s, int background) {
        boolean[] bar = new boolean[s.height];
        for (int y = 0; y < s.height; y++) {
            int off = 0;
            int row = y * s.width;
            for (int x = 0; x < s.width; x++) {
                if (Colours.distance(s.rgb[row + x], background) > INK) {
                    off++;
                }
            }
            bar[y] = off >= s.width * 0.98;
        }
        return bar;
    }

    /** The commonest colour of one row. */
    private static int rowColour(Screen s, int y) {
        Map<Integer, int[]> bins = new HashMap<>();
        for (int x = 0; x < s.width; x++) {
            add(bins, s.at(x, y));
        }
        return mean(bins);
    }

    private static void add(Map<Integer, int[]> bins, int c) {
        int[] bin = bins.computeIfAbsent(quantise(c), k -> new int[4]);
        bin[0]++;
        bin[1] += (c >> 16) & 0xff;
        bin[2] += (c >> 8) & 0xff;
        bin[3] += c & 0xff;
    }

    /** The commonest colour in the middle half of the screen. */
    private static int background(Screen s) {
        Map<Integer, int[]> bins = new HashMap<>();
        for (int y = s.height / 4; y < s.height * 3 / 4; y += 2) {
            for (int x = 0; x < s.width; x += 2) {
                add(bins, s.at(x, y));
            }
        }
        return mean(bins);
    }

    /** The commonest colour of a region's own pixels: a bubble's fill, not its text. */
    private static int fill(Screen s, Region r) {
        Map<Integer, int[]> bins = new HashMap<>();
        for (int y = r.minY; y <= r.maxY; y++) {
            for (int x = r.minX; x <= r.maxX; x++) {
                int i = y * s.width + x;
                if (s.labels[i] == r.label) {
                    add(bins, s.rgb[i]);
                }
            }
        }
        return mean(bins);
    }

    private static int quantise(int c) {
        return ((c >> 19) & 0x1f) << 10 | ((c >> 11) & 0x1f) << 5 | ((c >> 3) & 0x1f);
    }

    private static int mean(Map<Integer, int[]> bins) {
        int[] top = bins.values().stream().max(Comparator.comparingInt(b -> b[0])).orElse(new int[] {1, 0, 0, 0});
        return (top[1] / top[0]) << 16 | (top[2] / top[0]) << 8 | (top[3] / top[0]);
    }

    /** Pixels between rows {@code top} and {@code bottom} (exclusive) that differ from the ground colour. */
    private static boolean[] mask(Screen s, int ground, int top, int bottom) {
        boolean[] mask = new boolean[s.rgb.length];
        for (int i = Math.max(0, (top + 1) * s.width); i < Math.min(mask.length, bottom * s.width); i++) {
            mask[i] = Colours.distance(s.rgb[i], ground) > INK;
        }
        return mask;
    }

    /**
     * The mask with every stroke thinner than {@code k} pixels removed (a morphological opening with a k-by-k
     * square): wallpaper doodles go, and so do their joins to the bubbles they touch, while bubbles and bars keep
     * their shape.
     */
    private static boolean[] open(boolean[] mask, int w, int h, int k) {
        boolean[] eroded = erode(erode(mask, w, h, k, true), w, h, k, false);
        return dilate(dilate(eroded, w, h, k, true), w, h, k, false);
    }

    /** Keeps a pixel when all of the k pixels of the run centred on it (along a row or a column) are set. */
    private static boolean[] erode(boolean[] in, int w, int h, int k, boolean rows) {
        boolean[] out = new boolean[in.length];
        int lines = rows ? h : w;
        int length = rows ? w : h;
        int half = k / 2;
        for (int line = 0; line < lines; line++) {
            int run = 0;
            for (int p = 0; p < length; p++) {
                int i = rows ? line * w + p : p * w + line;
                run = in[i] ? run + 1 : 0;
                if (run >= k) {
                    int centre = p - (k - 1) + half;
                    out[rows ? line * w + centre : centre * w + line] = true;
                }
            }
        }
        return out;
    }

    /** Sets the k pixels of the run centred on every set pixel (along a row or a column). */
    private static boolean[] dilate(boolean[] in, int w, int h, int k, boolean rows) {
        boolean[] out = new boolean[in.length];
        int lines = rows ? h : w;
        int length = rows ? w : h;
        int half = k / 2;
        for (int line = 0; line < lines; line++) {
            for (int p = 0; p < length; p++) {
                if (in[rows ? line * w + p : p * w + line]) {
                    for (int q = Math.max(0, p - half); q <= Math.min(length - 1, p - half + k - 1); q++) {
                        out[rows ? line * w + q : q * w + line] = true;
                    }
                }
            }
        }
        return out;
    }

    /** Connected regions (4-connected, two passes with union-find) of a mask, and each pixel's region. */
    private record Labelled(int[] labels, List<Region> regions) {
    }

    private static Labelled label(boolean[] mask, int w) {
        int n = mask.length;
        int[] labels = new int[n];
        int[] parent = new int[1024];
        int next = 1;
        for (int i = 0; i < n; i++) {
            if (!mask[i]) {
                continue;
            }
            int x = i % w;
            int up = i >= w ? labels[i - w] : 0;
            int leftLabel = x > 0 ? labels[i - 1] : 0;
            if (up == 0 && leftLabel == 0) {
                if (next >= parent.length) {
                    parent = java.util.Arrays.copyOf(parent, parent.length * 2);
                }
                parent[next] = next;
                labels[i] = next++;
            } else if (up == 0 || leftLabel == 0) {
                labels[i] = Math.max(up, leftLabel);
            } else {
                int a = find(parent, up);
                int b = find(parent, leftLabel);
                labels[i] = Math.min(a, b);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, Region> regions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (labels[i] != 0) {
                int root = find(parent, labels[i]);
                labels[i] = root;
                Region r = regions.computeIfAbsent(root, Region::new);
                int x = i % w;
                int y = i / w;
                r.minX = Math.min(r.minX, x);
                r.maxX = Math.max(r.maxX, x);
                r.minY = Math.min(r.minY, y);
                r.maxY = Math.max(r.maxY, y);
                r.count++;
            }
        }
        return new Labelled(labels, new ArrayList<>(regions.values()));
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Groups small regions drawn on the background (outside bubbles) into lines of text. */
    private static List<Block> inkLines(List<Region> small, List<Box> bubbles, int top, int bottom, int background) {
        List<Region> ink = small.stream().filter(r -> r.minY > top && r.maxY < bottom && r.count >= 4
                && bubbles.stream().noneMatch(b -> r.minX >= b.x() && r.maxX < b.right() && r.minY >= b.y()
                && r.maxY < b.bottom())).sorted(Comparator.comparingInt(r -> r.minY)).toList();
        List<Block> lines = new ArrayList<>();
        int i = 0;
        while (i < ink.size()) {
            Region first = ink.get(i);
            int minX = first.minX;
            int maxX = first.maxX;
            int minY = first.minY;
            int maxY = first.maxY;
            int j = i + 1;
            while (j < ink.size() && ink.get(j).minY <= maxY + 2) {
                Region r = ink.get(j);
                minX = Math.min(minX, r.minX);
                maxX = Math.max(maxX, r.maxX);
                maxY = Math.max(maxY, r.maxY);
                j++;
            }
            if (maxY - minY >= 7) {
                lines.add(new Block.Caption(new Box(minX, minY, maxX - minX + 1, maxY - minY + 1), background));
            }
            i = j;
        }
        return lines;
    }
}
