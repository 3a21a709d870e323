package org.malcomms.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged, numbered messages of a case, plus how many parts of the inputs could not be read.
 */
public record Timeline(List<Message> messages, int skipped) {
    public Timeline {
        messages = List.copyOf(messages);
    }

    /** Everyone who sent a message other than a platform notice, in order of first appearance. */
    public List<Party> parties() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.kind() != MessageKind.SYSTEM && !m.sender().isEmpty()) {
                counts.merge(m.sender(), 1, Integer::sum);
            }
        }
        List<Party> parties = new ArrayList<>();
        counts.forEach((name, n) -> parties.add(new Party(name, n)));
        return parties;
    }
}
