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

    /** One message as the two models read it, with every head's logits from each, computed once. */
    public record Reading(double[] linearLogits, double[] convLogits) {
    }

    public LearnedModel(LinearModel linear, ConvModel conv, WordVectors vectors) {
        this.linear = linear;
        this.conv = conv;
        this.vectors = vectors;
    }

    /** The models and word vectors shipped in the jar. */
    public static LearnedModel shipped() {
        WordVectors vectors = WordVectors.shipped();
        return new LearnedModel(LinearModel.shipped(), ConvModel.shipped(vectors), vectors);
    }

    public Reading read(NormalisedText text) {
        return new Reading(linear.logits(text), conv.logits(conv.features(vectors.rows(text, ConvModel.MAX_WORDS))));
    }

    /** A reading from hashed features and word rows (at most {@link ConvModel#MAX_WORDS}) already computed. */
    public Reading read(FeatureVector hashed, int[] rows) {
        return new Reading(linear.logits(hashed), conv.logits(conv.features(rows)));
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
}
