package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;

class OpeningsTest {
    /** The first position where {@code text} opens as a match of {@code openings} would, or -1. */
    private static int next(Openings openings, String text) {
        return openings.next(text, Openings.kinds(text), 0);
    }

    @Test
    void findsWhereTheTextOpensAsAMatchWould() {
        Openings threat = Openings.of("\\b(?<!not )(?:kill|hurt|stab(?:bing)?) (?:you|u)\\b");
        assertThat(next(threat, "i'll hurt you")).isEqualTo(5);
        assertThat(next(threat, "a kilt, hurts, hurt u")).isEqualTo(15);
        assertThat(next(threat, "stab yours")).as("the openings are looked for, not the match").isZero();
        assertThat(next(threat, "kite hunt")).isEqualTo(-1);
        Openings repeated = Openings.of("(?:very |so ){0,2}bad|[xz]{2}");
        assertThat(next(repeated, "too bad")).isEqualTo(4);
        assertThat(next(repeated, "so so bad")).isZero();
        assertThat(next(repeated, "so so good")).isEqualTo(-1);
        assertThat(next(repeated, "xy zz")).isEqualTo(3);
        assertThat(next(Openings.of("a🔪"), "ba🔪")).as("cut before a character past 255").isEqualTo(1);
        assertThat(next(Openings.of("🔪a"), "b🔪a")).isEqualTo(1);
    }

    @Test
    void hasNoneWhereAMatchCouldOpenWithAnything() {
        assertThat(Openings.of("a*")).as("can match nothing").isNull();
        assertThat(Openings.of(".x")).isNull();
        assertThat(Openings.of("\\w+ you")).isNull();
        assertThat(Openings.of("[^a]b")).isNull();
        assertThat(Openings.of("(?i)abc")).isNull();
        assertThat(Openings.of("\\Gabc")).as("where the last match ended").isNull();
        assertThat(Openings.of("abcdef(?i)g|h")).as("flags after the characters looked at").isNull();
        assertThat(next(Openings.of("abcdefgh\\Q)|(\\E|x"), "x")).as("a quotation read over").isZero();
        assertThat(Openings.of("\\Qa)")).as("a quotation is not spelt out").isNull();
        assertThat(next(Openings.of("\\bi (?:[a-z]+ )?kill"), "if i kill")).as("what follows \"i \" is unknown")
                .isEqualTo(3);
    }

    /**
     * Every rule pattern and context of the shipped rule books, tried only where its openings stand, finds exactly
     * what {@link Matcher#find} finds, in every message of every classifier test set (as normalised, and with group
     * names marked); and most have openings.
     */
    @Test
    void everyRuleFindsTheSameTriedOnlyAtItsOpenings() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        WordVectors vectors = WordVectors.shipped();
        TextNormaliser normaliser = new TextNormaliser(lexicon, vectors::has);
        GroupNames groups = new GroupNames(lexicon.identities());
        RuleBook book = new RuleBook(groups.triggerWords());
        ThreatRules.addTo(book);
        SexualAndSelfHarmRules.addTo(book);
        HateRules.addTo(book);
        InsultRules.addTo(book);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.path("classifier"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String[] row : TestFiles.rows("classifier/" + f.getFileName())) {
                    String s = normaliser.normalise(row[row.length - 1]).normal();
                    texts.add(s);
                    texts.add(groups.marked(s));
                }
            }
        }
        int patterns = 0;
        int opened = 0;
        int found = 0;
        for (RuleBook.Rule rule : book.rules()) {
            for (LazyPattern pattern : rule.context() == null ? List.of(rule.pattern())
                    : List.of(rule.pattern(), rule.context())) {
                patterns++;
                opened += pattern.openings() != null ? 1 : 0;
                for (String s : texts) {
                    List<String> expected = new ArrayList<>();
                    Matcher m = pattern.compiled().matcher(s);
                    while (m.find()) {
                        expected.add(m.start() + "-" + m.end());
                    }
                    found += expected.size();
                    List<String> actual = new ArrayList<>();
                    RuleFinder f = pattern.finder(s);
                    while (f.find()) {
                        actual.add(f.start() + "-" + f.end());
                    }
                    assertThat(actual).as(rule.name() + " on: " + s).isEqualTo(expected);
                }
            }
        }
        System.out.printf("%d of %d rule patterns have openings; %d matches compared%n", opened, patterns, found);
        assertThat(opened).isGreaterThan(patterns * 3 / 4);
        assertThat(found).isGreaterThan(10_000);
    }
}
