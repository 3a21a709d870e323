package org.malcomms.analysis;

/** Turns logits into probabilities that sum to one (shifted by the largest logit so nothing overflows). */
public final class Softmax {
    private Softmax() {
    }

    /** Replaces each logit in {@code z} by its probability and returns {@code z}. */
    public static double[] inPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }
}
