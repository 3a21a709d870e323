package org.malcomms.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A set of softmax heads over one hashed feature space, with weights quantised to one byte each (a scale per
 * output). Each head is one task learned from the training data, e.g. OLID level A (NOT, OFF).
 */
public final class LinearModel {
    private static final int MAGIC = 0x4D434C4D;
    private static final int MAX_WORDS_KEPT = 100_000;
    public static final String RESOURCE = "classifier-model.bin.gz";

    /** A task: its name, its classes, and where its outputs start in the weight rows. */
    public record Head(String name, List<String> classes, int offset) {
        public int index(String cls) {
            int i = classes.indexOf(cls);
            if (i < 0) {
                throw new IllegalArgumentException(name + " has no class " + cls);
            }
            return i;
        }

        /** The head called {@code name} among {@code heads}. */
        public static Head named(List<Head> heads, String name) {
            for (Head h : heads) {
                if (h.name().equals(name)) {
                    return h;
                }
            }
            throw new IllegalArgumentException("the model has no head " + name);
        }

        /**
         * Class weights from class counts that partly balance rare classes (macro-F1 counts every class alike): the
         * fully balanced weight raised to {@code balance} (0 ignores imbalance, 1 balances fully).
         */
        public static double[] classWeights(int[] counts, double balance) {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            double[] out = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                double balanced = counts[c] == 0 ? 1 : n / (double) (counts.length * counts[c]);
                out[c] = Math.pow(balanced, balance);
            }
            return out;
        }

        /** How many outputs the heads have together. */
        public static int outputs(List<Head> heads) {
            return heads.stream().mapToInt(h -> h.classes().size()).sum();
        }

        static List<Head> read(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<Head> heads = new ArrayList<>();
            int offset = 0;
            for (int h = 0; h < count; h++) {
                String name = in.readUTF();
                int classes = in.readInt();
                List<String> names = new ArrayList<>();
                for (int c = 0; c < classes; c++) {
                    names.add(in.readUTF());
                }
                heads.add(new Head(name, names, offset));
                offset += classes;
            }
            return heads;
        }

        static void write(DataOutputStream out, List<Head> heads) throws IOException {
            out.writeInt(heads.size());
            for (Head h : heads) {
                out.writeUTF(h.name());
                out.writeInt(h.classes().size());
                for (String c : h.classes()) {
                    out.writeUTF(c);
                }
            }
        }
    }

    private final int bits;
    private final List<Head> heads;
    private final int outputs;
    private final byte[] weights;
    private final float[] scale;
    private final float[] bias;
    private final HashedFeatures features;
    /**
     * Per word met, the sums of its own features' weight rows (the word and its character n-grams), with their count
     * last: a word's dozens of rows, scattered through a table of megabytes, are read once, not in every message.
     */
    private final Map<String, int[]> wordSums = new ConcurrentHashMap<>();

    public LinearModel(int bits, List<Head> heads, byte[] weights, float[] scale, float[] bias) {
        this.bits = bits;
        this.features = new HashedFeatures(bits);
        this.heads = List.copyOf(heads);
        this.outputs = scale.length;
        this.weights = weights;
        this.scale = scale;
        this.bias = bias;
    }

    /** Quantises trained float weights laid out as {@code w[feature * outputs + output]}. */
    public static LinearModel quantise(int bits, List<Head> heads, float[] w, float[] bias) {
        int outputs = bias.length;
        float[] scale = new float[outputs];
        for (int i = 0; i < w.length; i++) {
            scale[i % outputs] = Math.max(scale[i % outputs], Math.abs(w[i]));
        }
        for (int k = 0; k < outputs; k++) {
            scale[k] = scale[k] == 0 ? 1 : scale[k] / 127f;
        }
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (byte) Math.round(w[i] / scale[i % outputs]);
        }
        return new LinearModel(bits, heads, q, scale, bias.clone());
    }

    /** The model shipped in the jar. */
    public static LinearModel shipped() {
        try (InputStream in = LinearModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classifier model " + RESOURCE + " is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier model", e);
        }
    }

    public static LinearModel read(InputStream raw) throws IOException {
        return readBody(new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16),
                1 << 16)));
    }

    /** Reads a model written by {@link #writeBody}, inside another model's stream. */
    static LinearModel readBody(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a malcomms classifier model");
        }
        int bits = in.readInt();
        List<Head> heads = Head.read(in);
        int outputs = Head.outputs(heads);
        float[] scale = new float[outputs];
        float[] bias = new float[outputs];
        for (int k = 0; k < outputs; k++) {
            scale[k] = in.readFloat();
            bias[k] = in.readFloat();
        }
        byte[] weights = new byte[(1 << bits) * outputs];
        in.readFully(weights);
        return new LinearModel(bits, heads, weights, scale, bias);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        writeBody(out);
        out.flush();
        gz.finish();
    }

    /** Writes the model into another model's stream (see {@link #readBody}). */
    void writeBody(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(bits);
        Head.write(out, heads);
        for (int k = 0; k < outputs; k++) {
            out.writeFloat(scale[k]);
            out.writeFloat(bias[k]);
        }
        out.write(weights);
    }

    public int bits() {
        return bits;
    }

    public Head head(String name) {
        return Head.named(heads, name);
    }

    /** The logits of every head's classes at once: one pass over the features, each reading one row of weights. */
    public double[] logits(FeatureVector f) {
        int[] sum = new int[outputs];
        int[] index = f.index();
        for (int i = 0; i < f.size(); i++) {
            add(sum, index[i]);
        }
        return logits(sum, f.size());
    }

    /**
     * The same logits as {@link #logits(FeatureVector)} of the text's features, from each word's rows summed once
     * and kept (for the first {@link #MAX_WORDS_KEPT} words met; about 200 bytes each), and the pairs' rows.
     */
    public double[] logits(NormalisedText text) {
        return logits(text, this::ownSums);
    }

    /** The sums of the weight rows of a word's own features, with their count last ({@link #sumOwn}). */
    interface WordSums {
        int[] of(String norm, int from, int to);
    }

    /** The same logits as {@link #logits(NormalisedText)}, with each word's own sums from {@code own}. */
    double[] logits(NormalisedText text, WordSums own) {
        int[] sum = new int[outputs];
        int[] count = {0};
        features.walk(text, (t, norm, from, to, pair) -> {
            int[] word = own.of(norm, from, to);
            for (int k = 0; k < outputs; k++) {
                sum[k] += word[k];
            }
            count[0] += word[outputs];
            if (pair >= 0) {
                add(sum, pair);
                count[0]++;
            }
        });
        return logits(sum, count[0]);
    }

    /** The text's hashed features, for explanations ({@link #tokenContributions}). */
    public FeatureVector features(NormalisedText text) {
        return features.features(text);
    }

    private int[] ownSums(String norm, int from, int to) {
        String word = from == 0 && to == norm.length() ? norm : norm.substring(from, to);
        int[] own = wordSums.get(word);
        if (own == null) {
            own = sumOwn(norm, from, to);
            if (wordSums.size() < MAX_WORDS_KEPT) {
                wordSums.put(word, own);
            }
        }
        return own;
    }

    /**
     * The weight rows of word {@code norm[from, to)}'s own features (itself and its n-grams) summed, with their
     * count last.
     */
    int[] sumOwn(String norm, int from, int to) {
        int[] own = new int[outputs + 1];
        for (int i : features.ownFeatures(norm, from, to)) {
            add(own, i);
            own[outputs]++;
        }
        return own;
    }

    private void add(int[] sum, int feature) {
        int row = feature * outputs;
        for (int k = 0; k < outputs; k++) {
            sum[k] += weights[row + k];
        }
    }

    /** Logits from the weights summed over {@code count} features (the weights are whole numbers: exact as ints). */
    private double[] logits(int[] sum, int count) {
        double[] z = new double[outputs];
        double v = FeatureVector.value(count);
        for (int k = 0; k < outputs; k++) {
            z[k] = (double) sum[k] * scale[k] * v + bias[k];
        }
        return z;
    }

    /**
     * How much each token pushed {@code cls} of {@code head} up against the head's other classes (in logits):
     * the explanation behind a learned label.
     */
    public double[] tokenContributions(Head head, String cls, FeatureVector f, int tokens) {
        int k0 = head.offset();
        int classes = head.classes().size();
        int target = head.index(cls);
        double[] out = new double[tokens];
        double v = f.value();
        for (int i = 0; i < f.size(); i++) {
            int row = f.index()[i] * outputs + k0;
            double mine = weights[row + target] * scale[k0 + target];
            double others = 0;
            for (int c = 0; c < classes; c++) {
                if (c != target) {
                    others += weights[row + c] * scale[k0 + c];
                }
            }
            out[f.owner()[i]] += (mine - others / (classes - 1)) * v;
        }
        return out;
    }
}
