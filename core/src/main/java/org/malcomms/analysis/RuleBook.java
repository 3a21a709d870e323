package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase rules as the rule books ({@link ThreatRules}, {@link SexualAndSelfHarmRules}, {@link HateRules}) add
 * them, each with its trigger words; {@link PhraseRules} runs them.
 */
final class RuleBook {
    /**
     * A phrase rule; it is tried only on texts holding one of its trigger words (the check that keeps it fast). A
     * {@code grouped} one reads the text with group names marked ({@link GroupNames#marked}).
     */
    record Rule(String name, Label label, double p, Pattern pattern, boolean negatable,
                ProtectedCharacteristic fixed, List<Set<String>> triggers, boolean grouped, Label also) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> groupWords;

    /** {@code groupWords}: what IDENT stands for in trigger words (see {@link #triggers}). */
    RuleBook(Set<String> groupWords) {
        this.groupWords = Set.copyOf(groupWords);
    }

    List<Rule> rules() {
        return rules;
    }

    void add(Rule rule) {
        rules.add(rule);
    }

    void threat(String name, double p, String regex) {
        rule(name, Label.THREAT, p, regex, true, null);
    }

    void hate(String name, double p, String regex) {
        rule(name, Label.HATE, p, regex, true, null);
    }

    void rule(String name, Label label, double p, ProtectedCharacteristic fixed, String regex) {
        rule(name, label, p, regex, true, fixed);
    }

    void rule(String name, Label label, double p, String regex, boolean negatable,
                      ProtectedCharacteristic fixed) {
        rules.add(new Rule(name, label, p, Pattern.compile(regex), negatable, fixed, List.of(),
                regex.contains(GroupNames.GROUP) || regex.contains(GroupNames.MEMBER), null));
    }

    /**
     * Sets the trigger words of the rule just added: groups separated by " + ", each of which the text must hold
     * one word of. IDENT stands for the words of group names and members' words ({@link GroupNames#triggerWords}).
     */
    void triggers(String groups) {
        List<Set<String>> all = new ArrayList<>();
        for (String group : groups.split(" \\+ ")) {
            Set<String> set = new HashSet<>();
            for (String w : group.split(" ")) {
                if (w.equals("IDENT")) {
                    set.addAll(groupWords);
                } else {
                    set.add(w);
                }
            }
            all.add(Set.copyOf(set));
        }
        Rule last = rules.remove(rules.size() - 1);
        if (!last.triggers().isEmpty()) {
            throw new IllegalStateException("the rule \"" + last.name() + "\" already has its trigger words");
        }
        rules.add(new Rule(last.name(), last.label(), last.p(), last.pattern(), last.negatable(), last.fixed(),
                List.copyOf(all), last.grouped(), last.also()));
    }

    /** Refuses a book with a rule that has no trigger words (it would run on every message unnoticed). */
    void check() {
        rules.stream().filter(r -> r.triggers().isEmpty()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("the rule \"" + r.name() + "\" has no trigger words");
        });
    }
}
