package org.malcomms.analysis;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Letters written to look like others: look-alike letters from other alphabets, accents, full-width, circled and
 * small-capital letters, and invisible characters hidden inside words ({@code ƒuck}, {@code kіll} with a Cyrillic
 * i, {@code ｆｕｃｋ}, {@code ⓚⓘⓛⓛ}, {@code ᴋɪʟʟ}, a zero-width space inside {@code fuck}), read as the plain letters
 * they stand for.
 */
final class Letters {
    /** Characters that hide inside words without showing: zero-width spaces and joiners, soft hyphens. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** Small capital letters a to z ({@code ꜰ} and {@code ꜱ} from Latin Extended-D; no small capital x). */
    private static final String SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ";
    /** Letters of other alphabets that look like Latin ones, read as Latin in words that mix alphabets. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('\u0430', 'a'),
            Map.entry('\u0435', 'e'), Map.entry('\u043E', 'o'), Map.entry('\u0440', 'p'), Map.entry('\u0441', 'c'),
            Map.entry('\u0443', 'y'), Map.entry('\u0445', 'x'), Map.entry('\u0456', 'i'), Map.entry('\u0458', 'j'),
            Map.entry('\u0455', 's'), Map.entry('\u043A', 'k'), Map.entry('\u0501', 'd'), Map.entry('\u03BF', 'o'),
            Map.entry('\u03B1', 'a'), Map.entry('\u03B9', 'i'), Map.entry('\u03BA', 'k'), Map.entry('\u03BD', 'v'),
            Map.entry('\u03C5', 'u'), Map.entry('\u03C1', 'p'), Map.entry('\u0192', 'f'), Map.entry('\u0131', 'i'));
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private Letters() {
    }

    /** True for a character that hides inside words without showing. */
    static boolean invisible(int c) {
        return INVISIBLE.indexOf(c) >= 0;
    }

    /**
     * True for letters and digits, and for symbols that stand for one (circled and small-capital letters such as
     * {@code ⓚ} and {@code ᴋ}).
     */
    static boolean letterLike(int cp) {
        return Character.isLetterOrDigit(cp) || cp >= 128 && plainLetter(cp) != 0;
    }

    /** The plain letter a symbol stands for ({@code ⓚ}, {@code ᴋ}, full-width {@code ｋ}), or 0. */
    static char plainLetter(int cp) {
        int small = SMALL_CAPITALS.indexOf(cp);
        if (small >= 0) {
            return (char) ('a' + small);
        }
        String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return plain.length() == 1 && plain.charAt(0) < 128 && Character.isLetterOrDigit(plain.charAt(0))
                ? Character.toLowerCase(plain.charAt(0)) : 0;
    }

    /**
     * Drops invisible characters; outside plain ASCII, reads full-width and other compatibility letters as plain
     * ones, drops accents ({@code fück}), and in a word that mixes alphabets reads look-alike letters as Latin.
     */
    static String fold(String w) {
        if (allBetween(w, (char) 0, (char) 127)) {
            return w;
        }
        StringBuilder visible = new StringBuilder(w.length());
        boolean ascii = true;
        for (int k = 0; k < w.length(); ) {
            int c = w.codePointAt(k);
            k += Character.charCount(c);
            char plain = c < 128 || Character.isLetterOrDigit(c) && SMALL_CAPITALS.indexOf(c) < 0 ? 0 : plainLetter(c);
            if (plain != 0) {
                visible.append(plain);
            } else if (!invisible(c)) {
                visible.appendCodePoint(c);
                ascii &= c < 128;
            }
        }
        if (ascii) {
            return visible.toString();
        }
        String plain = MARKS.matcher(Normalizer.normalize(Normalizer.normalize(visible, Normalizer.Form.NFKC),
                Normalizer.Form.NFD)).replaceAll("");
        boolean latin = plain.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        if (!latin) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        for (int k = 0; k < plain.length(); k++) {
            char c = Character.toLowerCase(plain.charAt(k));
            out.append(LOOK_ALIKES.getOrDefault(c, plain.charAt(k)));
        }
        return out.toString();
    }

    static boolean allBetween(String w, char from, char to) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < from || w.charAt(k) > to) {
                return false;
            }
        }
        return true;
    }

}
