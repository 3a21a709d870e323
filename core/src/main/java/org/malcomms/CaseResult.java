package org.malcomms;

import org.malcomms.analysis.ConversationFindings;
import org.malcomms.model.Assessment;
import org.malcomms.model.Timeline;

/** Everything one run of the pipeline produced: the timeline, what analysis found in it, and the assessment. */
public record CaseResult(Timeline timeline, ConversationFindings findings, Assessment assessment) {
}
