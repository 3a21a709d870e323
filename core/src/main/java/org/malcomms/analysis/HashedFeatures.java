package org.malcomms.analysis;

import java.util.List;

/**
 * Turns normalised tokens into hashed features: each word, each pair of neighbouring words within a clause, and
 * the character 3- to 5-grams of each word with boundary marks ({@code <fu}, {@code uck>}), which keep misspelt and
 * run-together abuse close to the plain word.
 */
public final class HashedFeatures {
    private static final int MAX_WORD = 24;
    private final int mask;

    public HashedFeatures(int bits) {
        this.mask = (1 << bits) - 1;
    }

    public FeatureVector features(NormalisedText text) {
        List<Token> tokens = text.tokens();
        int[] index = new int[64];
        int[] owner = new int[64];
        int n = 0;
        int previous = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (!token.word()) {
                previous = 0;
                continue;
            }
            String norm = token.norm();
            int from = 0;
            while (from < norm.length()) {
                int to = norm.indexOf(' ', from);
                to = to < 0 ? norm.length() : to;
                int need = n + 2 + 3 * Math.min(MAX_WORD, to - from + 2);
                if (need > index.length) {
                    index = java.util.Arrays.copyOf(index, need * 2);
                    owner = java.util.Arrays.copyOf(owner, need * 2);
                }
                int word = hash(norm, from, to, 0x9E3779B9);
                index[n] = mix(word) & mask;
                owner[n++] = t;
                if (previous != 0) {
                    index[n] = mix(previous * 31 + word + 0x51ED27) & mask;
                    owner[n++] = t;
                }
                previous = word;
                n = charGrams(norm, from, Math.min(to, from + MAX_WORD), t, index, owner, n);
                from = to + 1;
            }
        }
        return new FeatureVector(index, owner, n);
    }

    private int charGrams(String s, int from, int to, int t, int[] index, int[] owner, int n) {
        int len = to - from + 2;
        for (int size = 3; size <= 5; size++) {
            for (int start = 0; start + size <= len; start++) {
                int h = 0x7F4A7C15 + size;
                for (int k = start; k < start + size; k++) {
                    char c = k == 0 ? '<' : k == len - 1 ? '>' : s.charAt(from + k - 1);
                    h = (h ^ c) * 0x01000193;
                }
                index[n] = mix(h) & mask;
                owner[n++] = t;
            }
        }
        return n;
    }

    private static int hash(String s, int from, int to, int seed) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * 0x01000193;
        }
        return h == 0 ? 1 : h;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
