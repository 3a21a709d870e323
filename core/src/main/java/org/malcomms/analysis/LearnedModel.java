package org.malcomms.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Words whose reading ({@link Word}) is kept: about 150 bytes each. */
    private static final int WORDS_KEPT = 100_000;
    private final LinearModel linear;
    private final ConvModel conv;
    private final WordVectors vectors;
    private final GroupThreatModel groupThreat;
    /**
     * Per word met (the first {@link #WORDS_KEPT}), what both models read of it: one look-up a word, where each
     * model's own would be two, each a few reads from memory.
     */
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    /** A word's row in the word vectors (-1 for none) and the linear model's sums of its own features. */
    private record Word(int row, int[] sums) {
    }

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

    /**
     * The text as both models read it: the linear model's logits and, from the rows of the same words in the same
     * order (at most {@link ConvModel#MAX_WORDS}, as {@link WordVectors#rows} gives them), the network's.
     */
    public Reading read(NormalisedText text) {
        int[] rows = new int[Math.min(ConvModel.MAX_WORDS, text.tokens().size() * 2)];
        int[] n = {0};
        double[] linearLogits = linear.logits(text, (norm, from, to) -> {
            Word word = word(norm, from, to);
            if (n[0] < rows.length) {
                rows[n[0]++] = word.row();
            }
            return word.sums();
        });
        float[] features = conv.features(java.util.Arrays.copyOf(rows, n[0]));
        return new Reading(linearLogits, features, conv.logits(features));
    }

    private Word word(String norm, int from, int to) {
        String key = from == 0 && to == norm.length() ? norm : norm.substring(from, to);
        Word word = words.get(key);
        if (word == null) {
            word = new Word(vectors.row(norm, from, to), linear.sumOwn(norm, from, to));
            if (words.size() < WORDS_KEPT) {
                words.put(key, word);
            }
        }
        return word;
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
