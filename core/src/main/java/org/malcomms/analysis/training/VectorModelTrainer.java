package org.malcomms.analysis.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.malcomms.analysis.LinearModel.Head;
import org.malcomms.analysis.Softmax;
import org.malcomms.analysis.VectorModel;

/**
 * Trains a {@link VectorModel}: every head at once on one shared hidden layer (a text labelled for some heads only
 * teaches those), by stochastic gradient descent with Adam, a little weight decay, and class weights that partly
 * balance rare classes as {@link SoftmaxTrainer} does.
 */
public final class VectorModelTrainer {
    /** One training text: its pooled word vectors and its class per head (-1 where it has no label). */
    public record Pooled(float[] vector, int[] classes) {
    }

    /** Learning settings; {@link #STANDARD} is what {@code malcomms train} uses. */
    public record Settings(int hidden, int epochs, double learningRate, double decay, double balance, long seed) {
        public static final Settings STANDARD = new Settings(64, 10, 0.001, 1e-5, 0.7, 20240301L);
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private final Settings settings;
    private final List<Head> heads;

    public VectorModelTrainer(Settings settings, List<Head> heads) {
        this.settings = settings;
        this.heads = List.copyOf(heads);
    }

    public VectorModel train(List<Pooled> examples) {
        int inputs = examples.get(0).vector().length;
        int hidden = settings.hidden();
        int outputs = Head.outputs(heads);
        Random random = new Random(settings.seed());
        Adam w1 = new Adam(hidden * inputs);
        Adam b1 = new Adam(hidden);
        Adam w2 = new Adam(outputs * hidden);
        Adam b2 = new Adam(outputs);
        for (int i = 0; i < w1.value.length; i++) {
            w1.value[i] = (float) (random.nextGaussian() * Math.sqrt(2.0 / inputs));
        }
        for (int i = 0; i < w2.value.length; i++) {
            w2.value[i] = (float) (random.nextGaussian() * Math.sqrt(1.0 / hidden));
        }
        double[][] classWeight = classWeights(examples);
        List<Pooled> order = new ArrayList<>(examples);
        float[] h = new float[hidden];
        double[] gradHidden = new double[hidden];
        long step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Pooled e : order) {
                step++;
                double c1 = 1 - Math.pow(BETA1, step);
                double c2 = 1 - Math.pow(BETA2, step);
                float[] x = e.vector();
                for (int j = 0; j < hidden; j++) {
                    double s = b1.value[j];
                    for (int i = 0; i < inputs; i++) {
                        s += w1.value[j * inputs + i] * x[i];
                    }
                    h[j] = (float) Math.max(0, s);
                }
                java.util.Arrays.fill(gradHidden, 0);
                for (int t = 0; t < heads.size(); t++) {
                    int y = e.classes()[t];
                    if (y < 0) {
                        continue;
                    }
                    Head head = heads.get(t);
                    double[] p = softmax(head, h, w2.value, b2.value);
                    for (int c = 0; c < p.length; c++) {
                        double g = (p[c] - (c == y ? 1 : 0)) * classWeight[t][y];
                        int k = head.offset() + c;
                        for (int j = 0; j < hidden; j++) {
                            gradHidden[j] += g * w2.value[k * hidden + j];
                            w2.update(k * hidden + j, g * h[j], c1, c2);
                        }
                        b2.update(k, g, c1, c2);
                    }
                }
                for (int j = 0; j < hidden; j++) {
                    if (h[j] <= 0) {
                        continue;
                    }
                    for (int i = 0; i < inputs; i++) {
                        w1.update(j * inputs + i, gradHidden[j] * x[i], c1, c2);
                    }
                    b1.update(j, gradHidden[j], c1, c2);
                }
            }
        }
        return new VectorModel(inputs, heads, w1.value, b1.value, w2.value, b2.value);
    }

    private double[][] classWeights(List<Pooled> examples) {
        double[][] out = new double[heads.size()][];
        for (int t = 0; t < heads.size(); t++) {
            int classes = heads.get(t).classes().size();
            int[] counts = new int[classes];
            int n = 0;
            for (Pooled e : examples) {
                if (e.classes()[t] >= 0) {
                    counts[e.classes()[t]]++;
                    n++;
                }
            }
            out[t] = new double[classes];
            for (int c = 0; c < classes; c++) {
                double balanced = counts[c] == 0 ? 1 : n / (double) (classes * counts[c]);
                out[t][c] = Math.pow(balanced, settings.balance());
            }
        }
        return out;
    }

    private static double[] softmax(Head head, float[] h, float[] w, float[] b) {
        double[] z = new double[head.classes().size()];
        for (int c = 0; c < z.length; c++) {
            z[c] = VectorModel.logit(w, b, head.offset() + c, h);
        }
        return Softmax.inPlace(z);
    }

    /** Parameters with Adam's running moments. */
    private final class Adam {
        final float[] value;
        final float[] mean;
        final float[] square;

        Adam(int n) {
            value = new float[n];
            mean = new float[n];
            square = new float[n];
        }

        void update(int i, double gradient, double c1, double c2) {
            double g = gradient + settings.decay() * value[i];
            mean[i] = (float) (BETA1 * mean[i] + (1 - BETA1) * g);
            square[i] = (float) (BETA2 * square[i] + (1 - BETA2) * g * g);
            value[i] -= (float) (settings.learningRate() * (mean[i] / c1) / (Math.sqrt(square[i] / c2) + 1e-8));
        }
    }
}
