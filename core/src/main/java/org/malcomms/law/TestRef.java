package org.malcomms.law;

import java.time.LocalDate;

/** One evidence test that can prove an element, with the days on which that way of proving it was law. */
public record TestRef(String test, LocalDate from, LocalDate until, Source source) implements DateRange {
}
