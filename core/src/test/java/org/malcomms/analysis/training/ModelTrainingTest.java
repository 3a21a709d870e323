package org.malcomms.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTrainingTest {
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
}
