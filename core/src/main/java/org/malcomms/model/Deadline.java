package org.malcomms.model;

/**
 * When a summary-only charge must be laid: {@code date} counts the time limit from the last message cited,
 * {@code longstop} is an outer limit where the statute has one (CA 2003 s.127(5)), or null.
 */
public record Deadline(String date, String longstop, String explanation) {
}
