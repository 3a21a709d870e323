package org.malcomms.model;

import java.util.List;

/**
 * One offence as assessed: the strength of the evidence, each element's finding, and the law applied
 * (the version in force on {@code lawAsAt}). {@code toConfirm} lists facts the knowledge base marks [check];
 * {@code deadline} is set for summary-only offences the evidence reaches, null otherwise.
 */
public record OffenceFinding(String id, String title, Strength strength, List<ElementFinding> elements,
                             String modeOfTrial, String maxPenalty, String citation, String lawAsAt, String sourceUrl,
                             String timeLimit, List<String> toConfirm, List<String> notes, Deadline deadline) {
    public OffenceFinding {
        elements = List.copyOf(elements);
        toConfirm = List.copyOf(toConfirm);
        notes = List.copyOf(notes);
    }
}
