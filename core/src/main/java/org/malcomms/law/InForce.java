package org.malcomms.law;

import java.time.LocalDate;

/** When an offence (or one way of committing it) was law. */
public record InForce(LocalDate from, LocalDate until, Source source) implements DateRange {
}
