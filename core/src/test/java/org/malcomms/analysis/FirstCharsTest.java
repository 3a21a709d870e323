package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;

class FirstCharsTest {
    @Test
    void findsWhatEveryAlternativeCanStartWith() {
        assertThat(FirstChars.of("\\bfoo\\b|\\bbar")).containsExactlyInAnyOrder((int) 'b', (int) 'f');
        assertThat(FirstChars.of("(?:a|b)?c")).containsExactlyInAnyOrder((int) 'a', (int) 'b', (int) 'c');
        assertThat(FirstChars.of("(?<!not )\\b(?=k)kill")).containsExactlyInAnyOrder((int) 'k');
        assertThat(FirstChars.of("[a-c]x|\\.")).containsExactlyInAnyOrder((int) '.', (int) 'a', (int) 'b', (int) 'c');
        assertThat(FirstChars.of("(?:very |so ){0,2}bad")).containsExactlyInAnyOrder((int) 'b', (int) 'v', (int) 's');
        assertThat(FirstChars.of("🔪+ see")).containsExactlyInAnyOrder(0x1F52A);
    }

    @Test
    void givesUpWhereAMatchCouldStartAnywhere() {
        assertThat(FirstChars.of("a*")).as("can match nothing").isNull();
        assertThat(FirstChars.of("x|(?:y)?")).as("can match nothing").isNull();
        assertThat(FirstChars.of(".x")).isNull();
        assertThat(FirstChars.of("[^a]b")).isNull();
        assertThat(FirstChars.of("(?i)abc")).isNull();
        assertThat(FirstChars.of("\\p{L}x")).isNull();
        assertThat(FirstChars.of("[\\w&&[^_]]x")).isNull();
    }

    @Test
    void aGuardedPatternFindsWhatTheBareOneFinds() {
        Pattern guarded = FirstChars.guarded("\\b(?:kill|hurt) (?:you|u)\\b|🔪");
        assertThat(guarded.pattern()).startsWith("(?=[");
        assertThat(FirstChars.guarded("\\bfoo|(?:\\bvery )?\\bbar").pattern())
                .isEqualTo("(?=[bfv])\\b(?:\\bfoo|(?:\\bvery )?\\bbar)");
        assertThat(FirstChars.guarded("\\bfoo|bar").pattern()).isEqualTo("(?=[bf])(?:\\bfoo|bar)");
        assertThat(FirstChars.guarded("(?:\\bvery )?bar").pattern()).isEqualTo("(?=[bv])(?:(?:\\bvery )?bar)");
        assertThat(matches(guarded, "i'll hurt you 🔪 and kill u")).containsExactly("5-13", "14-16", "21-27");
        assertThat(FirstChars.guarded(".*").pattern()).isEqualTo(".*");
    }

    /**
     * Every pattern of the shipped rules (the rule books, the excuses, the classifier's own), guarded, finds exactly
     * what it finds unguarded, in every message of every classifier test set (as normalised, and with group names
     * marked), and most patterns get a guard.
     */
    @Test
    void everyRulePatternFindsTheSameWithItsGuard() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        WordVectors vectors = WordVectors.shipped();
        TextNormaliser normaliser = new TextNormaliser(lexicon, vectors::has);
        GroupNames groups = new GroupNames(lexicon.identities());
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        RuleBook book = new RuleBook(groups.triggerWords());
        ThreatRules.addTo(book);
        SexualAndSelfHarmRules.addTo(book);
        HateRules.addTo(book);
        InsultRules.addTo(book);
        for (RuleBook.Rule rule : book.rules()) {
            patterns.put(rule.name() + " " + patterns.size(), rule.pattern().compiled());
        }
        for (Object holder : List.of(new Excuses(lexicon), new PhraseRules(lexicon),
                HybridClassifierTest.CLASSIFIER)) {
            for (Field field : holder.getClass().getDeclaredFields()) {
                if (field.getType() == Pattern.class) {
                    field.setAccessible(true);
                    String name = holder.getClass().getSimpleName() + "." + field.getName();
                    patterns.put(name, (Pattern) field.get(holder));
                }
            }
        }
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
        assertThat(texts).hasSizeGreaterThan(15_000);
        int guarded = 0;
        int found = 0;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            String regex = e.getValue().pattern();
            if (!regex.startsWith("(?=[")) {
                continue;
            }
            guarded++;
            Pattern bare = Pattern.compile(regex.substring(regex.indexOf("(?:") + 3, regex.length() - 1));
            assertThat(FirstChars.guarded(bare.pattern()).pattern()).isEqualTo(regex);
            for (String s : texts) {
                List<String> expected = matches(bare, s);
                found += expected.size();
                assertThat(matches(e.getValue(), s)).as(e.getKey() + " on: " + s).isEqualTo(expected);
            }
        }
        System.out.printf("%d of %d rule patterns guarded; %d matches compared%n", guarded, patterns.size(), found);
        assertThat(guarded).isGreaterThan(patterns.size() * 9 / 10);
        assertThat(found).isGreaterThan(10_000);
    }

    private static List<String> matches(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
