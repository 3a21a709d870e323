package org.malcomms.model;

import java.util.List;

/** The legal assessment of one case, in the shape of the contract's {@code assess --format json} output. */
public record Assessment(Perspective perspective, String complainant, boolean complainantChosen, Summary summary,
                         List<OffenceFinding> offences, CourseOfConduct courseOfConduct, List<Factor> aggravating,
                         List<Factor> defencePoints, Recommendation recommendation, List<String> recommendationReasons,
                         boolean immediateDanger, List<String> nextSteps) {
    public static final String SCHEMA = "malcomms.assessment/1";
    public static final String JURISDICTION = "england-wales";

    public Assessment {
        offences = List.copyOf(offences);
        aggravating = List.copyOf(aggravating);
        defencePoints = List.copyOf(defencePoints);
        recommendationReasons = List.copyOf(recommendationReasons);
        nextSteps = List.copyOf(nextSteps);
    }
}
