package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.malcomms.TestFiles;

/**
 * Scores the classifier on a test set whose rows are a kind, one 0/1 column per label, then the text: recall and
 * precision per label, with every disagreement printed so a reader can see what was missed or wrongly flagged.
 */
final class LabelledSet {
    /** A column of the set and whether the classifier said yes to it. */
    record Column(String name, Predicate<Classification> said) {
        static Column of(Label label) {
            return new Column(label.json(), c -> c.has(label));
        }
    }

    private LabelledSet() {
    }

    static void assertScores(String file, List<Column> columns, double minRecall, double minPrecision) {
        int[][] counts = new int[columns.size()][4];
        for (String[] f : TestFiles.rows("classifier/" + file)) {
            String text = f[columns.size() + 1];
            Classification c = HybridClassifierTest.CLASSIFIER.classify(text);
            for (int k = 0; k < columns.size(); k++) {
                boolean gold = f[k + 1].equals("1");
                boolean said = columns.get(k).said().test(c);
                counts[k][(gold ? 2 : 0) + (said ? 1 : 0)]++;
                if (gold != said) {
                    System.out.println("  " + file + ", " + columns.get(k).name() + (gold ? " missed" : " false")
                            + " (" + f[0] + "): " + text);
                }
            }
        }
        for (int k = 0; k < columns.size(); k++) {
            int falseAlarms = counts[k][1];
            int missed = counts[k][2];
            int found = counts[k][3];
            double recall = found / (double) (found + missed);
            double precision = found / (double) Math.max(1, found + falseAlarms);
            String name = file + " " + columns.get(k).name();
            System.out.printf(Locale.ROOT, "%s: recall %.3f (%d of %d), precision %.3f (%d false)%n", name, recall,
                    found, found + missed, precision, falseAlarms);
            assertThat(recall).as(name + " recall").isGreaterThanOrEqualTo(minRecall);
            assertThat(precision).as(name + " precision").isGreaterThanOrEqualTo(minPrecision);
        }
    }
}
