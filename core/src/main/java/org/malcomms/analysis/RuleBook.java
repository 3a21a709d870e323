package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase rules as the rule books ({@link ThreatRules}, {@link SexualAndSelfHarmRules}, {@link HateRules}) add
 * them, each with its trigger words; {@link PhraseRules} runs them.
 */
final class RuleBook {
    /**
     * A phrase rule; it is tried only on texts holding one of its trigger words (the check that keeps it fast). A
     * {@code grouped} one reads the text with group names marked ({@link GroupNames#marked}). One with a
     * {@code context} counts only in a text where the context is also found, anywhere ("or your boss gets the
     * screenshots" is a threat in a message that also asks for money or sets a condition).
     */
    record Rule(String name, Label label, double p, LazyPattern pattern, boolean negatable,
                ProtectedCharacteristic fixed, List<Set<String>> triggers, boolean grouped, Label also,
                LazyPattern context) {
    }

    private final List<Rule> rules = new ArrayList<>();
    /**
     * Per trigger word, the trigger groups (numbered through the book) it is in, one bit each ({@code long[]} as
     * {@link BitSet#toLongArray} gives them, all as long as the book has groups); filled by {@link #close}.
     */
    private final Map<String, long[]> groupsOfWord = new HashMap<>();
    /**
     * Rule r's trigger groups are numbered from {@code groupsOfRule[r]} up to {@code groupsOfRule[r + 1]}: a rule's
     * groups are numbered in a row, so one look at the present groups ({@link #triggered}) tells whether all of them
     * are there. Filled by {@link #close}.
     */
    private int[] groupsOfRule;
    /** Per trigger group, the rule it belongs to; filled by {@link #close}. */
    private int[] ruleOfGroup;
    private final Set<String> groupWords;

    /** {@code groupWords}: what IDENT stands for in trigger words (see {@link #triggers}). */
    RuleBook(Set<String> groupWords) {
        this.groupWords = Set.copyOf(groupWords);
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
        rules.add(new Rule(name, label, p, new LazyPattern(regex), negatable, fixed, List.of(),
                regex.contains(GroupNames.GROUP) || regex.contains(GroupNames.MEMBER), null, null));
    }

    /**
     * The first word of each alternative of {@code alternation} ("(?:kill|petrol bomb|tipped (?:down|off))" gives
     * "kill petrol tipped"), lookarounds left out: the trigger words of a rule built on that list, derived so that a
     * word added to the list is never missing from its triggers.
     */
    static String firstWords(String alternation) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String phrase : alternatives(alternation.replaceAll("\\(\\?<?[=!][^()]*\\)", ""))) {
            words.add(phrase.split("[ (]")[0]);
        }
        return String.join(" ", words);
    }

    /** The top-level alternatives of {@code alternation}, a "(?:...|...)" group or a bare list of them. */
    static List<String> alternatives(String alternation) {
        String body = alternation.startsWith("(?:") && alternation.endsWith(")")
                ? alternation.substring(3, alternation.length() - 1) : alternation;
        List<String> phrases = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                phrases.add(body.substring(start, i));
                start = i + 1;
            }
        }
        return phrases;
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
                List.copyOf(all), last.grouped(), last.also(), last.context()));
    }

    /** Sets the context of the rule just added: a pattern the text must also hold for the rule to count. */
    void context(String regex) {
        Rule last = rules.remove(rules.size() - 1);
        rules.add(new Rule(last.name(), last.label(), last.p(), last.pattern(), last.negatable(), last.fixed(),
                last.triggers(), last.grouped(), last.also(), new LazyPattern(regex)));
    }

    /**
     * Closes the book once every rule is added: refuses a rule that has no trigger words (it would run on every
     * message unnoticed), and indexes the trigger words so that {@link #triggered} looks each word of a message up
     * once, however many rules there are.
     */
    void close() {
        rules.stream().filter(r -> r.triggers().isEmpty()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("the rule \"" + r.name() + "\" has no trigger words");
        });
        int group = 0;
        groupsOfRule = new int[rules.size() + 1];
        Map<String, BitSet> groups = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            groupsOfRule[r] = group;
            for (Set<String> words : rules.get(r).triggers()) {
                for (String w : words) {
                    groups.computeIfAbsent(w, k -> new BitSet()).set(group);
                }
                group++;
            }
        }
        groupsOfRule[rules.size()] = group;
        ruleOfGroup = new int[group];
        for (int r = 0; r < rules.size(); r++) {
            Arrays.fill(ruleOfGroup, groupsOfRule[r], groupsOfRule[r + 1], r);
        }
        int longs = (group + 63) / 64;
        groups.forEach((w, bits) -> groupsOfWord.put(w, Arrays.copyOf(bits.toLongArray(), longs)));
    }

    /** Every rule, in book order. */
    List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The rules, in book order, each of whose trigger groups holds one of {@code words} (repeats do no harm). */
    List<Rule> triggered(Collection<String> words) {
        long[] present = new long[(groupsOfRule[rules.size()] + 63) / 64];
        for (String w : words) {
            long[] groups = groupsOfWord.get(w);
            if (groups != null) {
                for (int k = 0; k < present.length; k++) {
                    present[k] |= groups[k];
                }
            }
        }
        // the rules whose first group is present, in book order (their groups are numbered in it), are looked at
        List<Rule> out = new ArrayList<>();
        for (int k = 0; k < present.length; k++) {
            for (long left = present[k]; left != 0; left &= left - 1) {
                int g = k * 64 + Long.numberOfTrailingZeros(left);
                int r = ruleOfGroup[g];
                if (g == groupsOfRule[r] && allPresent(present, g, groupsOfRule[r + 1])) {
                    out.add(rules.get(r));
                }
            }
        }
        return out;
    }

    /** Whether every group from {@code from} up to {@code to} is among the {@code present} ones. */
    private static boolean allPresent(long[] present, int from, int to) {
        for (int g = from; g < to; g++) {
            if ((present[g >>> 6] & 1L << g) == 0) {
                return false;
            }
        }
        return true;
    }
}
