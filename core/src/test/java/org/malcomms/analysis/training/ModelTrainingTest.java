package org.malcomms.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.analysis.ConvModel;
import org.malcomms.analysis.LearnedModel;
import org.malcomms.analysis.Lexicon;
import org.malcomms.analysis.LinearModel;
import org.malcomms.analysis.NormalisedText;
import org.malcomms.analysis.TextNormaliser;
import org.malcomms.analysis.WordVectors;
import org.malcomms.ingest.InputException;

class ModelTrainingTest {
    private static final WordVectors VECTORS = WordVectors.shipped();

    @Test
    void theLinearOffensiveHeadLearnsFromTweetsAndFromOurOwnAbuseColumn() {
        Example tweet = new Example("@USER you are a joke", Map.of(TrainingData.OLID_A, "OFF", TrainingData.OLID_B,
                "TIN"));
        Example abusive = new Example("you're a waste of space", Map.of("abuse", "yes", "threat", "no"));
        Example harmless = new Example("you're a star, thanks for today", Map.of("abuse", "no", "threat", "no"));
        Example davidson = new Example("what a day", Map.of(TrainingData.DAVIDSON, "neither"));

        assertThat(ModelTraining.linearLabel(tweet, TrainingData.OLID_A)).isEqualTo("OFF");
        assertThat(ModelTraining.linearLabel(abusive, TrainingData.OLID_A)).isEqualTo("OFF");
        assertThat(ModelTraining.linearLabel(harmless, TrainingData.OLID_A)).isEqualTo("NOT");
        assertThat(ModelTraining.linearLabel(davidson, TrainingData.OLID_A)).isNull();
        // the other heads read only their own labels
        assertThat(ModelTraining.linearLabel(abusive, TrainingData.OLID_B)).isNull();
        assertThat(ModelTraining.linearLabel(abusive, "abuse")).isEqualTo("yes");
        assertThat(ModelTraining.linearLabel(tweet, TrainingData.OLID_B)).isEqualTo("TIN");
    }

    /**
     * The group-threat model learns from its own cases, from those of our own messages that name a group (by their
     * threat label) and from tweets that name a group and are not offensive (no threat); nothing else teaches it,
     * and its cases teach the other heads nothing.
     */
    @Test
    void theGroupThreatModelLearnsFromItsCasesAndMessagesThatNameAGroup() {
        ModelTraining training = new ModelTraining(SoftmaxTrainer.Settings.STANDARD,
                ConvModelTrainer.Settings.STANDARD, VECTORS);
        ModelTraining.Corpus corpus = training.encode(List.of(
                new Example("we'll burn every mosque in town", Map.of(TrainingData.GROUP_THREAT, "yes")),
                new Example("my neighbours are Polish, lovely family", Map.of("abuse", "no", "threat", "no")),
                new Example("all the immigrants on our road are getting it tonight", Map.of("abuse", "yes",
                        "threat", "yes")),
                new Example("I'll break your legs", Map.of("abuse", "yes", "threat", "yes")),
                new Example("@USER what a joke", Map.of(TrainingData.OLID_A, "OFF")),
                new Example("@USER liberals are out canvassing today", Map.of(TrainingData.OLID_A, "NOT")),
                new Example("the women at work threw me a party", Map.of(TrainingData.DAVIDSON, "neither")),
                new Example("@USER the liberals are trash", Map.of(TrainingData.OLID_A, "OFF"))));

        assertThat(corpus.groupThreat()).containsExactly(1, 0, 1, -1, -1, 0, 0, -1);
        assertThat(corpus.sparse().get(0).classes()).containsOnly(-1);
    }

    /** Trained over the shipped network and models (which it leaves as they are), it reads what it was taught. */
    @Test
    void aGroupThreatModelTrainedOverTheShippedNetworkReadsWhatItWasTaught() {
        ModelTraining training = new ModelTraining(SoftmaxTrainer.Settings.STANDARD,
                ConvModelTrainer.Settings.STANDARD, VECTORS);
        List<Example> examples = new ArrayList<>();
        for (String group : List.of("Muslims", "trans people", "immigrants", "black people", "gay people")) {
            examples.add(new Example("we are going to hunt down the " + group + " and burn their houses",
                    Map.of(TrainingData.GROUP_THREAT, "yes")));
            examples.add(new Example("grab your bats lads, the " + group + " are getting it tonight",
                    Map.of(TrainingData.GROUP_THREAT, "yes")));
            examples.add(new Example("the " + group + " at work organised a lovely charity bake sale",
                    Map.of(TrainingData.GROUP_THREAT, "no")));
            examples.add(new Example("we had dinner with the " + group + " from the book club",
                    Map.of(TrainingData.GROUP_THREAT, "no")));
        }
        LearnedModel shipped = new LearnedModel(LinearModel.shipped(), ConvModel.shipped(VECTORS), VECTORS, null);
        LearnedModel model = training.withGroupThreat(shipped, training.encode(examples));

        assertThat(model.linear()).isSameAs(shipped.linear());
        assertThat(model.conv()).isSameAs(shipped.conv());
        assertThat(groupThreat(model, "we are going to hunt down the Jews and burn their houses")).isGreaterThan(0.5);
        assertThat(groupThreat(model, "we had dinner with the Jews from the book club")).isLessThan(0.5);
    }

    private static double groupThreat(LearnedModel model, String text) {
        NormalisedText norm = new TextNormaliser(Lexicon.standard(), VECTORS::has).normalise(text);
        return model.groupThreat(norm, model.read(norm), 0);
    }

    @Test
    void aGroupThreatFileWithABadLineIsRefusedNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cases.tsv");
        Files.writeString(file, "# kind\tthreat\ttext\ndirect\t1\twe'll burn them out\nnegated\tmaybe\tI'd never\n");

        assertThatThrownBy(() -> TrainingData.groupThreat(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file + ":3:");
    }
}
