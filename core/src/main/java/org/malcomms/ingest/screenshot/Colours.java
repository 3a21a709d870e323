package org.malcomms.ingest.screenshot;

/** Small helpers for packed 0xRRGGBB colours. */
final class Colours {
    private Colours() {
    }

    /** Sum of the absolute channel differences, 0 to 765. */
    static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    /** Perceived brightness, 0 to 255. */
    static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }

    static String hex(int rgb) {
        return String.format("#%06X", rgb & 0xffffff);
    }
}
