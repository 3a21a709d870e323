package org.malcomms.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier's word lists (resources under {@code org/malcomms/analysis/lexicon}, described in the README
 * there): profanity with weights, slurs and group names by protected characteristic, spelling aliases and emoji.
 */
public final class Lexicon {
    /**
     * A profane word, the probability that it alone makes a message offensive, and whether it counts only when
     * aimed at someone (an everyday word that is an insult only in "you cow", "silly cow").
     */
    public record Profanity(String word, double weight, boolean strong, boolean directedOnly) {
    }

    /** A slur, the characteristic it attacks, and whether it counts only when aimed at someone. */
    public record Slur(String word, ProtectedCharacteristic characteristic, boolean directedOnly) {
    }

    private final Map<String, Profanity> profanity = new HashMap<>();
    private final Map<String, Slur> slurs = new HashMap<>();
    private final Map<String, ProtectedCharacteristic> identities = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<Integer, String> emoji = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final List<String> maskable = new ArrayList<>();
    /** Each known word by its slips (a letter dropped, two neighbours swapped); "" if two words share one. */
    private final Map<String, String> slips = new HashMap<>();

    private static final Lexicon STANDARD = new Lexicon();

    public static Lexicon standard() {
        return STANDARD;
    }

    private Lexicon() {
        for (String[] f : read("profanity.txt")) {
            profanity.put(f[0], new Profanity(f[0], Double.parseDouble(f[1]), f[2].equals("strong"),
                    f.length > 3 && f[3].equals("directed")));
        }
        for (String[] f : read("slurs.txt")) {
            slurs.put(f[0], new Slur(f[0], characteristic(f[1]), f[2].equals("directed")));
        }
        for (String[] f : read("identities.txt")) {
            identities.put(f[0], characteristic(f[1]));
        }
        for (String[] f : read("aliases.txt")) {
            aliases.put(f[0], f[1]);
        }
        for (String[] f : read("people.txt")) {
            people.put(f[0], f.length > 1 ? f[1] : plural(f[0]));
        }
        for (String[] f : read("emoji.txt")) {
            emoji.put(f[0].codePointAt(0), f[1]);
        }
        known.addAll(profanity.keySet());
        known.addAll(slurs.keySet());
        identities.keySet().forEach(phrase -> known.addAll(List.of(phrase.split(" "))));
        known.addAll(GroupNames.memberWords(identities.keySet()));
        known.addAll(List.of("scum", "filth", "filthy", "vermin", "disgusting", "rats", "shot", "beat", "drown",
                "murder", "stab", "exterminate", "exterminated", "subhuman", "worthless", "repulsive", "animals"));
        known.addAll(List.of("kys", "kill", "killing", "die", "dead", "stab", "shoot", "rape", "nudes", "hate",
                "gay", "jew", "muslim", "fucking", "kill yourself", "you", "your", "kill you", "yourself", "urself", "hang",
                "neck", "burn", "i'm", "i'll", "i'd", "i've"));
        maskable.addAll(profanity.keySet().stream().filter(w -> profanity.get(w).strong()).sorted().toList());
        maskable.addAll(List.of("shit", "shite", "arse", "piss", "crap"));
        slurs.keySet().stream().filter(w -> !slurs.get(w).directedOnly()).sorted().forEach(maskable::add);
        maskable.addAll(List.of("faggot", "kill", "rape", "die", "murder", "stab", "drown", "skull"));
        for (String w : known) {
            if (w.length() >= 5 && Letters.allBetween(w, 'a', 'z')) {
                for (int i = 0; i < w.length(); i++) {
                    if (w.length() >= 6) {
                        slips.merge(w.substring(0, i) + w.substring(i + 1), w, (a, b) -> a.equals(b) ? a : "");
                    }
                    if (i + 1 < w.length() && w.charAt(i) != w.charAt(i + 1)) {
                        slips.merge(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2), w,
                                (a, b) -> a.equals(b) ? a : "");
                    }
                }
            }
        }
        known.forEach(slips::remove);
    }

    /** The plural of a noun of people.txt by its rule: "tory" to "tories", "policeman" to "policemen". */
    private static String plural(String noun) {
        if (noun.endsWith("man")) {
            return noun.substring(0, noun.length() - 3) + "men";
        }
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + (noun.matches(".*(?:s|sh|ch|x|z)") ? "es" : "s");
    }

    private static ProtectedCharacteristic characteristic(String json) {
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            if (c.json().equals(json)) {
                return c;
            }
        }
        throw new IllegalStateException("lexicon names an unknown characteristic: " + json);
    }

    private static List<String[]> read(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                f[0] = f[0].toLowerCase(Locale.ROOT);
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public Profanity profanity(String word) {
        return profanity.get(word);
    }

    public Slur slur(String word) {
        return slurs.get(word);
    }

    public Map<String, ProtectedCharacteristic> identities() {
        return identities;
    }

    /**
     * People named by what they do, believe or are, none a protected group ("banker", "traffic warden"): each noun
     * and its plural.
     */
    public Map<String, String> people() {
        return people;
    }

    public String alias(String word) {
        return aliases.get(word);
    }

    public String emoji(int codePoint) {
        return emoji.get(codePoint);
    }

    /** Words the de-obfuscation steps try to recover (joined spaced letters, collapsed repeats). */
    public boolean known(String word) {
        return known.contains(word) || aliases.containsKey(word);
    }

    /**
     * The known word of five letters or more that {@code word} is one slip of the keys from, two neighbours swapped
     * or, from a word of six or more, a letter dropped ("disgsuting", "exterminted", "muslms"), when only one is; else
     * null. Shorter slips are too often something else ("toon" is not a slur with a letter dropped, "imma" not "imam").
     */
    public String slip(String word) {
        String w = slips.get(word);
        return w == null || w.isEmpty() ? null : w;
    }

    /** The word a masked token such as {@code f*ck}, {@code n****r} or {@code f*ggots} stands for, or null. */
    public String unmask(String masked) {
        String found = unmaskWord(masked);
        if (found == null && masked.length() > 3 && masked.endsWith("s")) {
            found = unmaskWord(masked.substring(0, masked.length() - 1));
            return found == null ? null : found + "s";
        }
        return found;
    }

    private String unmaskWord(String masked) {
        for (String w : maskable) {
            if (w.length() != masked.length()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < w.length() && ok; i++) {
                char c = masked.charAt(i);
                ok = c == '*' || c == '#' || c == w.charAt(i);
            }
            if (ok) {
                return w;
            }
        }
        return null;
    }
}
