package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explainable rules at work: runs the rule books ({@link ThreatRules}, {@link SexualAndSelfHarmRules},
 * {@link HateRules}) and the word lists (slurs, profanity) over the normalised text, scores each hit down in the
 * contexts that excuse it ({@link Excuses}), and answers the questions the classifier asks of a text (is it
 * addressed to someone, is an insult aimed at the reader, does it speak of a group).
 */
public final class PhraseRules {
    /** A rule that fired: its label, probability, the characteristic it concerns (or null), and where. */
    public record Hit(Label label, double p, ProtectedCharacteristic characteristic, int from, int to, String rule) {
    }

    /**
     * What the rules found in one message, and the regions that report or counter abuse when they had to be worked
     * out on the way (null otherwise), so {@link #harmlessRegions} need not work them out again.
     */
    public record Hits(List<Hit> list, List<int[]> excused) {
    }

    private static final String YOU = "(?:you|your|yourself|you're|you've|you'll|y'all|@user)";

    private static final Set<String> NEGATIONS = Set.of("never", "not", "wouldn't", "won't", "don't", "no",
            "nobody", "nobody's", "doesn't", "isn't", "aren't", "didn't", "can't");
    static final java.util.Set<String> INTENSIFIERS = java.util.Set.of("fuck", "fucking", "fuckin", "fucked",
            "fucks", "stfu", "gtfo", "shit", "damn", "bloody");
    private final Pattern directedBefore = FirstChars.guarded(
            "\\b(?:you|you're|your|he's|she's|they're|is a|are|a|an|fucking|dirty|filthy|stupid|bloody|typical"
                    + "|little|fat|ugly|thick|you fucking|such a|what a|like a|bunch of|go back|oi|useless|pathetic"
                    + "|worthless|sad|lazy|smelly|disgusting|dumb) $");
    /** Words after a name that show it names people, not a homonym: "faggots like him", "schizos like you". */
    private static final Pattern PEOPLE_AFTER = FirstChars.guarded(" like (?:him|her|them|you|u|this|that|these"
            + "|those|yourself|himself|herself)\\b");
    /** Things worn or places of worship that mark a threat as aimed at someone's religion ("your turban"). */
    private static final Pattern RELIGIOUS_MARK = FirstChars.guarded("\\b(?:turbans?|hijabs?|burkas?|burqas?|niqabs?"
            + "|kippahs?|yarmulkes?|mosques?|synagogues?|gurdwaras?)\\b");
    /**
     * The sender saying they will do it themselves, just before a phrase that would otherwise urge self-harm ("I'll
     * slit your throat"): the phrase is then a threat.
     */
    private static final Pattern SENDER_WILL = FirstChars.guarded("\\b(?:i'll|ill|i will|we'll|we will"
            + "|(?:i'm|im|i am|we're|we are) (?:gonna|going to)|imma|ima|i'ma)(?: (?:fucking|personally|actually"
            + "|happily|gladly|just|literally|bloody))?(?: (?:come|go|drive|get|turn up|show up|pop|head)(?: [a-z0-9']+){0,5}?"
            + " and)? $|\\b(?:i'm|im|i am|we're|we are) (?:coming|driving|heading|popping) (?:round|over|down|up|back"
            + "|across)(?: [a-z0-9']+){0,4}? to $");
    private static final Pattern WORD = Pattern.compile("[^a-z']+");
    /**
     * Plural subjects that are not a group of people the text speaks of: animals ("the kittens are really ill") and
     * the speaker's friends ("me and the lads are giving the quiz a go").
     */
    private static final Set<String> NOT_A_GROUP = Set.of("lads", "girls", "boys", "guys", "mates", "gals",
            "kittens", "puppies", "cats", "dogs", "rabbits", "chickens", "hens", "horses", "birds", "ducks",
            "hamsters", "ponies", "lambs", "cows", "goats", "budgies", "ferrets", "tortoises", "pets");
    private final Pattern pluralSubject = FirstChars.guarded("\\b(?:some|all|these|those|most|many|all the|half the"
            + "|the) (?:[a-z]+ )?([a-z]+s)(?: [a-z']+){0,3} (?:are|were|r)\\b");
    private final Pattern secondPerson = FirstChars.guarded("(?<![a-z'@])" + YOU + "(?![a-z'])");
    private final Pattern directInsult = FirstChars.guarded(
            "\\b(?:you|you're|you are|your|your a|your an|ur)(?: (?:are|a|an|such|such a|an absolute|a complete"
                    + "|absolute|complete|total|fucking|fat|stupid|ugly|little|dirty|thick|useless|pathetic|bloody"
                    + "|massive|proper|utter|right))* (?:[a-z]+)\\b");

    /** Words that turn an everyday word into an insult aimed at someone: "you cow", "she's a snake", "silly mare". */
    private final Pattern insultBefore = FirstChars.guarded(
            "(?:\\b(?:you|ya|u|ur|you're|youre|you are)(?: an?)?|\\b(?:your|she's|he's|she is|he is|such"
                    + "|what|like|proper|right|absolute|complete|total|utter) an?|(?<!\\bthere|\\bthis|\\bthat|\\bit|\\bhere)"
                    + " is an?|\\b(?:stupid|silly|daft|dozy|dopey|greedy|lazy|fat|ugly|old|lying|thieving|nasty|useless"
                    + "|worthless|pathetic|dirty|filthy|selfish|spiteful|evil|horrible|horrid|vile|jealous|bitter"
                    + "|miserable|mouthy|gobby|tight|smelly|disgusting|little|thick|arrogant|sad|sly|sneaky|snide|snidey"
                    + "|two-faced|faced|moody|vindictive|manipulative|poisonous|scummy|sour|fucking|bloody)) $");
    /** Words that put a short exclamation in the third person ("that bitch"), so it is not said to the reader. */
    private static final Set<String> THIRD_PERSON = Set.of("that", "this", "the", "she", "he", "her", "his", "him",
            "they", "them", "their", "those", "these", "some", "my", "our", "is", "was", "are", "all");
    private final Lexicon lexicon;
    private final GroupNames groups;
    /**
     * The sexes in the plural and people named by a role (people.txt); not "lads", "girls" or "boys", which are as
     * often a speaker's friends ("a night out with the girls").
     */
    private final Set<String> peopleInThePlural = new HashSet<>();
    private final Excuses excuses;
    private final RuleBook rules;

    public PhraseRules(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.groups = new GroupNames(lexicon.identities());
        peopleInThePlural.addAll(List.of("women", "ladies", "females", "men", "males"));
        lexicon.people().values()
                .forEach(plural -> peopleInThePlural.add(plural.substring(plural.lastIndexOf(' ') + 1)));
        this.excuses = new Excuses(lexicon);
        this.rules = new RuleBook(groups.triggerWords());
        ThreatRules.addTo(rules);
        SexualAndSelfHarmRules.addTo(rules);
        HateRules.addTo(rules);
        InsultRules.addTo(rules);
        rules.close();
    }

    /** The distinct words of a text (multi-word normal forms split). */
    public static Set<String> words(NormalisedText text) {
        return new HashSet<>(wordsInOrder(text));
    }

    /** The words of a text as they come, repeats and all (multi-word normal forms split). */
    private static List<String> wordsInOrder(NormalisedText text) {
        List<String> words = new ArrayList<>();
        for (Token t : text.tokens()) {
            if (t.word()) {
                String n = t.norm();
                if (n.indexOf(' ') < 0) {
                    words.add(n);
                    if (n.endsWith("'s")) { // "bullet's too good": the rules' trigger words are bare nouns
                        words.add(n.substring(0, n.length() - 2));
                    }
                } else {
                    words.addAll(List.of(n.split(" ")));
                }
            }
        }
        return words;
    }

    /** Every rule and word-list hit in the text, with the excusing contexts already applied to each p. */
    public Hits hits(NormalisedText text) {
        String s = text.normal();
        List<int[]> excused = null;
        List<int[]> games = null;
        List<int[]> trivial = null;
        List<int[]> lawful = null;
        Boolean joking = null;
        List<Hit> hits = new ArrayList<>();
        String marked = null;
        byte[] kinds = Openings.kinds(s);
        byte[] markedKinds = null;
        List<int[]> reclaimedOrHomonym = null;
        List<int[]> homonyms = null;
        ProtectedCharacteristic named = null;
        for (RuleBook.Rule rule : rules.triggered(wordsInOrder(text))) {
            if (rule.grouped() && marked == null) {
                marked = groups.marked(s);
                markedKinds = Openings.kinds(marked);
            }
            RuleFinder m = rule.grouped() ? rule.pattern().finder(marked, markedKinds)
                    : rule.pattern().finder(s, kinds);
            // the context is looked for only once the rule has matched: most rules match nothing
            boolean found = m.find() && (rule.context() == null || rule.context().finder(s, kinds).find());
            for (; found; found = m.find()) {
                double p = rule.p();
                Label label = rule.label() == Label.SELF_HARM
                        && SENDER_WILL.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()
                        ? Label.THREAT : rule.label();
                if (rule.negatable() && excuses.negated(s, m.start(), label)) {
                    p *= 0.15;
                }
                excused = excused != null ? excused : excuses.excusedRegions(s);
                if (Excuses.inside(excused, m.start())) {
                    p *= 0.2;
                }
                if (label == Label.HATE) {
                    reclaimedOrHomonym = reclaimedOrHomonym != null ? reclaimedOrHomonym
                            : excuses.reclaimedOrHomonyms(s);
                    p *= Excuses.inside(reclaimedOrHomonym, m.start()) ? 0.2 : 1;
                }
                if (label == Label.THREAT) {
                    joking = joking != null ? joking : excuses.banter(s);
                    p *= joking ? 0.5 : 1;
                    games = games != null ? games : excuses.games(s);
                    if (games.stream().anyMatch(g -> Excuses.sameSentence(s, g[0], m.start()))
                            && !Excuses.bodilyHarm(s.substring(m.start(), m.end()))) {
                        p *= 0.2;
                    }
                    trivial = trivial != null ? trivial : excuses.trivialCauses(s);
                    if (trivial.stream().anyMatch(t -> Excuses.sameSentence(s, t[0], m.start()))) {
                        p *= 0.5;
                    }
                    lawful = lawful != null ? lawful : excuses.lawfulProcess(s);
                    if (lawful.stream().anyMatch(t -> Excuses.sameSentence(s, t[0], m.start()))) {
                        p *= 0.5;
                    }
                    // a threat at a homonym is none: "I could murder some faggots and mash"
                    homonyms = homonyms != null ? homonyms : excuses.homonyms(s);
                    if (homonyms.stream().anyMatch(h -> h[0] < m.end() && h[1] > m.start())) {
                        p *= 0.2;
                    }
                }
                String matched = s.substring(m.start(), m.end());
                ProtectedCharacteristic c = rule.fixed() != null ? rule.fixed() : groups.groupIn(matched);
                c = c != null ? c : groups.memberIn(matched);
                if (c == null && label == Label.THREAT) {
                    named = named != null ? named : characteristicIn(s);
                    c = named != null ? named : slurIn(s, m.start(), m.end());
                }
                hits.add(new Hit(label, p, c, m.start(), m.end(), rule.name()));
                if (rule.also() != null) {
                    hits.add(new Hit(rule.also(), p, c, m.start(), m.end(), rule.name()));
                }
                if (label == Label.THREAT && c != null) {
                    hits.add(new Hit(Label.HATE, p, c, m.start(), m.end(), rule.name()));
                }
            }
        }
        int offset = 0;
        for (Token t : text.tokens()) {
            int from = offset;
            offset += t.norm().length() + 1;
            if (!t.word()) {
                continue;
            }
            Lexicon.Slur slur = lexicon.slur(t.norm());
            if (slur != null && reclaimedOrHomonym == null) {
                reclaimedOrHomonym = excuses.reclaimedOrHomonyms(s);
            }
            if (slur != null) {
                excused = excused != null ? excused : excuses.excusedRegions(s);
            }
            if (slur != null && !Excuses.inside(reclaimedOrHomonym, from)) {
                boolean directed = directedBefore.matcher(s.substring(Math.max(0, from - 24), from)).find()
                        || PEOPLE_AFTER.matcher(s).region(from + t.norm().length(), s.length()).lookingAt()
                        || text.tokens().stream().filter(Token::word).count() <= 2;
                if (!slur.directedOnly() || directed) {
                    double p = Excuses.inside(excused, from) || excuses.negated(s, from, Label.HATE) && !directed ? 0.2 : 0.9;
                    hits.add(new Hit(Label.HATE, p, slur.characteristic(), from, from + t.norm().length(),
                            "slur"));
                }
            }
            Lexicon.Profanity word = lexicon.profanity(t.norm());
            if (word != null && word.directedOnly() && !aimedInsult(s, from, text)) {
                word = null;
            }
            if (word != null) {
                excused = excused != null ? excused : excuses.excusedRegions(s);
                double p = Excuses.inside(excused, from) || excuses.deniedOrSelf(s, from) ? word.weight() * 0.3
                        : word.weight();
                hits.add(new Hit(Label.OFFENSIVE, p, null, from, from + t.norm().length(), "profanity"));
            }
        }
        return new Hits(hits, excused);
    }

    /** True for a swear word that intensifies rather than insults ("fucking brilliant", "so damn good"). */
    public boolean intensifier(String word) {
        return INTENSIFIERS.contains(word);
    }

    /** True when the text holds a negation ("not", "never", "don't"...). */
    public boolean negated(NormalisedText text) {
        return !java.util.Collections.disjoint(words(text), NEGATIONS);
    }

    /**
     * True when an everyday word that insults only when aimed at someone ("cow", "snake") appears without being
     * aimed ("there's a cow in the road"): whatever made the learned models suspicious is probably that word.
     */
    public boolean unaimedInsultWord(NormalisedText text) {
        String s = text.normal();
        int offset = 0;
        for (Token t : text.tokens()) {
            int from = offset;
            offset += t.norm().length() + 1;
            Lexicon.Profanity w = t.word() ? lexicon.profanity(t.norm()) : null;
            if (w != null && w.directedOnly() && !aimedInsult(s, from, text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text speaks of people in the plural ("some managers round here are ...", "the neighbours were"),
     * not of friends or animals ({@link #NOT_A_GROUP}).
     */
    public boolean aboutAGroup(String normal) {
        Matcher m = pluralSubject.matcher(normal);
        while (m.find()) {
            if (!NOT_A_GROUP.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text names a group: one with a protected characteristic, a member of one, or people in the
     * plural: "some managers round here are" (not "the lads are": friends), the sexes ("women"), or
     * people named by a role ("cyclists", "landlords"). These are the messages the {@link GroupThreatModel} is asked
     * about and trained on; a threat at women or at bailiffs is a threat at a group though the law protects neither.
     */
    public boolean namesAGroup(String normal) {
        if (characteristicIn(normal) != null || aboutAGroup(normal)) {
            return true;
        }
        for (String word : WORD.split(normal)) {
            if (peopleInThePlural.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is addressed to someone: "you", "your", an @mention. */
    public boolean secondPerson(String normal) {
        return secondPerson.matcher(normal).find();
    }

    /** True when an insult is aimed straight at the reader ("you absolute melt", "ur a twat", "filthy whore, ..."). */
    public boolean directInsult(String normal) {
        return insultAfterYou(normal, false) || vocativeInsult(normal);
    }

    /** True when any insult, mild ones too, follows "you" ("you absolute melt", "ur an idiot"): it is aimed. */
    public boolean insultsReader(String normal) {
        return insultAfterYou(normal, true);
    }

    private boolean insultAfterYou(String normal, boolean mildToo) {
        Matcher m = directInsult.matcher(normal);
        while (m.find()) {
            String last = normal.substring(m.start(), m.end());
            String word = last.substring(last.lastIndexOf(' ') + 1);
            Lexicon.Profanity insult = lexicon.profanity(word);
            if (insult != null && (insult.strong() || mildToo) && !INTENSIFIERS.contains(word)
                    || lexicon.slur(word) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an everyday word that insults only when aimed at someone ("cow") is aimed: after "you", "you're a",
     * "she's a", an insulting adjective ("greedy cow") or another insult, or as (nearly) the whole message.
     */
    private boolean aimedInsult(String s, int from, NormalisedText text) {
        String before = s.substring(Math.max(0, from - 30), from);
        if (insultBefore.matcher(before).find() || text.tokens().stream().filter(Token::word).count() <= 2) {
            return true;
        }
        String[] words = before.trim().split(" ");
        Lexicon.Profanity previous = lexicon.profanity(words[words.length - 1]);
        return previous != null && !previous.directedOnly();
    }

    /**
     * True when a clause is a bare insult, which is said to the reader: "filthy whore, I'd rather die", "stupid
     * bitch." (a strong insult or a slur ending a clause of at most four words, none of which puts it in the third
     * person, and not a plural).
     */
    private boolean vocativeInsult(String normal) {
        for (String clause : normal.split(" [.,!?;:] ")) {
            String[] words = clause.trim().split(" ");
            if (words.length == 0 || words.length > 4) {
                continue;
            }
            String last = words[words.length - 1];
            Lexicon.Profanity insult = lexicon.profanity(last);
            boolean plural = last.endsWith("s") && (lexicon.profanity(last.substring(0, last.length() - 1)) != null
                    || lexicon.slur(last.substring(0, last.length() - 1)) != null);
            boolean third = java.util.Arrays.stream(words).anyMatch(THIRD_PERSON::contains);
            if (!plural && !third && (insult != null && insult.strong() && !insult.directedOnly()
                    && !INTENSIFIERS.contains(last) || lexicon.slur(last) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text quotes, reports or speaks against abuse and holds no abuse of its own: no word-list or
     * rule hit outside what it quotes or reports, and no insult aimed at the reader ("stop calling people 'mongs',
     * it's disgusting").
     */
    public boolean onlyCondemns(NormalisedText text, Hits hits) {
        String s = text.normal();
        List<int[]> excused = hits.excused() != null ? hits.excused() : excuses.excusedRegions(s);
        return !excused.isEmpty() && hits.list().stream().noneMatch(h -> h.p() >= Classification.THRESHOLD)
                && !insultsReader(s) && !directInsult(s);
    }

    /** True when laughter and affection together suggest banter between friends ("you're a twat lol love ya x"). */
    public boolean banter(String normal) {
        return excuses.banter(normal);
    }

    /** True when the message laughs ("lol", "hahaha", a laughing emoji). */
    public boolean laughing(String normal) {
        return excuses.laughing(normal);
    }

    /** The protected characteristic of the first group named in {@code s} (normalised text), or null. */
    public ProtectedCharacteristic identityIn(String s) {
        return groups.groupIn(s);
    }

    /** True when the word list holds {@code word} as profanity or an insult. */
    public boolean profane(String word) {
        return lexicon.profanity(word) != null;
    }

    /**
     * The protected characteristic {@code s} (normalised text) points at: a group named, a member's word ("a
     * muslim") or a religious mark ("your turban"); null when none.
     */
    public ProtectedCharacteristic characteristicIn(String s) {
        ProtectedCharacteristic c = groups.groupIn(s);
        c = c != null ? c : groups.memberIn(s);
        return c != null ? c : RELIGIOUS_MARK.matcher(s).find() ? ProtectedCharacteristic.RELIGION : null;
    }

    /**
     * The characteristic a slur in {@code s[from, to)} names, not as a homonym or reclaimed: a threat "faggots should
     * die" is aimed at a group by it.
     */
    private ProtectedCharacteristic slurIn(String s, int from, int to) {
        List<int[]> harmless = null;
        int at = from;
        for (String w : s.substring(from, to).split(" ")) {
            Lexicon.Slur slur = lexicon.slur(w);
            if (slur != null) {
                harmless = harmless != null ? harmless : excuses.reclaimedOrHomonyms(s);
                if (!Excuses.inside(harmless, at)) {
                    return slur.characteristic();
                }
            }
            at += w.length() + 1;
        }
        return null;
    }

    /** True when the text denies harm ("no one is going to hurt ...", "I'd never touch them"). */
    public boolean deniesHarm(NormalisedText text) {
        return !java.util.Collections.disjoint(words(text), NEGATIONS) && !excuses.negatedHarm(text.normal()).isEmpty();
    }

    /**
     * Regions where abusive-looking words are not abuse: quoted, reported or countered abuse, negated threats,
     * denied insults and insults the speaker aims at themselves, reclaimed words and harmless homonyms ("out for a
     * fag"). The learned model's score is discounted when most of its evidence lies in them.
     */
    public List<int[]> harmlessRegions(NormalisedText text, Hits hits) {
        String s = text.normal();
        Set<String> words = words(text);
        List<int[]> out = new ArrayList<>(hits.excused() != null ? hits.excused() : excuses.excusedRegions(s));
        if (words.stream().anyMatch(w -> lexicon.slur(w) != null)) {
            out.addAll(excuses.reclaimedOrHomonyms(s));
        }
        if (!java.util.Collections.disjoint(words, NEGATIONS)) {
            out.addAll(excuses.negatedHarm(s));
        }
        out.addAll(excuses.harmToSpeaker(s));
        out.addAll(excuses.idioms(s));
        out.addAll(excuses.news(s));
        out.addAll(excuses.condemnedViolence(s));
        for (Hit h : hits.list()) {
            if (h.label() != Label.OFFENSIVE && h.p() < Classification.THRESHOLD
                    || h.rule().equals("profanity") && excuses.deniedOrSelf(s, h.from())) {
                out.add(new int[] {Excuses.sentenceStart(s, h.from()), h.to()});
            }
        }
        return out;
    }

}
