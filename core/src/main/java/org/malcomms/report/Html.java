package org.malcomms.report;

/** Escaping for text that a person reads in HTML: message text is hostile data. */
public final class Html {
    private Html() {
    }

    /**
     * Escapes markup characters, and shows control characters and bidirectional overrides as visible code
     * points (e.g. [U+202E]) so that they cannot hide or reorder what is displayed. Newlines and tabs are kept.
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
                default -> {
                    if (visibleCode(c)) {
                        sb.append(String.format("[U+%04X]", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static boolean visibleCode(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
