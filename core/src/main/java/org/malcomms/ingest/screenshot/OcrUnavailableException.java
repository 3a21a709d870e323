package org.malcomms.ingest.screenshot;

/** Tesseract or its English model is not installed; the message says how to install them. */
final class OcrUnavailableException extends Exception {
    OcrUnavailableException(String message) {
        super(message);
    }
}
