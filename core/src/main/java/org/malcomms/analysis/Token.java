package org.malcomms.analysis;

/**
 * One token of a message: its normal form (lower case, de-obfuscated; a word, or "." / "," / a quote mark for
 * punctuation) and the characters [start, end) of the original text it was read from.
 */
public record Token(String norm, int start, int end, boolean word) {
}
