package org.malcomms.ingest.screenshot;

/**
 * A 64-bit difference hash of a screenshot: the screen shrunk to 9x8 grey cells, one bit per pair of neighbours.
 * Re-saved, re-compressed or slightly resized copies of one screenshot hash within a few bits of each other.
 */
final class PerceptualHash {
    private PerceptualHash() {
    }

    static long of(Screen s) {
        double[][] cells = new double[8][9];
        int[][] counts = new int[8][9];
        for (int y = 0; y < s.height; y += 2) {
            int cy = Math.min(7, y * 8 / s.height);
            for (int x = 0; x < s.width; x += 2) {
                int cx = Math.min(8, x * 9 / s.width);
                cells[cy][cx] += Colours.luminance(s.at(x, y));
                counts[cy][cx]++;
            }
        }
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double a = cells[y][x] / Math.max(1, counts[y][x]);
                double b = cells[y][x + 1] / Math.max(1, counts[y][x + 1]);
                hash = hash << 1 | (a < b ? 1 : 0);
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
