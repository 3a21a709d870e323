package org.malcomms.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of the dates mail carries: RFC 5322 {@code Date:} headers as real mailers write them (comments,
 * missing seconds, two-digit years, zone names), the mbox {@code From } line and {@code Received:} stamps.
 */
final class EmailDates {
    /** A time read from mail, and whether the mail gave its offset. */
    record Stamp(OffsetDateTime at, boolean zoned) {
    }

    private static final Pattern RFC = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})[\\s,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\.\\d+)?\\s*([+-]\\d{4}|[+-]\\d{2}:\\d{2}|[A-Za-z]{1,5})?");
    private static final Pattern ASCTIME = Pattern.compile(
            "[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:([+-]\\d{4})\\s+)?(\\d{4})");
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
            Map.entry("PDT", -7), Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private EmailDates() {
    }

    /** A Date: header (or the date part of a Received: stamp); null when nothing date-like is in it. */
    static Stamp header(String value, ZoneId assumed) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\([^)]*\\)", " ").strip();
        try {
            return new Stamp(OffsetDateTime.parse(v), true);
        } catch (DateTimeException e) {
            // not ISO: the usual mail layout below
        }
        Matcher m = RFC.matcher(v);
        if (!m.find()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += year < 50 ? 2000 : 1900;
        }
        return at(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), m.group(7),
                assumed);
    }

    /** The date on an mbox "From " separator line, e.g. "From a@b.example Thu Mar 14 21:15:00 2024". */
    static Stamp fromLine(String line, ZoneId assumed) {
        Matcher m = ASCTIME.matcher(line);
        if (!m.find()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        return at(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), assumed);
    }

    private static Stamp at(int year, int month, int day, int hour, int minute, int second, String zone,
                            ZoneId assumed) {
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            ZoneOffset offset = offset(zone);
            if (offset == null) {
                return new Stamp(local.atZone(assumed).toOffsetDateTime(), false);
            }
            return new Stamp(local.atOffset(offset), true);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = zone.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            if (hours > 18 || minutes > 59) {
                return null;
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
