package org.malcomms.report;

/**
 * Escaping for text that a person reads: message text is hostile data. The output is also well-formed XML, so the
 * same page can be parsed strictly (the PDF renderer does).
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes markup characters, and shows control characters, bidirectional overrides, lone surrogates and
     * non-characters as visible code points (e.g. [U+202E]) so that they cannot hide or reorder what is displayed.
     * Newlines and tabs are kept.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> i = appendVisible(sb, s, i);
            }
        }
        return sb.toString();
    }

    /** The text unescaped for markup, but with the same characters shown as code points as {@link #escape}. */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            i = appendVisible(sb, s, i);
        }
        return sb.toString();
    }

    /** Appends the character at {@code i} (a whole surrogate pair when valid) and returns the last index used. */
    private static int appendVisible(StringBuilder sb, String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(i + 1));
            return i + 1;
        }
        if (visibleCode(c)) {
            sb.append(String.format("[U+%04X]", (int) c));
        } else {
            sb.append(c);
        }
        return i;
    }

    static boolean visibleCode(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || Character.isSurrogate(c)
                || c == '\ufffe' || c == '\uffff';
    }
}
