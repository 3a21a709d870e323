package org.malcomms.ingest.screenshot;

/** Text Tesseract read from one crop, with its mean word confidence from 0 to 1. */
record OcrText(String text, double confidence) {
}
