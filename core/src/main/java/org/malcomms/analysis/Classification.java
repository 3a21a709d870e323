package org.malcomms.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the classifier says of one text: a probability per label, the target, protected characteristics, and spans. */
public record Classification(Map<Label, Double> labels, Target target, Set<ProtectedCharacteristic> protectedGroups,
                             List<Span> spans) {
    public static final double THRESHOLD = 0.5;
    /**
     * Offensive at or above this is abusive; between {@link #THRESHOLD} and this it is rude (a mild insult such as
     * "idiot" or "you stupid cow"). The conversation analysis counts only abusive messages as targeted abuse.
     */
    public static final double ABUSIVE = 0.75;

    public Classification {
        EnumMap<Label, Double> copy = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            copy.put(l, labels.getOrDefault(l, 0.0));
        }
        labels = java.util.Collections.unmodifiableMap(copy);
        protectedGroups = protectedGroups.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(
                java.util.EnumSet.copyOf(protectedGroups));
        spans = List.copyOf(spans);
    }

    public double p(Label label) {
        return labels.get(label);
    }

    /** True when the label's probability reaches the contract's 0.5 threshold. */
    public boolean has(Label label) {
        return p(label) >= THRESHOLD;
    }
}
