package org.malcomms.model;

import java.util.List;

/** One point to prove, what the evidence says of it, the messages behind that, and why, in plain English. */
public record ElementFinding(String id, String text, Finding finding, List<String> evidence, List<String> reasons) {
    public ElementFinding {
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
