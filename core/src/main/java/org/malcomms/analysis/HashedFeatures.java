package org.malcomms.analysis;

import java.util.List;

/**
 * Turns normalised tokens into hashed features: each word, each pair of neighbouring words within a clause, and
 * the character 3- to 5-grams of each word with boundary marks ({@code <fu}, {@code uck>}), which keep misspelt and
 * run-together abuse close to the plain word.
 */
public final class HashedFeatures {
    private static final int MAX_WORD = 24;
    private static final int WORD_SEED = 0x9E3779B9;
    private final int mask;

    public HashedFeatures(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** Receives the words of a message in order (see {@link #walk}). */
    interface Words {
        /**
         * Word {@code norm[from, to)} of token {@code t}; {@code pair} is the feature of it with the word before it
         * in the same clause, or -1 at a clause's start.
         */
        void word(int t, String norm, int from, int to, int pair);
    }

    /** Calls {@code words} with each word of the text (multi-word normal forms split), in order. */
    void walk(NormalisedText text, Words words) {
        List<Token> tokens = text.tokens();
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
                int word = hash(norm, from, to, WORD_SEED);
                words.word(t, norm, from, to, previous != 0 ? mix(previous * 31 + word + 0x51ED27) & mask : -1);
                previous = word;
                from = to + 1;
            }
        }
    }

    public FeatureVector features(NormalisedText text) {
        int[][] arrays = {new int[64], new int[64]};
        int[] n = {0};
        walk(text, (t, norm, from, to, pair) -> {
            int need = n[0] + 2 + ownCount(to - from);
            if (need > arrays[0].length) {
                arrays[0] = java.util.Arrays.copyOf(arrays[0], need * 2);
                arrays[1] = java.util.Arrays.copyOf(arrays[1], need * 2);
            }
            int[] index = arrays[0];
            int[] owner = arrays[1];
            index[n[0]] = mix(hash(norm, from, to, WORD_SEED)) & mask;
            owner[n[0]++] = t;
            if (pair >= 0) {
                index[n[0]] = pair;
                owner[n[0]++] = t;
            }
            n[0] = charGrams(norm, from, Math.min(to, from + MAX_WORD), t, index, owner, n[0]);
        });
        return new FeatureVector(arrays[0], arrays[1], n[0]);
    }

    /** The features of word {@code norm[from, to)} alone: itself and its n-grams, not its pair with the one before. */
    int[] ownFeatures(String norm, int from, int to) {
        int[] index = new int[ownCount(to - from)];
        index[0] = mix(hash(norm, from, to, WORD_SEED)) & mask;
        charGrams(norm, from, Math.min(to, from + MAX_WORD), 0, index, new int[index.length], 1);
        return index;
    }

    /** How many features a word of {@code length} letters has of its own: itself and its 3-, 4- and 5-grams. */
    private static int ownCount(int length) {
        int marked = Math.min(MAX_WORD, length) + 2;
        int grams = 0;
        for (int size = 3; size <= 5; size++) {
            grams += Math.max(0, marked - size + 1);
        }
        return 1 + grams;
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
