package org.malcomms.analysis;

/** Characters [start, end) of a message's text that drove a label. */
public record Span(int start, int end, String label) {
}
