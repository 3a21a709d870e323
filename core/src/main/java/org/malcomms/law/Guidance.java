package org.malcomms.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base beyond the offences, each part one YAML file under {@code law/}: what each aggravating factor,
 * defence point and public-interest category means ({@code factors.yaml}), sentencing signals, outcomes and the
 * typical timeline ({@code sentencing.yaml}), next-step wording and platform instructions ({@code next-steps.yaml}),
 * and the jurisdictions assessed ({@code scope.yaml}).
 */
public record Guidance(Factors factors, Sentencing sentencing, Steps steps, Scope scope) {

    /** One aggravating factor or defence point: its contract id, plain-words meaning, the reply to it, and source. */
    public record FactorRule(String id, String title, String meaning, String answer, Source source) {
    }

    /** One of the CPS's four public-interest categories. */
    public record PublicInterestRule(String id, int category, String title, String usually, Source source) {
    }

    /** The contents of {@code factors.yaml}. */
    public record Factors(List<FactorRule> aggravating, List<FactorRule> defencePoints,
                          List<PublicInterestRule> publicInterest) {
        public FactorRule aggravating(String id) {
            return find(aggravating, id).orElseThrow(() -> new IllegalStateException("factors.yaml has no"
                    + " aggravating factor " + id));
        }

        public FactorRule defencePoint(String id) {
            return find(defencePoints, id).orElseThrow(() -> new IllegalStateException("factors.yaml has no"
                    + " defence point " + id));
        }

        public PublicInterestRule publicInterest(String id) {
            return publicInterest.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                    () -> new IllegalStateException("factors.yaml has no public-interest category " + id));
        }

        private static Optional<FactorRule> find(List<FactorRule> rules, String id) {
            return rules.stream().filter(r -> r.id().equals(id)).findFirst();
        }
    }

    /** A sentence of guidance with its [check] flag. */
    public record Note(String text, boolean check) {
    }

    /** The contents of {@code sentencing.yaml}. */
    public record Sentencing(List<Source> guidelines, Map<String, String> signals, Map<String, String> outcomes,
                             Note suspendedSentences, List<String> timeline, Source timelineSource) {
    }

    /** The contents of {@code next-steps.yaml}: wording keyed by step, and block/report instructions by platform. */
    public record Steps(Map<String, String> complainant, Map<String, String> defence, Map<String, String> platforms,
                        List<Source> sources) {
        public String complainant(String key) {
            return text(complainant, key);
        }

        public String defence(String key) {
            return text(defence, key);
        }

        private static String text(Map<String, String> map, String key) {
            String s = map.get(key);
            if (s == null) {
                throw new IllegalStateException("next-steps.yaml has no step " + key);
            }
            return s;
        }
    }

    /** The contents of {@code scope.yaml}. */
    public record Scope(String assessed, Map<String, String> notAssessed, String note, Source source) {
    }
}
