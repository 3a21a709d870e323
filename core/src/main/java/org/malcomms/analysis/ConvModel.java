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
    /** Per word row, once computed: its response at every (width, offset), {@code filters} numbers each. */
    private final AtomicReferenceArray<float[]> responses;

    /** {@code outWeights} is laid out output by output, {@code [output * features + feature]}, as trained and stored. */
    public ConvModel(int dims, int filters, List<Head> heads, float[][] weights, float[] bias, float[] outWeights,
                     float[] outBias, WordVectors vectors) {
        this.dims = dims;
        this.filters = filters;
        this.heads = List.copyOf(heads);
        this.weights = weights;
        this.bias = bias;
        this.outBias = outBias;
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
     * {@link #MAX_WORDS}). The last word's response is added in the same pass that keeps the strongest match: the
     * same sums in the same order, one pass over the filters fewer.
     */
    public float[] features(int[] rows) {
        int length = Math.max(rows.length, WIDTHS[WIDTHS.length - 1]);
        float[][] words = new float[length][];
        for (int t = 0; t < rows.length; t++) {
            words[t] = rows[t] < 0 ? null : response(rows[t]);
        }
        float[] out = new float[bias.length];
        float[] acc = new float[filters];
        int block = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            int width = WIDTHS[k];
            int base = k * filters;
            for (int t = 0; t + width <= length; t++) {
                int last = -1;
                for (int o = 0; o < width; o++) {
                    last = words[t + o] != null ? o : last;
                }
                System.arraycopy(bias, base, acc, 0, filters);
                for (int o = 0; o < last; o++) {
                    float[] r = words[t + o];
                    if (r != null) {
                        int at = (block + o) * filters;
                        for (int f = 0; f < filters; f++) {
                            acc[f] += r[at + f];
                        }
                    }
                }
                if (last < 0) {
                    for (int f = 0; f < filters; f++) {
                        out[base + f] = Math.max(out[base + f], acc[f]);
                    }
                } else {
                    float[] r = words[t + last];
                    int at = (block + last) * filters;
                    for (int f = 0; f < filters; f++) {
                        out[base + f] = Math.max(out[base + f], acc[f] + r[at + f]);
                    }
                }
            }
            block += width;
        }
        return out;
    }

    private float[] response(int row) {
        float[] r = responses.get(row);
        if (r != null) {
            return r;
        }
        float[] v = new float[dims];
        vectors.vector(row, v, 0);
        int blocks = 0;
        for (int w : WIDTHS) {
            blocks += w;
        }
        r = new float[blocks * filters];
        int block = 0;
        for (int k = 0; k < WIDTHS.length; k++) {
            for (int o = 0; o < WIDTHS[k]; o++) {
                int at = (block + o) * filters;
                for (int d = 0; d < dims; d++) {
                    float x = v[d];
                    if (x == 0) {
                        continue;
                    }
                    int w0 = (o * dims + d) * filters;
                    for (int f = 0; f < filters; f++) {
                        r[at + f] += x * weights[k][w0 + f];
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
