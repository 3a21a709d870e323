package org.malcomms.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A model of its own for threats at groups ("me and the lads are paying the [X] a visit saturday night"), trained
 * apart from the other heads on its own data (data/training/group-threat: cases in the manner of HateCheck's threat
 * tests, and our own messages that name a group) so that training it moves nothing else: taught in one network
 * with the other heads it made threats between people read less surely. Like {@link LearnedModel} it averages two
 * readings: a linear model over hashed words and spellings of its own, and a reader of the shipped network's
 * features (the filters fixed, only the output weights its own). Consulted only where a message names a group.
 */
public final class GroupThreatModel {
    public static final String HEAD = "group-threat";
    public static final String RESOURCE = "classifier-group-threat-model.bin.gz";
    private static final int MAGIC = 0x4D434754;
    private static final int YES = 1;
    private final LinearModel linear;
    /** The reader's weights, {@code [class * features + feature]}, over {@link ConvModel#features}. */
    private final float[] readerWeights;
    private final float[] readerBias;

    public GroupThreatModel(LinearModel linear, float[] readerWeights, float[] readerBias) {
        this.linear = linear;
        this.readerWeights = readerWeights;
        this.readerBias = readerBias;
    }

    /** The model shipped in the jar. */
    public static GroupThreatModel shipped() {
        try (InputStream in = GroupThreatModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classifier model " + RESOURCE + " is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier model", e);
        }
    }

    /**
     * The probability that the text threatens a group, from its text and the shipped network's features of it; or,
     * when the network's reading alone shows it is under {@code floor}, that bound (a value under {@code floor}),
     * without asking the linear model.
     */
    public double probability(NormalisedText text, float[] convFeatures, double floor) {
        double b = Softmax.inPlace(readerLogits(convFeatures))[YES];
        if ((1 + b) / 2 < floor) {
            return (1 + b) / 2;
        }
        return (Softmax.inPlace(linear.logits(text))[YES] + b) / 2;
    }

    private double[] readerLogits(float[] features) {
        double[] z = new double[readerBias.length];
        for (int c = 0; c < z.length; c++) {
            double s = readerBias[c];
            for (int i = 0; i < features.length; i++) {
                s += readerWeights[c * features.length + i] * features[i];
            }
            z[c] = s;
        }
        return z;
    }

    /** How much each token pushed the linear model towards a threat (see {@link LinearModel#tokenContributions}). */
    public double[] tokenContributions(NormalisedText text) {
        return linear.tokenContributions(linear.head(HEAD), "yes", linear.features(text), text.tokens().size());
    }

    public static GroupThreatModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a malcomms group-threat model");
        }
        int classes = in.readInt();
        int features = in.readInt();
        float[] weights = new float[classes * features];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            bias[c] = in.readFloat();
        }
        return new GroupThreatModel(LinearModel.readBody(in), weights, bias);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(readerBias.length);
        out.writeInt(readerWeights.length / readerBias.length);
        for (float w : readerWeights) {
            out.writeFloat(w);
        }
        for (float b : readerBias) {
            out.writeFloat(b);
        }
        linear.writeBody(out);
        out.flush();
        gz.finish();
    }
}
