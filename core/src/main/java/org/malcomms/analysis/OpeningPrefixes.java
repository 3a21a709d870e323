package org.malcomms.analysis;

import java.util.Set;

/**
 * Every prefix of a set of openings ({@link Openings}), each packed into one number with its length, in an
 * open-addressing hash table, marking those that are openings themselves. A text is read one character more at a
 * time ({@link #look}) until what it has read is an opening or no opening starts with it, which for most
 * positions is known after two or three characters: one probe each, where a sorted array of the openings of each
 * length would cost a binary search for every length.
 */
final class OpeningPrefixes {
    /** What {@link #look} answers: no opening starts with the characters. */
    static final int NONE = 0;
    /** Some opening starts with the characters, and is longer. */
    static final int PREFIX = 1;
    /** The characters are an opening. */
    static final int OPENING = 2;
    private final long[] keys;
    /** Per slot, the length of the prefix held there, or 0 for an empty slot. */
    private final byte[] lengths;
    /** Per slot, {@link #PREFIX} or {@link #OPENING}; {@link #NONE} for an empty slot. */
    private final byte[] states;
    private final int shift;

    /** {@code openings}: none longer than 7 characters, no character past the first above 255 ({@link #key}). */
    OpeningPrefixes(Set<String> openings) {
        int prefixes = 0;
        for (String o : openings) {
            prefixes += o.length();
        }
        // at least twice as many slots as prefixes, so that a look seldom probes more than one
        int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(prefixes));
        keys = new long[1 << bits];
        lengths = new byte[1 << bits];
        states = new byte[1 << bits];
        shift = 64 - bits;
        for (String o : openings) {
            for (int length = 1; length <= o.length(); length++) {
                int slot = slot(key(o, length), length);
                lengths[slot] = (byte) length;
                keys[slot] = key(o, length);
                states[slot] = (byte) Math.max(states[slot], length == o.length() ? OPENING : PREFIX);
            }
        }
    }

    /**
     * Whether the first {@code length} characters of some opening, packed as {@link #key} packs them, are
     * {@code key}: {@link #NONE}, {@link #PREFIX} or {@link #OPENING}.
     */
    int look(long key, int length) {
        return states[slot(key, length)];
    }

    /** The slot holding the prefix, or the empty one where it would go. */
    private int slot(long key, int length) {
        int slot = (int) ((key + length) * 0x9E3779B97F4A7C15L >>> shift);
        while (lengths[slot] != 0 && (lengths[slot] != length || keys[slot] != key)) {
            slot = (slot + 1) & (keys.length - 1);
        }
        return slot;
    }

    /**
     * The first {@code length} characters of {@code opening} packed into one number: the first in 16 bits, each of
     * the rest in 8; a text's characters are packed alike as it is read.
     */
    static long key(String opening, int length) {
        long key = opening.charAt(0);
        for (int i = 1; i < length; i++) {
            key = key << 8 | opening.charAt(i);
        }
        return key;
    }
}
