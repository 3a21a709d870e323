package org.malcomms.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * The learned part of the classifier: two models trained on the same data, their probabilities averaged (they
 * err differently, so together they err less): a {@link LinearModel} over hashed words and spellings, and a
 * {@link ConvModel} over the message's phrases in pre-trained word vectors. Explanations (which words pushed a
 * label) come from the linear model.
 */
public final class LearnedModel {
    /**
     * The heads trained on our own messages (data/training/own) and the label each reads: {@code abuse} is evidence
     * for {@code offensive}, the others for their namesakes.
     */
    public static final Map<Label, String> OWN_HEADS = new EnumMap<>(Map.of(Label.OFFENSIVE, "abuse", Label.THREAT,
            "threat", Label.SEXUAL, "sexual", Label.SELF_HARM, "self-harm", Label.HATE, "hate"));
    private final LinearModel linear;
    private final ConvModel conv;
    private final WordVectors vectors;
    private final GroupThreatModel groupThreat;

    /**
     * One message as the two models read it, with every head's logits from each and the network's features (which
     * the {@link GroupThreatModel} reads too), computed once.
     */
    public record Reading(double[] linearLogits, float[] convFeatures, double[] convLogits) {
    }

    /**
     * {@code groupThreat} reads {@code conv}'s features, as it was trained to; it is null only while a network is
     * trained and chosen, before a group-threat model is trained to read it.
     */
    public LearnedModel(LinearModel linear, ConvModel conv, WordVectors vectors, GroupThreatModel groupThreat) {
        this.linear = linear;
        this.conv = conv;
        this.vectors = vectors;
        this.groupThreat = groupThreat;
    }

    /** The models and word vectors shipped in the jar. */
    public static LearnedModel shipped() {
        WordVectors vectors = WordVectors.shipped();
        return new LearnedModel(LinearModel.shipped(), ConvModel.shipped(vectors), vectors, GroupThreatModel.shipped());
    }

    public Reading read(NormalisedText text) {
        float[] features = conv.features(vectors.rows(text, ConvModel.MAX_WORDS));
        return new Reading(linear.logits(text), features, conv.logits(features));
    }

    /** A reading from hashed features and word rows (at most {@link ConvModel#MAX_WORDS}) already computed. */
    public Reading read(FeatureVector hashed, int[] rows) {
        float[] features = conv.features(rows);
        return new Reading(linear.logits(hashed), features, conv.logits(features));
    }

    /** The probability that {@code text} threatens a group, by the {@link GroupThreatModel} (see its floor). */
    public double groupThreat(NormalisedText text, Reading reading, double floor) {
        return groupThreat.probability(text, reading.convFeatures(), floor);
    }

    /** Class probabilities of the head called {@code head}, in the head's class order. */
    public double[] probabilities(String head, Reading reading) {
        LinearModel.Head h = linear.head(head);
        int from = h.offset();
        int to = from + h.classes().size();
        double[] a = Softmax.inPlace(java.util.Arrays.copyOfRange(reading.linearLogits(), from, to));
        double[] b = Softmax.inPlace(java.util.Arrays.copyOfRange(reading.convLogits(), from, to));
        for (int k = 0; k < a.length; k++) {
            a[k] = (a[k] + b[k]) / 2;
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

    public ConvModel conv() {
        return conv;
    }

    public WordVectors vectors() {
        return vectors;
    }

    public GroupThreatModel groupThreatModel() {
        return groupThreat;
    }
}
