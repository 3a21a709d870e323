package org.malcomms.analysis;

/**
 * The learned part of the classifier: a {@link LinearModel} over hashed words and spellings and a
 * {@link VectorModel} over pre-trained word vectors, trained on the same data, their probabilities averaged (the two
 * err differently, so together they err less). Explanations (which words pushed a label) come from the linear model.
 */
public final class LearnedModel {
    /** The vector model's share of each probability (the linear model has the rest). */
    public static final double VECTOR_SHARE = 0.5;
    private final LinearModel linear;
    private final VectorModel network;
    private final WordVectors vectors;
    private final HashedFeatures features;

    /** One message as both models read it. */
    public record Reading(FeatureVector features, float[] hidden) {
    }

    public LearnedModel(LinearModel linear, VectorModel network, WordVectors vectors) {
        this.linear = linear;
        this.network = network;
        this.vectors = vectors;
        this.features = new HashedFeatures(linear.bits());
    }

    /** The models and word vectors shipped in the jar. */
    public static LearnedModel shipped() {
        return new LearnedModel(LinearModel.shipped(), VectorModel.shipped(), WordVectors.shipped());
    }

    public Reading read(NormalisedText text) {
        return new Reading(features.features(text), network.hidden(vectors.pooled(text)));
    }

    /** Class probabilities of the head called {@code head}, in the head's class order. */
    public double[] probabilities(String head, Reading reading) {
        double[] a = linear.probabilities(linear.head(head), reading.features());
        double[] b = network.probabilities(network.head(head), reading.hidden());
        for (int c = 0; c < a.length; c++) {
            a[c] = (1 - VECTOR_SHARE) * a[c] + VECTOR_SHARE * b[c];
        }
        return a;
    }

    /** The probability of one class of one head. */
    public double probability(String head, String cls, Reading reading) {
        return probabilities(head, reading)[linear.head(head).index(cls)];
    }

    public LinearModel linear() {
        return linear;
    }

    public VectorModel network() {
        return network;
    }
}
