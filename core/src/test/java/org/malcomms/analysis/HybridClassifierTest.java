package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.malcomms.TestFiles;

class HybridClassifierTest {
    static final HybridClassifier CLASSIFIER = HybridClassifier.standard();

    @TestFactory
    Stream<DynamicTest> everyLabelledMessageReadsAsExpected() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] f : TestFiles.rows("classifier/labelled-messages.tsv")) {
            tests.add(DynamicTest.dynamicTest(f[0] + " <- " + f[1], () -> check(f[1], f[0])));
        }
        return tests.stream();
    }

    private static void check(String text, String expectations) {
        Classification c = CLASSIFIER.classify(text);
        String why = text + " -> " + c;
        for (String e : expectations.split(",")) {
            if (e.startsWith("span:")) {
                String[] kv = e.substring(5).split("=", 2);
                assertThat(c.spans()).as(why).anyMatch(s -> s.label().equals(kv[0])
                        && text.substring(s.start(), s.end()).equals(kv[1]));
            } else if (e.startsWith("target:")) {
                assertThat(c.target().json()).as(why).isEqualTo(e.substring(7));
            } else if (e.equals("rude")) {
                assertThat(c.p(Label.OFFENSIVE)).as(why).isGreaterThanOrEqualTo(Classification.THRESHOLD)
                        .isLessThan(Classification.ABUSIVE);
            } else if (e.equals("abusive")) {
                assertThat(c.p(Label.OFFENSIVE)).as(why).isGreaterThanOrEqualTo(Classification.ABUSIVE);
            } else if (e.startsWith("!")) {
                assertThat(c.p(label(e.substring(1)))).as(why).isLessThan(Classification.THRESHOLD);
            } else if (e.startsWith("hate:")) {
                assertThat(c.has(Label.HATE)).as(why).isTrue();
                assertThat(c.protectedGroups()).as(why).extracting(ProtectedCharacteristic::json)
                        .contains(e.substring(5));
            } else {
                assertThat(c.p(label(e))).as(why).isGreaterThanOrEqualTo(Classification.THRESHOLD);
            }
        }
    }

    private static Label label(String json) {
        return Stream.of(Label.values()).filter(l -> l.json().equals(json)).findFirst().orElseThrow();
    }

    @Test
    void everyPositiveLabelHasASpanInsideTheText() {
        for (String[] f : TestFiles.rows("classifier/labelled-messages.tsv")) {
            String text = f[1];
            Classification c = CLASSIFIER.classify(text);
            for (Label l : Label.values()) {
                if (c.has(l)) {
                    assertThat(c.spans()).as(text + " " + l).anyMatch(s -> s.label().equals(l.json()));
                }
            }
            assertThat(c.spans()).allMatch(s -> 0 <= s.start() && s.start() < s.end() && s.end() <= text.length());
            assertThat(c.spans()).allMatch(s -> c.has(label(s.label())));
        }
    }

    @Test
    void spansPointIntoTheOriginalTextThroughObfuscation() {
        String text = "Oi 👀 you absolute f*cking c u n t, I know where you live";
        Classification c = CLASSIFIER.classify(text);
        assertThat(c.spans()).extracting(s -> text.substring(s.start(), s.end()) + "|" + s.label())
                .contains("f*cking|offensive", "c u n t|offensive", "I know where you live|threat");
    }

    @Test
    void emptyAndOddInputIsCalm() {
        for (String text : List.of("", "   ", "...", "🙂", "\n\n", "1234 5678", "*****")) {
            Classification c = CLASSIFIER.classify(text);
            assertThat(c.target()).isEqualTo(Target.NONE);
            assertThat(c.spans()).isEmpty();
            assertThat(c.labels().values()).allMatch(p -> p < Classification.THRESHOLD);
        }
    }

    @Test
    void probabilitiesStayInRange() {
        Classification c = CLASSIFIER.classify("I'll kill you, you fucking paki kys send nudes");
        assertThat(c.labels().values()).allMatch(p -> p >= 0 && p <= 1);
        assertThat(c.labels()).hasSize(Label.values().length);
    }

    @Test
    void aVeryLongMessageIsClassified() {
        String text = "you absolute melt ".repeat(20_000) + "I know where you live";
        Classification c = CLASSIFIER.classify(text);
        assertThat(c.has(Label.THREAT)).isTrue();
    }
}
