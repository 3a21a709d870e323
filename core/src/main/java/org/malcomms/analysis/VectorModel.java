package org.malcomms.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.malcomms.analysis.LinearModel.Head;

/**
 * A small neural network over a message's pooled word vectors ({@link WordVectors#pooled}): one hidden layer of
 * rectified units shared by every task, and a softmax head per task (the same heads as the {@link LinearModel}).
 * It hears meaning where the linear model hears only spellings it has seen.
 */
public final class VectorModel {
    private static final int MAGIC = 0x4D43564D;
    public static final String RESOURCE = "classifier-vectors-model.bin.gz";
    private final int inputs;
    private final List<Head> heads;
    private final int outputs;
    /** Hidden weights, {@code hiddenWeights[j * inputs + i]}, then biases. */
    private final float[] hiddenWeights;
    /** The same weights by input, {@code byInput[i * hidden + j]}: the layout the hidden layer is computed in. */
    private final float[] byInput;
    private final float[] hiddenBias;
    /** Output weights, {@code outWeights[k * hidden + j]} for output k, then biases. */
    private final float[] outWeights;
    private final float[] outBias;

    public VectorModel(int inputs, List<Head> heads, float[] hiddenWeights, float[] hiddenBias, float[] outWeights,
                       float[] outBias) {
        this.inputs = inputs;
        this.heads = List.copyOf(heads);
        this.outputs = outBias.length;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        int h = hiddenBias.length;
        this.byInput = new float[hiddenWeights.length];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < inputs; i++) {
                byInput[i * h + j] = hiddenWeights[j * inputs + i];
            }
        }
        this.outWeights = outWeights;
        this.outBias = outBias;
    }

    /** The model shipped in the jar. */
    public static VectorModel shipped() {
        try (InputStream in = VectorModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classifier model " + RESOURCE + " is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier model", e);
        }
    }

    public int hiddenUnits() {
        return hiddenBias.length;
    }

    /**
     * The hidden layer's activations for one pooled message vector: each input adds its multiple of a row of
     * weights (a loop over neighbouring numbers, which the JIT turns into vector instructions).
     */
    public float[] hidden(float[] pooled) {
        int h = hiddenBias.length;
        float[] out = hiddenBias.clone();
        for (int i = 0; i < inputs; i++) {
            float x = pooled[i];
            if (x == 0) {
                continue;
            }
            int row = i * h;
            for (int j = 0; j < h; j++) {
                out[j] += x * byInput[row + j];
            }
        }
        for (int j = 0; j < h; j++) {
            out[j] = Math.max(0, out[j]);
        }
        return out;
    }

    /** Class probabilities of one head, given the hidden activations. */
    public double[] probabilities(Head head, float[] hidden) {
        int k0 = head.offset();
        int classes = head.classes().size();
        double[] z = new double[classes];
        for (int c = 0; c < classes; c++) {
            z[c] = logit(outWeights, outBias, k0 + c, hidden);
        }
        return Softmax.inPlace(z);
    }

    /** Output {@code k}'s logit: its bias plus its weights (row {@code k} of {@code w}) times the hidden units. */
    public static double logit(float[] w, float[] bias, int k, float[] hidden) {
        double s = bias[k];
        int row = k * hidden.length;
        for (int j = 0; j < hidden.length; j++) {
            s += w[row + j] * hidden[j];
        }
        return s;
    }

    public static VectorModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a malcomms vector model");
        }
        int inputs = in.readInt();
        int hidden = in.readInt();
        List<Head> heads = Head.read(in);
        int outputs = Head.outputs(heads);
        return new VectorModel(inputs, heads, floats(in, hidden * inputs), floats(in, hidden),
                floats(in, outputs * hidden), floats(in, outputs));
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
        out.writeInt(inputs);
        out.writeInt(hiddenBias.length);
        Head.write(out, heads);
        for (float[] a : List.of(hiddenWeights, hiddenBias, outWeights, outBias)) {
            for (float x : a) {
                out.writeFloat(x);
            }
        }
        out.flush();
        gz.finish();
    }

    public Head head(String name) {
        for (Head h : heads) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        throw new IllegalArgumentException("the vector model has no head " + name);
    }
}
