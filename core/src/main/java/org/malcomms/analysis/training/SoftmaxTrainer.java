package org.malcomms.analysis.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.malcomms.analysis.FeatureVector;
import org.malcomms.analysis.LinearModel;
import org.malcomms.analysis.LinearModel.Head;

/**
 * Trains every head of a {@link LinearModel} by logistic (softmax) regression: AdaGrad stochastic gradient
 * descent with L2 regularisation and class weights that balance rare classes (macro-F1 counts every class alike).
 */
public final class SoftmaxTrainer {
    /** One training text encoded: its features and its class index per head (-1 where it has no label). */
    public record Encoded(FeatureVector features, int[] classes) {
    }

    /** Learning settings; {@link #STANDARD} is what {@code malcomms train} uses. */
    public record Settings(int bits, int epochs, double learningRate, double l2, double balance, long seed) {
        public static final Settings STANDARD = new Settings(18, 15, 0.05, 3e-5, 0.7, 20240301L);
    }

    private final Settings settings;
    private final List<Head> heads;
    private final int outputs;

    public SoftmaxTrainer(Settings settings, List<Head> heads) {
        this.settings = settings;
        this.heads = List.copyOf(heads);
        this.outputs = Head.outputs(heads);
    }

    public LinearModel train(List<Encoded> examples) {
        int rows = 1 << settings.bits();
        float[] w = new float[rows * outputs];
        float[] g2 = new float[rows * outputs];
        float[] bias = new float[outputs];
        float[] biasG2 = new float[outputs];
        for (int h = 0; h < heads.size(); h++) {
            Head head = heads.get(h);
            int classes = head.classes().size();
            List<Encoded> labelled = new ArrayList<>();
            int[] counts = new int[classes];
            for (Encoded e : examples) {
                if (e.classes()[h] >= 0) {
                    labelled.add(e);
                    counts[e.classes()[h]]++;
                }
            }
            double[] classWeight = Head.classWeights(counts, settings.balance());
            Random random = new Random(settings.seed() + h);
            double[] p = new double[classes];
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                Collections.shuffle(labelled, random);
                for (Encoded e : labelled) {
                    step(e, h, head, classWeight, w, g2, bias, biasG2, p);
                }
            }
        }
        return LinearModel.quantise(settings.bits(), heads, w, bias);
    }

    private void step(Encoded e, int h, Head head, double[] classWeight, float[] w, float[] g2, float[] bias,
                      float[] biasG2, double[] p) {
        int k0 = head.offset();
        int classes = p.length;
        FeatureVector f = e.features();
        double v = f.value();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double z = bias[k0 + c];
            for (int i = 0; i < f.size(); i++) {
                z += w[f.index()[i] * outputs + k0 + c] * v;
            }
            p[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        int y = e.classes()[h];
        double cw = classWeight[y];
        double lr = settings.learningRate();
        for (int c = 0; c < classes; c++) {
            double g = (p[c] / sum - (c == y ? 1 : 0)) * cw;
            int k = k0 + c;
            biasG2[k] += (float) (g * g);
            bias[k] -= (float) (lr * g / Math.sqrt(biasG2[k] + 1e-8));
            for (int i = 0; i < f.size(); i++) {
                int at = f.index()[i] * outputs + k;
                double gi = g * v + settings.l2() * w[at];
                g2[at] += (float) (gi * gi);
                w[at] -= (float) (lr * gi / Math.sqrt(g2[at] + 1e-8));
            }
        }
    }
}
