package org.malcomms.report;

import java.text.Normalizer;

/**
 * Contextual shaping of Arabic letters for the PDF: each letter becomes its isolated, final, initial or medial
 * presentation form (Unicode Arabic Presentation Forms A and B), and lam followed by alef becomes a ligature.
 * The PDF writer places glyphs one by one, so without this the letters would print unjoined. Text extraction
 * (and {@link #unshape}) maps the forms back to the original letters.
 */
final class ArabicShaper {
    /** Joining behaviour of one letter, and the code point of its first (isolated) presentation form. */
    private record Letter(boolean dual, int isolated) {
    }

    private static final java.util.Map<Integer, Letter> LETTERS = new java.util.HashMap<>();

    static {
        right(0x0622, 0xFE81);
        right(0x0623, 0xFE83);
        right(0x0624, 0xFE85);
        right(0x0625, 0xFE87);
        dual(0x0626, 0xFE89);
        right(0x0627, 0xFE8D);
        dual(0x0628, 0xFE8F);
        right(0x0629, 0xFE93);
        int[] duals = {0x062A, 0xFE95, 0x062B, 0xFE99, 0x062C, 0xFE9D, 0x062D, 0xFEA1, 0x062E, 0xFEA5};
        for (int i = 0; i < duals.length; i += 2) {
            dual(duals[i], duals[i + 1]);
        }
        right(0x062F, 0xFEA9);
        right(0x0630, 0xFEAB);
        right(0x0631, 0xFEAD);
        right(0x0632, 0xFEAF);
        int[] more = {0x0633, 0xFEB1, 0x0634, 0xFEB5, 0x0635, 0xFEB9, 0x0636, 0xFEBD, 0x0637, 0xFEC1, 0x0638, 0xFEC5,
            0x0639, 0xFEC9, 0x063A, 0xFECD, 0x0641, 0xFED1, 0x0642, 0xFED5, 0x0643, 0xFED9, 0x0644, 0xFEDD,
            0x0645, 0xFEE1, 0x0646, 0xFEE5, 0x0647, 0xFEE9, 0x064A, 0xFEF1,
            0x067E, 0xFB56, 0x0686, 0xFB7A, 0x06A9, 0xFB8E, 0x06AF, 0xFB92, 0x06CC, 0xFBFC};
        for (int i = 0; i < more.length; i += 2) {
            dual(more[i], more[i + 1]);
        }
        right(0x0648, 0xFEED);
        right(0x0649, 0xFEEF);
        right(0x0698, 0xFB8A);
    }

    private static void right(int letter, int isolated) {
        LETTERS.put(letter, new Letter(false, isolated));
    }

    private static void dual(int letter, int isolated) {
        LETTERS.put(letter, new Letter(true, isolated));
    }

    private ArabicShaper() {
    }

    /** Text in logical order with each Arabic letter replaced by its contextual form. */
    static String shape(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            Letter letter = LETTERS.get(cp);
            if (letter == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinsToNext(previous(cps, i));
            int next = next(cps, i);
            int lamAlef = cp == 0x0644 && next >= 0 && next == i + 1 ? lamAlef(cps[next]) : 0;
            if (lamAlef != 0) {
                out.appendCodePoint(lamAlef + (joinsBefore ? 1 : 0));
                i = next;
                continue;
            }
            boolean joinsAfter = letter.dual() && next >= 0 && joinsToPrevious(cps[next]);
            int form;
            if (joinsBefore && joinsAfter) {
                form = 3;
            } else if (joinsAfter) {
                form = 2;
            } else if (joinsBefore) {
                form = 1;
            } else {
                form = 0;
            }
            out.appendCodePoint(letter.isolated() + form);
        }
        return out.toString();
    }

    /** The original letters back from their presentation forms. */
    static String unshape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static int lamAlef(int alef) {
        return switch (alef) {
            case 0x0622 -> 0xFEF5;
            case 0x0623 -> 0xFEF7;
            case 0x0625 -> 0xFEF9;
            case 0x0627 -> 0xFEFB;
            default -> 0;
        };
    }

    /** Harakat and other combining marks sit on a letter without breaking its joins. */
    private static boolean transparent(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static boolean joinsToNext(int cp) {
        Letter l = LETTERS.get(cp);
        return (l != null && l.dual()) || cp == 0x0640 || cp == 0x200D;
    }

    private static boolean joinsToPrevious(int cp) {
        return LETTERS.containsKey(cp) || cp == 0x0640 || cp == 0x200D;
    }
}
