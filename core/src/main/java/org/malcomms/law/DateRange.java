package org.malcomms.law;

import java.time.LocalDate;

/** Days from {@code from} to {@code until}, both inclusive; either end may be open (null). Dates are ISO strings. */
public interface DateRange {
    String from();

    String until();

    default boolean covers(LocalDate day) {
        return (from() == null || !day.isBefore(LocalDate.parse(from())))
                && (until() == null || !day.isAfter(LocalDate.parse(until())));
    }
}
