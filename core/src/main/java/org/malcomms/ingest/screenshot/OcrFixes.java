package org.malcomms.ingest.screenshot;

import java.util.regex.Pattern;

/** Corrections for the confusions Tesseract makes most often on chat fonts, applied to whole words only. */
final class OcrFixes {
    /** A lone bar, or "l" before an apostrophe, where the word "I" was written ("| know", "l'm"). */
    private static final Pattern LONE_I = Pattern.compile("(?<![\\p{L}\\p{N}])[|l](?=['\u2019][a-z]|\\s|$)");
    /** "lam" / "Iam": "I am" with the space lost. */
    private static final Pattern I_AM = Pattern.compile("(?<![\\p{L}\\p{N}])[lI]am(?![\\p{L}\\p{N}])");

    private OcrFixes() {
    }

    static String apply(String text) {
        return I_AM.matcher(LONE_I.matcher(text).replaceAll("I")).replaceAll("I am");
    }
}
