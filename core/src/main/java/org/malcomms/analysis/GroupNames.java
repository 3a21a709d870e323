package org.malcomms.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of groups with a protected characteristic ("black people", "muslims", from the word list) and the
 * words for one member ("muslim", "gay": a hand list and the singular of each one-word name), with what each
 * names. The group rules read a marked copy of a message ({@link #marked}): each group name and member's word is
 * overwritten letter for letter by {@code q} or {@code j} ("black people are" becomes "qqqqqqqqqqqq are"), so one
 * short token in a regular expression ({@link #GROUP}, {@link #MEMBER}) stands for hundreds of names and every
 * offset stays where it was. A name misspelt by a slip of the keys ("mulsims", "imigrants") is read back by the
 * normaliser ({@link Lexicon#slip}) before it gets here.
 */
final class GroupNames {
    static final String GROUP = "\\bq+\\b";
    static final String MEMBER = "\\bj+\\b";
    /** A group's name, or a member's word with the people it names ("gypsy kids", "a Pakistani family"). */
    static final String NAMED = GROUP + "|" + MEMBER + " (?:kids|children|families|family|people|men|women|lads|guys"
            + "|girls|boys|folk|couples?|teachers|parents|neighbours|workers|doctors|drivers)";
    private static final char GROUP_LETTER = 'q';
    private static final char MEMBER_LETTER = 'j';
    /** Members' words no group name yields by dropping its plural "s". */
    private static final String MEMBERS = "muslim|jew|immigrant|foreigner|pole|polish|irish|romanian|gypsy|traveller|black"
            + "|asian|arab|indian|pakistani|chinese|hindu|sikh|gay|lesbian|homo|homosexual|bisexual|trans|transgender"
            + "|disabled|autistic|cripple|spastic|downie|leper|refugee|migrant|afghan|somali|nigerian|albanian|mexican"
            + "|turk|syrian|iraqi|catholic|christian|jewish|mormon|atheist|deaf|schizo|mullah|imam|rabbi";
    /** Conditions named in "anyone with autism". */
    private static final List<String> CONDITIONS = List.of("downie", "autism", "adhd", "downs", "tourettes",
            "schizophrenia", "bipolar", "disability");
    private final Map<String, ProtectedCharacteristic> names;
    private final int longest;
    /** The first word of each group name, to rule out most words at once. */
    private final Set<String> nameStarts = new HashSet<>();
    /**
     * The first words of each name of several, short of the whole ("people", "people with" of "people with
     * disabilities"): a longer name is looked for only while the words read so far are among them.
     */
    private final Set<String> namePrefixes = new HashSet<>();
    private final Set<String> memberWords = new LinkedHashSet<>();
    private final Map<String, ProtectedCharacteristic> members = new HashMap<>();

    GroupNames(Map<String, ProtectedCharacteristic> names) {
        this.names = Map.copyOf(names);
        this.longest = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
        for (String name : names.keySet()) {
            String[] words = name.split(" ");
            nameStarts.add(words[0]);
            for (int k = 1; k < words.length; k++) {
                namePrefixes.add(String.join(" ", Arrays.copyOfRange(words, 0, k)));
            }
        }
        memberWords.addAll(memberWords(names.keySet()));
        for (String w : memberWords) {
            names.entrySet().stream().filter(e -> e.getKey().startsWith(w)).findFirst()
                    .ifPresent(e -> members.put(w, e.getValue()));
        }
        members.putIfAbsent("gypsy", ProtectedCharacteristic.RACE);
        CONDITIONS.forEach(c -> members.putIfAbsent(c, ProtectedCharacteristic.DISABILITY));
    }

    /** The words for one member of the groups {@code names} names: a hand list, the singular of each one-word name. */
    static Set<String> memberWords(Set<String> names) {
        Set<String> out = new LinkedHashSet<>(List.of(MEMBERS.split("\\|")));
        for (String name : names) {
            if (!name.contains(" ") && name.endsWith("s") && !name.endsWith("ss")) {
                out.add(name.endsWith("men") ? name.substring(0, name.length() - 3) + "man"
                        : name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                        : name.substring(0, name.length() - 1));
            }
        }
        return out;
    }

    /**
     * Words whose presence lets a group rule run: the word of each name that best tells it apart ("black" in
     * "black people", "disabled" in "the disabled") and every member's word.
     */
    Set<String> triggerWords() {
        Set<String> out = new HashSet<>(memberWords);
        for (String name : names.keySet()) {
            out.add(Arrays.stream(name.split(" ")).filter(w -> !Set.of("the", "people", "with", "of", "a", "an")
                    .contains(w)).findFirst().orElse(name.substring(name.lastIndexOf(' ') + 1)));
        }
        return out;
    }

    /** The protected characteristic of the first group named in {@code s} (normalised text), or null. */
    ProtectedCharacteristic groupIn(String s) {
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            int length = nameAt(words, i);
            if (length > 0) {
                return names.get(String.join(" ", Arrays.copyOfRange(words, i, i + length)));
            }
        }
        return null;
    }

    /** The protected characteristic of the first single member of a group named in {@code s} ("every gay"), or null. */
    ProtectedCharacteristic memberIn(String s) {
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            ProtectedCharacteristic c = bruise(words, i) ? null : members.get(words[i]);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Whether the word at {@code i} is "black" in a bruise ("black and blue", "a black eye"), not a person. */
    private static boolean bruise(String[] words, int i) {
        return words[i].equals("black") && i + 1 < words.length && (words[i + 1].startsWith("eye")
                || words[i + 1].equals("and") && i + 2 < words.length && words[i + 2].equals("blue"));
    }

    /** The normalised text with group names and members' words overwritten (see the class comment). */
    String marked(String normal) {
        String[] words = normal.split(" ");
        StringBuilder out = new StringBuilder(normal.length());
        int i = 0;
        while (i < words.length) {
            int length = nameAt(words, i);
            String w = words[i];
            if (length > 0) {
                int chars = String.join(" ", Arrays.copyOfRange(words, i, i + length)).length();
                out.append(String.valueOf(GROUP_LETTER).repeat(chars));
                i += length;
            } else {
                boolean markLike = !w.isEmpty() && (w.charAt(0) == GROUP_LETTER || w.charAt(0) == MEMBER_LETTER)
                        && w.chars().allMatch(c -> c == w.charAt(0));
                out.append(markLike ? "_".repeat(w.length()) : memberWords.contains(words[i]) && !bruise(words, i)
                        ? String.valueOf(MEMBER_LETTER).repeat(w.length()) : w);
                i++;
            }
            out.append(i < words.length ? " " : "");
        }
        return out.toString();
    }

    /** The number of words of the longest group name starting at word {@code i}, or 0. */
    private int nameAt(String[] words, int i) {
        if (!nameStarts.contains(words[i])) {
            return 0;
        }
        int found = 0;
        String phrase = words[i];
        for (int length = 1; length <= Math.min(longest, words.length - i); length++) {
            phrase = length == 1 ? phrase : phrase + " " + words[i + length - 1];
            found = names.containsKey(phrase) ? length : found;
            if (!namePrefixes.contains(phrase)) {
                break;
            }
        }
        return found;
    }
}
