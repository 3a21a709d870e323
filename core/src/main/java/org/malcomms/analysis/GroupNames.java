package org.malcomms.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names of groups with a protected characteristic ("black people", "muslims", from the word list) and the
 * words for one member ("muslim", "gay": a hand list and the singular of each one-word name), with what each
 * names. The group rules read a marked copy of a message ({@link #marked}): each group name and member's word is
 * overwritten letter for letter by {@code q} or {@code j} ("black people are" becomes "qqqqqqqqqqqq are"), so one
 * short token in a regular expression ({@link #GROUP}, {@link #MEMBER}) stands for hundreds of names and every
 * offset stays where it was. A one-word name or member's word of six letters or more is also known misspelt by one
 * letter dropped or two neighbours swapped ("mulsims", "muslms", "imigrants"), the way HateCheck's spelling cases
 * dodge filters, unless the misspelling is itself a word ("blacks" without its "l" is "backs").
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
    private final Set<String> memberWords = new LinkedHashSet<>();
    private final Map<String, ProtectedCharacteristic> members = new HashMap<>();
    /** Misspellings of one-word names and members' words, and the word each stands for. */
    private final Map<String, String> misspelt = new HashMap<>();

    /** {@code isWord} tells real words, which are never taken for a misspelt name. */
    GroupNames(Map<String, ProtectedCharacteristic> names, Predicate<String> isWord) {
        this.names = Map.copyOf(names);
        this.longest = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
        names.keySet().forEach(name -> nameStarts.add(name.split(" ")[0]));
        memberWords.addAll(List.of(MEMBERS.split("\\|")));
        for (String name : names.keySet()) {
            if (!name.contains(" ") && name.endsWith("s") && !name.endsWith("ss")) {
                memberWords.add(name.endsWith("men") ? name.substring(0, name.length() - 3) + "man"
                        : name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                        : name.substring(0, name.length() - 1));
            }
        }
        for (String w : memberWords) {
            names.entrySet().stream().filter(e -> e.getKey().startsWith(w)).findFirst()
                    .ifPresent(e -> members.put(w, e.getValue()));
        }
        members.putIfAbsent("gypsy", ProtectedCharacteristic.RACE);
        CONDITIONS.forEach(c -> members.putIfAbsent(c, ProtectedCharacteristic.DISABILITY));
        Set<String> words = new HashSet<>(memberWords);
        names.keySet().stream().filter(n -> !n.contains(" ")).forEach(words::add);
        Set<String> clashes = new HashSet<>();
        for (String w : words) {
            if (w.length() < 6) {
                continue;
            }
            for (String v : misspellings(w)) {
                if (isWord.test(v) || words.contains(v) || names.containsKey(v)) {
                    continue;
                }
                if (misspelt.putIfAbsent(v, w) != null && !misspelt.get(v).equals(w)) {
                    clashes.add(v);
                }
            }
        }
        clashes.forEach(misspelt::remove);
    }

    /** {@code w} with one letter dropped, or two neighbouring letters swapped. */
    private static Set<String> misspellings(String w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            if (i + 1 < w.length() && w.charAt(i) != w.charAt(i + 1)) {
                out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
        }
        out.remove(w);
        return out;
    }

    /** The word {@code w} stands for: itself, or the name or member's word it misspells. */
    private String spelt(String w) {
        return misspelt.getOrDefault(w, w);
    }

    /**
     * Words whose presence lets a group rule run: the word of each name that best tells it apart ("black" in
     * "black people", "disabled" in "the disabled") and every member's word.
     */
    Set<String> triggerWords() {
        Set<String> out = new HashSet<>(memberWords);
        out.addAll(misspelt.keySet());
        for (String name : names.keySet()) {
            out.add(Arrays.stream(name.split(" ")).filter(w -> !Set.of("the", "people", "with", "of", "a", "an")
                    .contains(w)).findFirst().orElse(name.substring(name.lastIndexOf(' ') + 1)));
        }
        return out;
    }

    /** The protected characteristic of the first group named in {@code s} (normalised text), or null. */
    ProtectedCharacteristic groupIn(String s) {
        String[] words = Arrays.stream(s.split(" ")).map(this::spelt).toArray(String[]::new);
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
            ProtectedCharacteristic c = bruise(words, i) ? null : members.get(spelt(words[i]));
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
        String[] typed = normal.split(" ");
        String[] words = Arrays.stream(typed).map(this::spelt).toArray(String[]::new);
        StringBuilder out = new StringBuilder(normal.length());
        int i = 0;
        while (i < words.length) {
            int length = nameAt(words, i);
            String w = typed[i];
            if (length > 0) {
                int chars = String.join(" ", Arrays.copyOfRange(typed, i, i + length)).length();
                out.append(String.valueOf(GROUP_LETTER).repeat(chars));
                i += length;
            } else {
                boolean markLike = !w.isEmpty() && (w.chars().allMatch(c -> c == GROUP_LETTER)
                        || w.chars().allMatch(c -> c == MEMBER_LETTER));
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
        for (int length = Math.min(longest, words.length - i); length > 0; length--) {
            if (names.containsKey(String.join(" ", Arrays.copyOfRange(words, i, i + length)))) {
                return length;
            }
        }
        return 0;
    }
}
