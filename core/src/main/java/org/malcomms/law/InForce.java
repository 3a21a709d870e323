package org.malcomms.law;

/** When an offence (or one way of committing it) was law. */
public record InForce(String from, String until, Source source) implements DateRange {
}
