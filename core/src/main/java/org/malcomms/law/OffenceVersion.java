package org.malcomms.law;

import java.time.LocalDate;

/** The mode of trial and maximum penalty of an offence for the days it covers. */
public record OffenceVersion(LocalDate from, LocalDate until, String modeOfTrial, String maxPenalty, Source source)
        implements DateRange {
}
