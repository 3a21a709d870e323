package org.malcomms.vault;

import java.util.List;
import java.util.Map;

/**
 * One line of the custody log: what was done, when, by whom, with which tool, to which hashes.
 * {@code prev} is the hash of the entry before (64 zeros for the first); {@code hash} covers every other field.
 */
public record CustodyEntry(long seq, String at, String action, String actor, String tool, List<String> inputs,
                           List<String> outputs, Map<String, String> details, String prev, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public CustodyEntry {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        details = Map.copyOf(details);
    }
}
