package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;

/**
 * Message text is hostile data: every test message, after punctuation, cut up and spliced with punctuation, line breaks, emoji,
 * invisible characters and repetition (a fixed seed, so a failure repeats), must classify without an exception,
 * with probabilities in [0, 1], a span for every positive label, and spans inside the text.
 */
class HostileTextTest {
    private static final String[] NOISE = {". ", " , ", "!!! ", "?", "\n", "\r\n", "\"", "'", " - ", "...", "😂", "🔪",
        "\u200b", "\u202e", "\t", "@", "#", "*", "(((", ")))", "%", "/", " ", "  ", "ß", "İ", "ﬁ"};

    @Test
    void splicedMessagesClassifyWithinBounds() {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("ethos-independent.tsv", "ethos-holdout.tsv", "ethos-blind.tsv",
                "hatecheck-independent.tsv", "threats-independent.tsv", "labelled-messages.tsv")) {
            for (String[] f : TestFiles.rows("classifier/" + file)) {
                texts.add(f[f.length - 1]);
            }
        }
        for (String t : texts) {
            for (String noise : NOISE) {
                check("ok" + noise + t + noise);
            }
        }
        Random random = new Random(20261121L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(4);
            for (int k = 0; k < pieces; k++) {
                String t = texts.get(random.nextInt(texts.size()));
                int from = random.nextInt(t.length());
                text.append(NOISE[random.nextInt(NOISE.length)]).append(t, from, t.length());
                if (random.nextInt(10) == 0) {
                    text.append(t.toUpperCase().repeat(1 + random.nextInt(20)));
                }
            }
            check(text.toString());
        }
        check("");
        check(" . , ");
        check("go back to africa".repeat(500));
    }

    private static void check(String text) {
        Classification c = HybridClassifierTest.CLASSIFIER.classify(text);
        for (Label label : Label.values()) {
            assertThat(c.p(label)).as(text).isBetween(0.0, 1.0);
            if (c.has(label)) {
                assertThat(c.spans()).as(label + " has a span in " + text).anyMatch(s -> s.label().equals(label.json()));
            }
        }
        for (Span s : c.spans()) {
            assertThat(s.start()).as(text).isGreaterThanOrEqualTo(0).isLessThan(s.end());
            assertThat(s.end()).as(text).isLessThanOrEqualTo(text.length());
        }
    }
}
