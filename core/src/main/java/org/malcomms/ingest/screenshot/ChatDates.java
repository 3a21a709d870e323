package org.malcomms.ingest.screenshot;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the times printed in bubbles and the day separators between them ("Today", "12 March 2025"). */
final class ChatDates {
    private static final String CLOCK = "(\\d{1,2})[:.](\\d{2})(?:\\s*([AaPp])\\.?\\s*[Mm]\\.?)?";
    /** A time at the end of a bubble, optionally after "Edited", with read ticks (OCR'd as a few marks) after it. */
    private static final Pattern BUBBLE_TIME = Pattern.compile(
            "(?s)^(.*?)\\s*(?:\\b([Ee]dited)\\s*)?\\b(\\d{1,2})\\s*[:.\\-]?\\s*(\\d{2})(?:\\s*([AaPp])\\.?\\s*[Mm]\\.?)?"
                    + "(?:\\s*\\S{1,3})?\\s*$");
    private static final Pattern PRINTED = Pattern.compile("(\\d{1,2})\\s*[:.\\-]\\s*(\\d{2})(?:\\s*([AaPp])\\.?\\s*[Mm])?");
    private static final Pattern TIME = Pattern.compile("\\b" + CLOCK + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private ChatDates() {
    }

    /**
     * A bubble's text with the time printed at its end split off (for apps that print one in every bubble);
     * {@code time} is null when the digits there do not make a time.
     */
    record BubbleText(String text, LocalTime time, boolean edited) {
    }

    /** What a separator says: a day, a time, or both (either may be null). */
    record DayMark(LocalDate date, LocalTime time) {
    }

    static BubbleText splitTime(String ocr) {
        Matcher m = BUBBLE_TIME.matcher(ocr.strip());
        if (m.matches()) {
            return new BubbleText(m.group(1).strip(), clock(m.group(3), m.group(4), m.group(5)), m.group(2) != null);
        }
        return new BubbleText(ocr.strip(), null, false);
    }

    /** The time read from a bubble's corner on its own (the last clock-like group in it), or null. */
    static LocalTime printedTime(String ocr) {
        Matcher m = PRINTED.matcher(ocr);
        LocalTime last = null;
        while (m.find()) {
            LocalTime t = clock(m.group(1), m.group(2), m.group(3));
            last = t != null ? t : last;
        }
        return last;
    }

    /** The day and time a separator names, relative to {@code reference} for "Today" and weekday names. */
    static Optional<DayMark> separator(String text, LocalDate reference) {
        String t = text.replace('\n', ' ').strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("delivered") || lower.startsWith("read") || lower.startsWith("seen")) {
            return Optional.empty();
        }
        LocalTime time = null;
        Matcher tm = TIME.matcher(t);
        if (tm.find()) {
            time = clock(tm.group(1), tm.group(2), tm.group(3));
        }
        LocalDate date = null;
        if (lower.contains("today")) {
            date = reference;
        } else if (lower.contains("yesterday")) {
            date = reference.minusDays(1);
        } else {
            date = explicitDate(t, reference);
            if (date == null) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    String name = d.name().toLowerCase(Locale.ROOT);
                    if (lower.startsWith(name) || lower.matches(name.substring(0, 3) + "\\b.*")) {
                        date = reference.minusDays(Math.floorMod(reference.getDayOfWeek().getValue()
                                - d.getValue() - 1, 7) + 1L);
                    }
                }
            }
        }
        return date == null && time == null ? Optional.empty() : Optional.of(new DayMark(date, time));
    }

    private static LocalDate explicitDate(String t, LocalDate reference) {
        Matcher n = NUMERIC.matcher(t);
        if (n.find()) {
            int year = Integer.parseInt(n.group(3));
            return date(year < 100 ? 2000 + year : year, Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)),
                    reference);
        }
        Matcher dm = DAY_MONTH.matcher(t);
        while (dm.find()) {
            Integer month = month(dm.group(2));
            if (month != null) {
                return date(dm.group(3) == null ? -1 : Integer.parseInt(dm.group(3)), month,
                        Integer.parseInt(dm.group(1)), reference);
            }
        }
        Matcher md = MONTH_DAY.matcher(t);
        while (md.find()) {
            Integer month = month(md.group(1));
            if (month != null) {
                return date(md.group(3) == null ? -1 : Integer.parseInt(md.group(3)), month,
                        Integer.parseInt(md.group(2)), reference);
            }
        }
        return null;
    }

    private static Integer month(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** A date with no year is the latest such date not after the reference. */
    private static LocalDate date(int year, int month, int day, LocalDate reference) {
        try {
            if (year > 0) {
                return LocalDate.of(year, month, day);
            }
            LocalDate d = LocalDate.of(reference.getYear(), month, day);
            return d.isAfter(reference) ? d.minusYears(1) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime clock(String hours, String minutes, String ampm) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
        }
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }
}
