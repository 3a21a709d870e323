package org.malcomms.model;

import java.util.List;

/** An aggravating factor or a defence point, by its contract id, with the messages behind it and why. */
public record Factor(String id, List<String> evidence, String reason) {
    public Factor {
        evidence = List.copyOf(evidence);
    }
}
