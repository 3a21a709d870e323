package org.malcomms.model;

import java.util.List;

/**
 * An aggravating factor, a defence point or a conversation pattern, by its id, with the messages behind it, why,
 * and the source of the rule (empty when there is none).
 */
public record Factor(String id, List<String> evidence, String reason, String source) {
    public Factor {
        evidence = List.copyOf(evidence);
        source = source == null ? "" : source;
    }
}
