package org.malcomms.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.malcomms.analysis.ConvModel;
import org.malcomms.analysis.LinearModel.Head;
import org.malcomms.analysis.Softmax;
import org.malcomms.analysis.WordVectors;

/**
 * Trains a {@link ConvModel} by stochastic gradient descent with Adam, a little weight decay and class weights that
 * partly balance rare classes. First the heads that shape the filters are trained together on the texts labelled for
 * them (a text labelled for some heads only teaches those); then, the filters fixed, the {@code readers} learn to read
 * them on their own texts, so adding texts for a reader changes nothing else (their features, fixed, are computed
 * once per text). Two epochs each: more makes the network sure of itself and worse in company.
 */
public final class ConvModelTrainer {
    /**
     * One training text: its words' vector rows (at most {@link ConvModel#MAX_WORDS}) and its class per head (-1
     * where it has no label).
     */
    public record Words(int[] rows, int[] classes) {
    }

    /** Learning settings; {@link #STANDARD} is what {@code malcomms train} uses. */
    public record Settings(int filters, int epochs, int readerEpochs, double learningRate, double decay,
                           double balance, long seed) {
        public static final Settings STANDARD = new Settings(64, 2, 2, 0.001, 1e-5, 0.7, 20240301L);

        /** The same settings from another random start. */
        public Settings withSeed(long other) {
            return new Settings(filters, epochs, readerEpochs, learningRate, decay, balance, other);
        }
    }

    private final Settings settings;
    private final List<Head> heads;
    private final java.util.Set<String> readers;
    private final WordVectors vectors;

    public ConvModelTrainer(Settings settings, List<Head> heads, java.util.Set<String> readers, WordVectors vectors) {
        this.settings = settings;
        this.heads = List.copyOf(heads);
        this.readers = java.util.Set.copyOf(readers);
        this.vectors = vectors;
    }

    public ConvModel train(List<Words> examples) {
        int dims = vectors.dims();
        int filters = settings.filters();
        int[] widths = ConvModel.WIDTHS;
        int features = widths.length * filters;
        int outputs = Head.outputs(heads);
        Random random = new Random(settings.seed());
        Adam[] conv = new Adam[widths.length];
        for (int k = 0; k < widths.length; k++) {
            conv[k] = new Adam(widths[k] * dims * filters, settings.learningRate(), settings.decay());
            double sd = Math.sqrt(2.0 / (widths[k] * dims));
            for (int i = 0; i < conv[k].value.length; i++) {
                conv[k].value[i] = (float) (random.nextGaussian() * sd);
            }
        }
        Adam bias = new Adam(features, settings.learningRate(), settings.decay());
        Adam out = new Adam(outputs * features, settings.learningRate(), settings.decay());
        Adam outBias = new Adam(outputs, settings.learningRate(), settings.decay());
        for (int i = 0; i < out.value.length; i++) {
            out.value[i] = (float) (random.nextGaussian() * Math.sqrt(1.0 / features));
        }
        double[][] classWeight = classWeights(examples);
        float[] feature = new float[features];
        int[] argmax = new int[features];
        double[] gradFeature = new double[features];
        float[] acc = new float[filters];
        for (boolean shaping : new boolean[] {true, false}) {
            List<Words> order = new ArrayList<>();
            for (Words e : examples) {
                if (labelledFor(e, shaping)) {
                    order.add(e);
                }
            }
            // the readers' filters are fixed, so each text's features are computed once
            java.util.Map<Words, float[]> fixed = new java.util.IdentityHashMap<>();
            long step = 0;
            for (int epoch = 0; epoch < (shaping ? settings.epochs() : settings.readerEpochs()); epoch++) {
                Collections.shuffle(order, random);
                for (Words e : order) {
                    int length = Math.max(e.rows().length, widths[widths.length - 1]);
                    float[] x = null;
                    float[] known = shaping ? null : fixed.get(e);
                    if (known != null) {
                        System.arraycopy(known, 0, feature, 0, features);
                    } else {
                        x = new float[length * dims];
                        for (int t = 0; t < e.rows().length; t++) {
                            if (e.rows()[t] >= 0) {
                                vectors.vector(e.rows()[t], x, t * dims);
                            }
                        }
                        pool(x, length, conv, bias, feature, argmax, acc);
                        if (!shaping) {
                            fixed.put(e, feature.clone());
                        }
                    }
                    step++;
                    double c1 = 1 - Math.pow(Adam.BETA1, step);
                    double c2 = 1 - Math.pow(Adam.BETA2, step);
                    Arrays.fill(gradFeature, 0);
                    for (int h = 0; h < heads.size(); h++) {
                        int y = e.classes()[h];
                        if (y < 0) {
                            continue;
                        }
                        Head head = heads.get(h);
                        boolean shapes = !readers.contains(head.name());
                        if (shapes != shaping) {
                            continue;
                        }
                        double[] z = new double[head.classes().size()];
                        for (int c = 0; c < z.length; c++) {
                            int k = head.offset() + c;
                            double s = outBias.value[k];
                            for (int i = 0; i < features; i++) {
                                s += out.value[k * features + i] * feature[i];
                            }
                            z[c] = s;
                        }
                        Softmax.inPlace(z);
                        for (int c = 0; c < z.length; c++) {
                            double g = (z[c] - (c == y ? 1 : 0)) * classWeight[h][y];
                            int k = head.offset() + c;
                            for (int i = 0; i < features; i++) {
                                if (shaping) {
                                    gradFeature[i] += g * out.value[k * features + i];
                                }
                                out.update(k * features + i, g * feature[i], c1, c2);
                            }
                            outBias.update(k, g, c1, c2);
                        }
                    }
                    for (int i = 0; i < features && shaping; i++) {
                        if (argmax[i] < 0 || feature[i] <= 0) {
                            continue;
                        }
                        int k = i / filters;
                        int f = i % filters;
                        int base = argmax[i] * dims;
                        for (int q = 0; q < widths[k] * dims; q++) {
                            float xv = x[base + q];
                            if (xv != 0) {
                                conv[k].update(q * filters + f, gradFeature[i] * xv, c1, c2);
                            }
                        }
                        bias.update(i, gradFeature[i], c1, c2);
                    }
                }
            }
        }
        float[][] weights = new float[widths.length][];
        for (int k = 0; k < widths.length; k++) {
            weights[k] = conv[k].value;
        }
        return new ConvModel(dims, filters, heads, weights, bias.value, out.value, outBias.value, vectors);
    }

    /**
     * Runs the filters over the word vectors {@code x} ({@code length} words): each filter's strongest rectified
     * response goes into {@code feature} and the word it starts at into {@code argmax} (-1 where none is positive).
     */
    private void pool(float[] x, int length, Adam[] conv, Adam bias, float[] feature, int[] argmax, float[] acc) {
        int dims = vectors.dims();
        int filters = settings.filters();
        int[] widths = ConvModel.WIDTHS;
        Arrays.fill(feature, 0);
        Arrays.fill(argmax, -1);
        for (int k = 0; k < widths.length; k++) {
            float[] w = conv[k].value;
            for (int t = 0; t + widths[k] <= length; t++) {
                System.arraycopy(bias.value, k * filters, acc, 0, filters);
                int base = t * dims;
                for (int q = 0; q < widths[k] * dims; q++) {
                    float xv = x[base + q];
                    if (xv == 0) {
                        continue;
                    }
                    int row = q * filters;
                    for (int f = 0; f < filters; f++) {
                        acc[f] += xv * w[row + f];
                    }
                }
                for (int f = 0; f < filters; f++) {
                    if (acc[f] > feature[k * filters + f]) {
                        feature[k * filters + f] = acc[f];
                        argmax[k * filters + f] = t;
                    }
                }
            }
        }
    }

    /** Whether the text has a label for a head that shapes the filters ({@code shaping}) or for a reader. */
    private boolean labelledFor(Words e, boolean shaping) {
        for (int h = 0; h < heads.size(); h++) {
            if (e.classes()[h] >= 0 && readers.contains(heads.get(h).name()) != shaping) {
                return true;
            }
        }
        return false;
    }

    private double[][] classWeights(List<Words> examples) {
        double[][] out = new double[heads.size()][];
        for (int t = 0; t < heads.size(); t++) {
            int[] counts = new int[heads.get(t).classes().size()];
            for (Words e : examples) {
                if (e.classes()[t] >= 0) {
                    counts[e.classes()[t]]++;
                }
            }
            out[t] = Head.classWeights(counts, settings.balance());
        }
        return out;
    }
}
