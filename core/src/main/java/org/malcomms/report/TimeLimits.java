package org.malcomms.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.malcomms.model.Deadline;

/**
 * A summary-only offence's deadline in words: the date a charge must be laid by and, against today's date, whether
 * it has passed. Plain text; callers escape it (the dates come from the assessment, not from messages, but the
 * explanation is the knowledge base's text and is escaped like everything else).
 */
final class TimeLimits {
    /** The reports count days in the jurisdiction's own zone. */
    static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TimeLimits() {
    }

    static LocalDate today() {
        return LocalDate.now(ENGLAND);
    }

    /** "Time limit: a charge must be laid by 16 August 2025 ..." */
    static String headline(Deadline d) {
        return "Time limit: a charge must be laid by " + day(d.date()) + (d.longstop() == null ? ""
                : " (if the prosecutor only had enough evidence later, six months from then, but never after "
                + day(d.longstop()) + ")") + ".";
    }

    /** Whether the deadline has passed on {@code today}, and how long is left if not. */
    static String status(Deadline d, LocalDate today) {
        LocalDate date = parse(d.date());
        if (date == null) {
            return "";
        }
        String now = " (today is " + DAY.format(today) + ")";
        if (!date.isBefore(today)) {
            long days = ChronoUnit.DAYS.between(today, date);
            return days == 0 ? "That is today" + now + "." : "That is " + days + " day(s) from now" + now + ".";
        }
        if (!outOfTime(d, today)) {
            return "That date has passed" + now + ". A charge is still possible until " + day(d.longstop())
                    + " only if the prosecutor first had enough evidence less than six months ago.";
        }
        return "That date has passed" + now + ": a charge for this offence on these messages is now out of time."
                + " Offences that can be tried in the Crown Court have no such limit.";
    }

    /** True when the deadline's date, and its longstop if it has one, are before {@code today}. */
    static boolean outOfTime(Deadline d, LocalDate today) {
        LocalDate longstop = parse(d.longstop());
        return passed(d, today) && (longstop == null || longstop.isBefore(today));
    }

    /** True when the deadline's date is before {@code today}. */
    static boolean passed(Deadline d, LocalDate today) {
        LocalDate date = parse(d.date());
        return date != null && date.isBefore(today);
    }

    static String day(String isoDate) {
        LocalDate date = parse(isoDate);
        return date == null ? String.valueOf(isoDate) : DAY.format(date);
    }

    private static LocalDate parse(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
