package org.malcomms.law;

import java.time.LocalDate;

/** Days from {@code from} to {@code until}, both inclusive; either end may be open (null). */
public interface DateRange {
    LocalDate from();

    LocalDate until();

    default boolean covers(LocalDate day) {
        return (from() == null || !day.isBefore(from())) && (until() == null || !day.isAfter(until()));
    }
}
