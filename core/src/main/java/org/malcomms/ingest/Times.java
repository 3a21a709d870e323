package org.malcomms.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Turning exported times into the timeline's instants with offsets. */
final class Times {
    private Times() {
    }

    /**
     * An exact instant from the export. When the export gave it in UTC (milliseconds since 1970, a "Z" or
     * "+00:00"), it is shown at the offset the {@code zone} had then, so a clock time reads as the people saw it;
     * an export's own non-zero offset is kept.
     */
    static OffsetDateTime exact(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    static OffsetDateTime exact(OffsetDateTime given, ZoneId zone) {
        return given.getOffset().getTotalSeconds() == 0 ? exact(given.toInstant(), zone) : given;
    }

    /** Milliseconds since 1970 that a real message could carry (1990 to 2200), else null. */
    static Instant millis(long ms) {
        if (ms < 631_152_000_000L || ms > 7_258_118_400_000L) {
            return null;
        }
        return Instant.ofEpochMilli(ms);
    }
}
