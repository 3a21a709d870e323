package org.malcomms.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.model.Factor;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.SentencingOutlook;
import org.malcomms.model.Strength;

/** Reads the sentencing signals, likely outcome band and typical timeline for a case from {@code sentencing.yaml}. */
final class Outlook {
    private Outlook() {
    }

    static SentencingOutlook of(Guidance.Sentencing data, ConversationFindings f, List<OffenceFinding> offences,
                                List<Factor> aggravating) {
        Set<String> ids = new LinkedHashSet<>();
        for (Factor a : aggravating) {
            ids.add(a.id().startsWith("protected-characteristic:") ? "protected-characteristic" : a.id());
        }
        if (Boolean.TRUE.equals(f.facts().victim().vulnerable())) {
            ids.add("vulnerable-victim");
        }
        if (!f.demands().isEmpty() && !f.exposure().isEmpty()) {
            ids.add("demand");
        }
        if (Boolean.TRUE.equals(f.facts().impact().seriousAlarmOrDistress())) {
            ids.add("serious-distress");
        }
        List<String> signals = new ArrayList<>();
        for (String id : ids) {
            String text = data.signals().get(id);
            if (text != null) {
                signals.add(text);
            }
        }
        boolean anyCase = offences.stream().anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0);
        String band;
        if (!anyCase) {
            band = "none";
        } else if (ids.contains("repetition") && (ids.contains("threat") || ids.contains("protected-characteristic")
                || ids.contains("escalation") || f.offending().stream().filter(s -> s.severity() >= 2).count() >= 5)) {
            band = "campaign";
        } else if (ids.contains("repetition")) {
            band = "repeated";
        } else {
            band = "one-off";
        }
        String outcome = data.outcomes().get(band);
        if (!band.equals("none") && !band.equals("one-off")) {
            outcome += " " + data.suspendedSentences().text() + (data.suspendedSentences().check()
                    ? " (to be confirmed)" : "");
        }
        List<String> sources = new ArrayList<>();
        data.guidelines().forEach(g -> sources.add(g.title() + (g.check() ? " (to be confirmed)" : "")));
        sources.add(data.timelineSource().title());
        return new SentencingOutlook(signals, outcome, data.timeline(), sources);
    }
}
