package org.malcomms.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The case in numbers: messages, skipped input parts, who took part, the first and last message times, and the
 * conversations the messages came from.
 */
public record Summary(int messages, int skipped, List<Party> parties, OffsetDateTime firstAt, OffsetDateTime lastAt,
                      List<Conversation> conversations) {
    public Summary {
        parties = List.copyOf(parties);
        conversations = List.copyOf(conversations);
    }
}
