package org.malcomms.analysis;

import java.util.List;

/**
 * A message read into tokens, with {@code normal}: the tokens' normal forms joined by single spaces. Rules match
 * on {@code normal}; {@link #span} maps a match back to character offsets in the original text.
 */
public final class NormalisedText {
    private final String original;
    private final List<Token> tokens;
    private final String normal;
    private final int[] tokenAt;

    NormalisedText(String original, List<Token> tokens) {
        this.original = original;
        this.tokens = List.copyOf(tokens);
        StringBuilder sb = new StringBuilder();
        int[] at = new int[64];
        int len = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                sb.append(' ');
                at = grow(at, len + 1);
                at[len++] = -1;
            }
            String n = tokens.get(i).norm();
            sb.append(n);
            at = grow(at, len + n.length());
            for (int k = 0; k < n.length(); k++) {
                at[len++] = i;
            }
        }
        this.normal = sb.toString();
        this.tokenAt = at;
    }

    private static int[] grow(int[] a, int need) {
        return need <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(need, a.length * 2));
    }

    public String original() {
        return original;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public String normal() {
        return normal;
    }

    /** The index of the token holding character {@code i} of {@link #normal()}, or -1 for a separating space. */
    public int tokenAt(int i) {
        return tokenAt[i];
    }

    /** The original characters behind {@code normal[from, to)}, as a span for {@code label}. */
    public Span span(int from, int to, String label) {
        int a = from;
        while (a < to && tokenAt[a] < 0) {
            a++;
        }
        int b = to - 1;
        while (b > a && tokenAt[b] < 0) {
            b--;
        }
        if (a >= to) {
            return null;
        }
        return new Span(tokens.get(tokenAt[a]).start(), tokens.get(tokenAt[b]).end(), label);
    }

    /** The original characters of one token, as a span for {@code label}. */
    public Span span(int token, String label) {
        Token t = tokens.get(token);
        return new Span(t.start(), t.end(), label);
    }
}
