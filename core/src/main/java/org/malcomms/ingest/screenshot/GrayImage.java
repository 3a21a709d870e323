package org.malcomms.ingest.screenshot;

/** An 8-bit grey image, row by row, as handed to Tesseract. */
record GrayImage(int width, int height, byte[] pixels) {
}
