package org.malcomms.law;

/** One evidence test that can prove an element, with the days on which that way of proving it was law. */
public record TestRef(String test, String from, String until, Source source) implements DateRange {
}
