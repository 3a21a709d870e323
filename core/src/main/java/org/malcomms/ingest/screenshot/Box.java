package org.malcomms.ingest.screenshot;

/** A rectangle in screenshot pixels. */
record Box(int x, int y, int width, int height) {
    int bottom() {
        return y + height;
    }

    int right() {
        return x + width;
    }

    /** "x,y,w,h", as written in message metadata. */
    String text() {
        return x + "," + y + "," + width + "," + height;
    }
}
