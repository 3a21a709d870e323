package org.malcomms.vault;

/** An original as an exhibit: its reference (producer's initials and a number, e.g. PS/1), name, hash and size. */
public record Exhibit(String ref, String name, String sha256, long size, String receivedAt, String producer) {

    /** Initials for exhibit references: "Priya Shah" gives PS, a single word gives its first two letters. */
    public static String initials(String producer) {
        String[] words = producer.trim().split("[\\s._-]+");
        StringBuilder sb = new StringBuilder();
        if (words.length == 1 && words[0].length() >= 2) {
            sb.append(words[0], 0, 2);
        } else {
            for (String w : words) {
                if (!w.isEmpty()) {
                    sb.append(w.charAt(0));
                }
            }
        }
        String s = sb.toString().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return s.isEmpty() ? "EX" : s;
    }
}
