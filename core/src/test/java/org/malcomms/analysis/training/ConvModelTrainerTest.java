package org.malcomms.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.malcomms.analysis.ConvModel;
import org.malcomms.analysis.Lexicon;
import org.malcomms.analysis.LinearModel.Head;
import org.malcomms.analysis.TextNormaliser;
import org.malcomms.analysis.WordVectors;

class ConvModelTrainerTest {
    private static final WordVectors VECTORS = WordVectors.shipped();
    private static final TextNormaliser NORMALISER = new TextNormaliser(Lexicon.standard(), VECTORS::has);
    /** A head that shapes the filters, and one that only reads them. */
    private static final List<Head> HEADS = List.of(new Head("tone", List.of("calm", "rude"), 0),
            new Head("harm", List.of("no", "yes"), 2));
    private static final ConvModelTrainer TRAINER = new ConvModelTrainer(
            new ConvModelTrainer.Settings(8, 2, 2, 0.01, 1e-5, 0.7, 7L), HEADS, Set.of("harm"), VECTORS);

    private static ConvModelTrainer.Words text(String text, int tone, int harm) {
        return new ConvModelTrainer.Words(VECTORS.rows(NORMALISER.normalise(text), ConvModel.MAX_WORDS),
                new int[] {tone, harm});
    }

    private static List<ConvModelTrainer.Words> tweets() {
        List<ConvModelTrainer.Words> out = new ArrayList<>();
        for (String s : List.of("what a lovely day for a walk", "thanks for the birthday card", "see you at the match",
                "the train is running late again", "happy anniversary to my parents", "great goal in the second half")) {
            out.add(text(s, 0, -1));
        }
        for (String s : List.of("shut up you stupid idiot", "you are a useless waste of space", "what a pathetic loser",
                "nobody likes you, moron", "get lost you absolute clown", "you thick lazy prat")) {
            out.add(text(s, 1, -1));
        }
        return out;
    }

    private static List<ConvModelTrainer.Words> threats(List<String> yes, List<String> no) {
        List<ConvModelTrainer.Words> out = new ArrayList<>();
        yes.forEach(s -> out.add(text(s, -1, 1)));
        no.forEach(s -> out.add(text(s, -1, 0)));
        return out;
    }

    @Test
    void moreTextsForAReaderChangeOnlyThatReader() {
        List<ConvModelTrainer.Words> some = new ArrayList<>(tweets());
        some.addAll(threats(List.of("I will smash your windows in", "you'll be limping for life"),
                List.of("I will fix your windows on Monday", "you'll be walking for miles")));
        List<ConvModelTrainer.Words> more = new ArrayList<>(some);
        more.addAll(threats(List.of("the lads are coming round for you tonight"),
                List.of("the lads are coming round for tea tonight")));
        ConvModel before = TRAINER.train(some);
        ConvModel after = TRAINER.train(more);
        float[] probe = before.features(VECTORS.rows(NORMALISER.normalise("you useless clown, the lads are coming"),
                ConvModel.MAX_WORDS));
        assertThat(after.features(VECTORS.rows(NORMALISER.normalise("you useless clown, the lads are coming"),
                ConvModel.MAX_WORDS))).containsExactly(probe);
        double[] b = before.logits(probe);
        double[] a = after.logits(probe);
        assertThat(new double[] {a[0], a[1]}).containsExactly(b[0], b[1]);
        assertThat(new double[] {a[2], a[3]}).isNotEqualTo(new double[] {b[2], b[3]});
    }
}
