package org.malcomms.analysis.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.malcomms.analysis.LinearModel.Head;
import org.malcomms.analysis.Softmax;

/**
 * Trains a reader of a network's fixed features (softmax output weights over them) the way {@link ConvModelTrainer}
 * trains its readers: Adam, a little weight decay, class weights that partly balance rare classes, and
 * {@link ConvModelTrainer.Settings#readerEpochs} passes.
 */
final class ReaderTrainer {
    /** The trained weights, {@code [class * features + feature]}, and biases. */
    record Reader(float[] weights, float[] bias) {
    }

    private final ConvModelTrainer.Settings settings;

    ReaderTrainer(ConvModelTrainer.Settings settings) {
        this.settings = settings;
    }

    /** {@code classes[i]} is the class of the text whose features are {@code features.get(i)}, of {@code count}. */
    Reader train(List<float[]> features, int[] classes, int count) {
        int n = features.isEmpty() ? 0 : features.get(0).length;
        Random random = new Random(settings.seed());
        Adam out = new Adam(count * n, settings.learningRate(), settings.decay());
        Adam bias = new Adam(count, settings.learningRate(), settings.decay());
        for (int i = 0; i < out.value.length; i++) {
            out.value[i] = (float) (random.nextGaussian() * Math.sqrt(1.0 / n));
        }
        int[] counts = new int[count];
        for (int y : classes) {
            counts[y]++;
        }
        double[] classWeight = Head.classWeights(counts, settings.balance());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < classes.length; i++) {
            order.add(i);
        }
        double[] z = new double[count];
        long step = 0;
        for (int epoch = 0; epoch < settings.readerEpochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                float[] x = features.get(i);
                for (int c = 0; c < count; c++) {
                    double s = bias.value[c];
                    for (int f = 0; f < n; f++) {
                        s += out.value[c * n + f] * x[f];
                    }
                    z[c] = s;
                }
                Softmax.inPlace(z);
                step++;
                double c1 = 1 - Math.pow(Adam.BETA1, step);
                double c2 = 1 - Math.pow(Adam.BETA2, step);
                for (int c = 0; c < count; c++) {
                    double g = (z[c] - (c == classes[i] ? 1 : 0)) * classWeight[classes[i]];
                    for (int f = 0; f < n; f++) {
                        out.update(c * n + f, g * x[f], c1, c2);
                    }
                    bias.update(c, g, c1, c2);
                }
            }
        }
        return new Reader(out.value, bias.value);
    }
}
