package org.malcomms.model;

import java.util.List;

/**
 * What the case suggests about sentence and process: the signals that raise sentence risk, the likely outcome
 * band, the typical timeline, and the sources (guidelines) behind them.
 */
public record SentencingOutlook(List<String> signals, String likelyOutcome, List<String> timeline,
                                List<String> sources) {
    public static final SentencingOutlook NONE = new SentencingOutlook(List.of(), "", List.of(), List.of());

    public SentencingOutlook {
        signals = List.copyOf(signals);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
    }
}
