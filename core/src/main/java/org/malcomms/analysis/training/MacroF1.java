package org.malcomms.analysis.training;

import java.util.List;

/** Counts predictions against gold labels for one task and reports macro-averaged F1 over its classes. */
public final class MacroF1 {
    private final List<String> classes;
    private final int[] truePositive;
    private final int[] predicted;
    private final int[] gold;

    public MacroF1(List<String> classes) {
        this.classes = List.copyOf(classes);
        this.truePositive = new int[classes.size()];
        this.predicted = new int[classes.size()];
        this.gold = new int[classes.size()];
    }

    /** Records one case; a prediction outside the task's classes (e.g. "none") counts as a miss. */
    public void add(String goldClass, String predictedClass) {
        int g = classes.indexOf(goldClass);
        int p = classes.indexOf(predictedClass);
        gold[g]++;
        if (p >= 0) {
            predicted[p]++;
            if (p == g) {
                truePositive[g]++;
            }
        }
    }

    public double score() {
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            double precision = predicted[c] == 0 ? 0 : truePositive[c] / (double) predicted[c];
            double recall = gold[c] == 0 ? 0 : truePositive[c] / (double) gold[c];
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / classes.size();
    }

    public int cases() {
        int n = 0;
        for (int g : gold) {
            n += g;
        }
        return n;
    }
}
