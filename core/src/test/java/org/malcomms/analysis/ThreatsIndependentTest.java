package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.malcomms.TestFiles;

/**
 * Threats and their look-alikes (idioms, sport, reporting, negation, banter, news, everyday verbs, talk about
 * groups), each set written by a separate author who had not seen the rules. Prints recall, precision and every
 * miss. {@code threats-independent.tsv} holds threats between people, as victims receive them: its first reading,
 * before the rules were changed in its light, was recall 0.448 and precision 0.762. The four {@code threats-groups}
 * sets hold threats at groups with a protected characteristic, said directly, as what should happen, on a
 * condition, veiled or dodged, each by another author from one brief: the rules were revised against the misses of
 * {@code dev} (read once: 0.231 and 0.925) and then of {@code dev2} (read once: 0.350); {@code blind} was read once
 * between the two, {@code final} once at the end. The floors hold the rules to what they reach now.
 */
class ThreatsIndependentTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"threats-independent.tsv, 0.93, 0.92", "threats-groups-dev.tsv, 0.48, 0.95",
            "threats-groups-blind.tsv, 0.35, 0.90", "threats-groups-dev2.tsv, 0.41, 0.95",
            "threats-groups-final.tsv, 0.27, 0.95"})
    void threatsAreFoundAndLookAlikesLeftAlone(String file, double minRecall, double minPrecision) {
        Map<String, int[]> byKind = new TreeMap<>();
        int truePositive = 0;
        int falsePositive = 0;
        int threats = 0;
        for (String[] f : TestFiles.rows("classifier/" + file)) {
            boolean threat = f[1].equals("1");
            boolean said = HybridClassifierTest.CLASSIFIER.classify(f[2]).has(Label.THREAT);
            int[] counts = byKind.computeIfAbsent(f[0], k -> new int[2]);
            counts[0] += said == threat ? 1 : 0;
            counts[1]++;
            threats += threat ? 1 : 0;
            truePositive += threat && said ? 1 : 0;
            falsePositive += !threat && said ? 1 : 0;
            if (said != threat) {
                System.out.println("  " + file + ", wrong (" + f[0] + "): " + f[2]);
            }
        }
        byKind.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-20s %3d of %3d right%n", k, v[0], v[1]));
        double recall = truePositive / (double) threats;
        double precision = truePositive / (double) (truePositive + falsePositive);
        System.out.printf(Locale.ROOT, "%s: recall %.3f (%d of %d), precision %.3f (%d false alarms)%n", file, recall,
                truePositive, threats, precision, falsePositive);
        assertThat(recall).isGreaterThanOrEqualTo(minRecall);
        assertThat(precision).isGreaterThanOrEqualTo(minPrecision);
    }
}
