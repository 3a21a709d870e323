package org.malcomms.law;

/** Where a legal fact comes from; {@code check} marks a fact still to be confirmed against legislation.gov.uk. */
public record Source(String title, String url, boolean check) {
}
