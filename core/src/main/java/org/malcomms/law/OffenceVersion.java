package org.malcomms.law;

/** The mode of trial and maximum penalty of an offence for the days it covers. */
public record OffenceVersion(String from, String until, String modeOfTrial, String maxPenalty, Source source)
        implements DateRange {
}
