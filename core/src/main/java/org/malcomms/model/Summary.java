package org.malcomms.model;

import java.time.OffsetDateTime;
import java.util.List;

/** The case in numbers: messages, skipped input parts, who took part, and the first and last message times. */
public record Summary(int messages, int skipped, List<Party> parties, OffsetDateTime firstAt, OffsetDateTime lastAt) {
    public Summary {
        parties = List.copyOf(parties);
    }
}
