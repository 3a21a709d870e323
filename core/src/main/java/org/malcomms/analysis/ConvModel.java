package org.malcomms.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.malcomms.analysis.LinearModel.Head;

/**
 * A convolutional network over a message's word vectors: {@code filters} filters for each run length in
 * {@link #WIDTHS} (one, two and three words), rectified; each filter keeps its strongest match anywhere in the
 * message; a softmax head per task reads those features. It reads short phrases ("go back to", "should be shot",
 * "you absolute melt") by their meaning rather than their spelling. A filter's response to a word at a given offset
 * depends on the word alone, so it is computed the first time the word is met and kept: after that a message costs
 * a few additions per word.
 */
public final class ConvModel {
    /** The run lengths the filters read. */
    public static final int[] WIDTHS = {1, 2, 3};
    /** Words read per message: the rest is left to the other models. */
    public static final int MAX_WORDS = 60;
    private static final int MAGIC = 0x4D43434D;
    public static final String RESOURCE = "classifier-conv-model.bin.gz";
    private final int dims;
    private final int filters;
    private final List<Head> heads;
    /** Per width k: {@code weights[k][(offset * dims + d) * filters + f]}. */
    private final float[][] weights;
    /** Per feature {@code k * filters + f}. */
    private final float[] bias;
    /**
     * Output weights feature by feature, {@code byFeature[feature * outputs + output]} (stored output by output):
     * {@link #logits} reads each feature once, skips the many a rectified filter leaves at zero, and updates every
     * output together.
     */
    private final float[] byFeature;
    private final float[] outBias;
    private final WordVectors vectors;
    /** Per width k, the bias of its filters: {@code bias} cut up. */
    private final float[][] widthBias;
    /** Per word row, once computed: its response at every (width, offset) in turn, {@code filters} numbers each. */
    private final AtomicReferenceArray<float[][]> responses;

    /** {@code outWeights} is laid out output by output, {@code [output * features + feature]}, as trained and stored. */
    public ConvModel(int dims, int filters, List<Head> heads, float[][] weights, float[] bias, float[] outWeights,
                     float[] outBias, WordVectors vectors) {
        this.dims = dims;
        this.filters = filters;
        this.heads = List.copyOf(heads);
        this.weights = weights;
        this.bias = bias;
        this.outBias = outBias;
        this.widthBias = new float[WIDTHS.length][];
        for (int k = 0; k < WIDTHS.length; k++) {
            widthBias[k] = java.util.Arrays.copyOfRange(bias, k * filters, (k + 1) * filters);
        }
        int features = bias.length;
        this.byFeature = new float[outWeights.length];
        for (int k = 0; k < outBias.length; k++) {
            for (int i = 0; i < features; i++) {
                byFeature[i * outBias.length + k] = outWeights[k * features + i];
            }
        }
        this.vectors = vectors;
        this.responses = new AtomicReferenceArray<>(vectors.size());
    }

    /** The model shipped in the jar, over the given (shipped) word vectors. */
    public static ConvModel shipped(WordVectors vectors) {
        try (InputStream in = ConvModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classifier model " + RESOURCE + " is missing from the jar");
            }
            return read(in, vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier model", e);
        }
    }

    /**
     * The strongest match of each filter over the message's words (rows from {@link WordVectors#rows}, at most
     * {@link #MAX_WORDS}). A run's sum is the filters' bias plus the response of each word of the run that has a
     * vector, in the run's order, added up in one pass over the filters that also keeps the strongest.
     */
    public float[] features(int[] rows) {
        int length = Math.max(rows.length, WIDTHS[WIDTHS.length - 1]);
        float[][][] words = new float[length][][];
        for (int t = 0; t < rows.length; t++) {
            words[t] = rows[t] < 0 ? null : response(rows[t]);
        }
        float[] out = new float[bias.length];
        float[] strongest = new float[filters];
        float[][] run = new float[WIDTHS[WIDTHS.length - 1]][];
        int block = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            int width = WIDTHS[k];
            java.util.Arrays.fill(strongest, 0);
            for (int t = 0; t + width <= length; t++) {
                int n = 0;
                for (int o = 0; o < width; o++) {
                    if (words[t + o] != null) {
                        run[n++] = words[t + o][block + o];
                    }
                }
                keepStrongest(strongest, widthBias[k], run, n);
            }
            System.arraycopy(strongest, 0, out, k * filters, filters);
            block += width;
        }
        return out;
    }

    /**
     * Raises each filter's strongest match to the bias plus the first {@code n} responses of {@code run}, added in
     * that order (a run is at most three words: {@link #WIDTHS}). Every array is read at the same index, which lets
     * the compiler work on several filters at once; {@link Math#max}, which it does that with, is also what a plain
     * comparison gives here (a strongest match starts at 0, never -0 or NaN).
     */
    private static void keepStrongest(float[] strongest, float[] bias, float[][] run, int n) {
        switch (n) {
            case 0 -> {
                for (int f = 0; f < strongest.length; f++) {
                    strongest[f] = Math.max(strongest[f], bias[f]);
                }
            }
            case 1 -> {
                float[] r0 = run[0];
                for (int f = 0; f < strongest.length; f++) {
                    strongest[f] = Math.max(strongest[f], bias[f] + r0[f]);
                }
            }
            case 2 -> {
                float[] r0 = run[0];
                float[] r1 = run[1];
                for (int f = 0; f < strongest.length; f++) {
                    strongest[f] = Math.max(strongest[f], bias[f] + r0[f] + r1[f]);
                }
            }
            default -> {
                float[] r0 = run[0];
                float[] r1 = run[1];
                float[] r2 = run[2];
                for (int f = 0; f < strongest.length; f++) {
                    strongest[f] = Math.max(strongest[f], bias[f] + r0[f] + r1[f] + r2[f]);
                }
            }
        }
    }

    private float[][] response(int row) {
        float[][] r = responses.get(row);
        if (r != null) {
            return r;
        }
        float[] v = new float[dims];
        vectors.vector(row, v, 0);
        int blocks = 0;
        for (int w : WIDTHS) {
            blocks += w;
        }
        r = new float[blocks][filters];
        int block = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            for (int o = 0; o < WIDTHS[k]; o++) {
                float[] at = r[block + o];
                for (int d = 0; d < dims; d++) {
                    float x = v[d];
                    if (x == 0) {
                        continue;
                    }
                    int w0 = (o * dims + d) * filters;
                    for (int f = 0; f < filters; f++) {
                        at[f] += x * weights[k][w0 + f];
                    }
                }
            }
            block += WIDTHS[k];
        }
        responses.set(row, r);
        return r;
    }

    /** The logits of every head's classes, given the features. */
    public double[] logits(float[] features) {
        int outputs = outBias.length;
        double[] z = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            z[k] = outBias[k];
        }
        for (int i = 0; i < features.length; i++) {
            float x = features[i];
            if (x == 0) {
                continue;
            }
            int base = i * outputs;
            for (int k = 0; k < outputs; k++) {
                z[k] += byFeature[base + k] * x;
            }
        }
        return z;
    }

    public Head head(String name) {
        return Head.named(heads, name);
    }

    public static ConvModel read(InputStream raw, WordVectors vectors) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a malcomms conv model");
        }
        int dims = in.readInt();
        int filters = in.readInt();
        List<Head> heads = Head.read(in);
        int outputs = Head.outputs(heads);
        float[][] weights = new float[WIDTHS.length][];
        for (int k = 0; k < WIDTHS.length; k++) {
            weights[k] = floats(in, WIDTHS[k] * dims * filters);
        }
        int features = WIDTHS.length * filters;
        return new ConvModel(dims, filters, heads, weights, floats(in, features), floats(in, outputs * features),
                floats(in, outputs), vectors);
    }

    private static float[] floats(DataInputStream in, int n) throws IOException {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(dims);
        out.writeInt(filters);
        Head.write(out, heads);
        for (float[] w : weights) {
            writeAll(out, w);
        }
        writeAll(out, bias);
        int features = bias.length;
        for (int k = 0; k < outBias.length; k++) {
            for (int i = 0; i < features; i++) {
                out.writeFloat(byFeature[i * outBias.length + k]);
            }
        }
        writeAll(out, outBias);
        out.flush();
        gz.finish();
    }

    private static void writeAll(DataOutputStream out, float[] a) throws IOException {
        for (float x : a) {
            out.writeFloat(x);
        }
    }
}
