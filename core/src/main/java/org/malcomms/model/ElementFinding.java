package org.malcomms.model;

import java.util.List;

/**
 * One point to prove, what the evidence says of it, the messages behind that, and why, in plain English;
 * {@code strengthen} says what further evidence would help prove it, and {@code challenges} what the defence
 * can say against it.
 */
public record ElementFinding(String id, String text, Finding finding, List<String> evidence, List<String> reasons,
                             List<String> strengthen, List<String> challenges) {
    public ElementFinding {
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
        strengthen = List.copyOf(strengthen);
        challenges = List.copyOf(challenges);
    }
}
