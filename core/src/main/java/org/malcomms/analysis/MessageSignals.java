package org.malcomms.analysis;

import java.util.Set;
import org.malcomms.model.Message;

/**
 * One message with what was read in it: the classifier's labels, conversation cues, and a severity from 0 (nothing)
 * to 4 (a threat of violence): 1 rude, 2 targeted abuse, 3 hate, sexual or self-harm content or exposure threats.
 */
public record MessageSignals(Message message, Classification classification, Set<Cue> cues, int severity) {
    public MessageSignals {
        cues = Set.copyOf(cues);
    }

    public boolean has(Label label) {
        return classification.has(label);
    }

    public boolean has(Cue cue) {
        return cues.contains(cue);
    }

    /**
     * A set of signals by identity: each message has one signals object, and hashing a record would hash the whole
     * message text each time.
     */
    public static Set<MessageSignals> setOf(java.util.Collection<MessageSignals> signals) {
        Set<MessageSignals> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(signals);
        return set;
    }

    /** True when the message is abusive in any way the law may care about. */
    public boolean offending() {
        return severity > 0;
    }
}
