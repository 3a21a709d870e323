package org.malcomms.model;

import java.util.List;

/**
 * The legal assessment of one case, in the shape of the contract's {@code assess --format json} output, plus
 * what helps beyond it: the scope note, the conversation patterns found, the public-interest factors, the
 * sentencing outlook, the case facts used and the facts that would change a finding if supplied.
 */
public record Assessment(Perspective perspective, String complainant, boolean complainantChosen, Summary summary,
                         List<OffenceFinding> offences, CourseOfConduct courseOfConduct, List<Factor> aggravating,
                         List<Factor> defencePoints, Recommendation recommendation, List<String> recommendationReasons,
                         boolean immediateDanger, List<String> nextSteps, String scope, List<Factor> patterns,
                         List<Factor> publicInterest, SentencingOutlook sentencing, List<String> factsUsed,
                         List<String> factsNeeded) {
    public static final String SCHEMA = "malcomms.assessment/1";
    public static final String JURISDICTION = "england-wales";

    public Assessment {
        offences = List.copyOf(offences);
        aggravating = List.copyOf(aggravating);
        defencePoints = List.copyOf(defencePoints);
        recommendationReasons = List.copyOf(recommendationReasons);
        nextSteps = List.copyOf(nextSteps);
        scope = scope == null ? "" : scope;
        patterns = List.copyOf(patterns);
        publicInterest = List.copyOf(publicInterest);
        sentencing = sentencing == null ? SentencingOutlook.NONE : sentencing;
        factsUsed = List.copyOf(factsUsed);
        factsNeeded = List.copyOf(factsNeeded);
    }
}
