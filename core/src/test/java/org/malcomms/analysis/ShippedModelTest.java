package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.analysis.training.Example;
import org.malcomms.analysis.training.MacroF1;
import org.malcomms.analysis.training.ModelTraining;
import org.malcomms.analysis.training.TrainingData;

class ShippedModelTest {
    @Test
    void theShippedModelLoadsAndHasEveryHead() {
        LinearModel model = LinearModel.shipped();
        for (var head : ModelTraining.HEADS) {
            assertThat(model.head(head.name()).classes()).isEqualTo(head.classes());
        }
    }

    @Test
    void theShippedWordVectorsKnowEverydayAndAbusiveWords() {
        WordVectors vectors = WordVectors.shipped();
        assertThat(vectors.size()).isGreaterThan(30_000);
        assertThat(List.of("the", "mate", "idiot", "twat", "wanker", "kill", "muslims", "tomorrow"))
                .allMatch(vectors::has);
    }

    @Test
    void wordVectorsSurviveWritingAndReadingAndGiveRowsInOrder() throws IOException {
        WordVectors vectors = WordVectors.of(List.of("bad", "day"), List.of(new float[] {1f, -2f},
                new float[] {3f, 0.5f}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vectors.write(out);
        WordVectors back = WordVectors.read(new ByteArrayInputStream(out.toByteArray()));
        NormalisedText text = new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has)
                .normalise("Bad, bad #day zzqx");
        int[] rows = back.rows(text, 10);
        assertThat(rows).hasSize(4);
        assertThat(rows[3]).isEqualTo(-1);
        assertThat(back.rows(text, 2)).hasSize(2);
        float[] day = new float[2];
        back.vector(rows[2], day, 0);
        assertThat(day).containsExactly(new float[] {3f, 0.5f}, org.assertj.core.data.Offset.offset(0.03f));
    }

    @Test
    void aConvModelSurvivesWritingAndReadingAndReadsPhrasesInOrder() throws IOException {
        WordVectors vectors = WordVectors.shipped();
        ConvModel conv = ConvModel.shipped(vectors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        conv.write(out);
        ConvModel back = ConvModel.read(new ByteArrayInputStream(out.toByteArray()), vectors);
        TextNormaliser normaliser = new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has);
        int[] rows = vectors.rows(normaliser.normalise("you are a stupid idiot and everyone hates you"),
                ConvModel.MAX_WORDS);
        assertThat(back.features(rows)).containsExactly(conv.features(rows));
        assertThat(back.logits(back.features(rows))).containsExactly(conv.logits(conv.features(rows)));
        int[] reversed = vectors.rows(normaliser.normalise("you hates everyone and idiot stupid a are you"),
                ConvModel.MAX_WORDS);
        assertThat(conv.features(reversed)).isNotEqualTo(conv.features(rows));
        for (var head : ModelTraining.HEADS) {
            assertThat(conv.head(head.name()).classes()).isEqualTo(head.classes());
        }
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        LinearModel model = LinearModel.shipped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        HashedFeatures features = new HashedFeatures(model.bits());
        FeatureVector f = features.features(new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has)
                .normalise("you absolute melt"));
        assertThat(back.logits(f)).containsExactly(model.logits(f));
    }

    @Test
    void theGroupThreatModelSurvivesWritingAndReading() throws IOException {
        GroupThreatModel model = GroupThreatModel.shipped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        GroupThreatModel back = GroupThreatModel.read(new ByteArrayInputStream(out.toByteArray()));
        WordVectors vectors = WordVectors.shipped();
        NormalisedText text = new TextNormaliser(Lexicon.standard(), vectors::has)
                .normalise("the lads are paying the immigrants on our road a visit saturday night");
        float[] features = ConvModel.shipped(vectors).features(vectors.rows(text, ConvModel.MAX_WORDS));
        assertThat(back.probability(text, features, 0)).isEqualTo(model.probability(text, features, 0));
        assertThat(back.tokenContributions(text)).containsExactly(model.tokenContributions(text));
    }

    /**
     * The logits from each word's kept sums equal those from the message's features, to the last bit, on every
     * message of the classifier test sets, read twice (the second time from the kept sums).
     */
    @Test
    void logitsFromKeptWordSumsEqualThoseFromTheFeatures() throws IOException {
        LinearModel model = LinearModel.shipped();
        TextNormaliser normaliser = new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has);
        List<NormalisedText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.path("classifier"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String[] row : TestFiles.rows("classifier/" + f.getFileName())) {
                    texts.add(normaliser.normalise(row[row.length - 1]));
                }
            }
        }
        texts.add(normaliser.normalise("@user #blessed pneumonoultramicroscopicsilicovolcanoconiosis , ok"));
        for (int pass = 0; pass < 2; pass++) {
            for (NormalisedText text : texts) {
                assertThat(model.logits(text)).as(text.normal()).containsExactly(model.logits(model.features(text)));
            }
        }
        assertThat(texts).hasSizeGreaterThan(7_000);
    }

    @Test
    void theRecordedCrossValidatedScoresMeetTheFloors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LinearModel.class.getResourceAsStream("classifier-metrics.properties")) {
            p.load(in);
        }
        // the shipped olid-a fell from 0.746 to 0.707 while our own abuse head was averaged with the tweets' heads
        // (fifth to seventh sessions); with the linear offensive head learning from both instead, 0.728, and the
        // learned models alone 0.741 (0.750 when both learned from the tweets alone; see the README)
        assertThat(Double.parseDouble(p.getProperty("olid-a"))).isGreaterThanOrEqualTo(0.72);
        assertThat(Double.parseDouble(p.getProperty("model.olid-a"))).isGreaterThanOrEqualTo(0.73);
        assertThat(Double.parseDouble(p.getProperty("olid-b"))).isGreaterThanOrEqualTo(0.58);
        assertThat(Double.parseDouble(p.getProperty("model.olid-b"))).isGreaterThanOrEqualTo(0.59);
        assertThat(Double.parseDouble(p.getProperty("model.olid-c"))).isGreaterThanOrEqualTo(0.52);
        assertThat(Double.parseDouble(p.getProperty("model.davidson"))).isGreaterThanOrEqualTo(0.72);
        // the group-threat model alone and the classifier's threat on its cases and our own messages naming a group
        assertThat(Double.parseDouble(p.getProperty("model." + TrainingData.GROUP_THREAT))).isGreaterThanOrEqualTo(0.85);
        assertThat(Double.parseDouble(p.getProperty(TrainingData.GROUP_THREAT))).isGreaterThanOrEqualTo(0.85);
        for (String own : TrainingData.OWN) {
            assertThat(Double.parseDouble(p.getProperty(own))).as(own).isGreaterThanOrEqualTo(0.75);
            assertThat(Double.parseDouble(p.getProperty("model." + own))).as(own).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void theVendoredTrainingDataReadsCompletely() throws Exception {
        List<Example> all = ModelTraining.examples(Path.of("..", "data", "training"));
        assertThat(all).hasSize(13_240 + 24_783 + 7_674 + 1_637 + 898 + 1_003 + 868);
        assertThat(all).filteredOn(e -> "yes".equals(e.labels().get(TrainingData.GROUP_THREAT)))
                .hasSize(1_038 + 280 + 403);
        assertThat(all).filteredOn(e -> "yes".equals(e.labels().get("threat"))).isNotEmpty();
        assertThat(all).filteredOn(e -> "OFF".equals(e.labels().get(TrainingData.OLID_A))).hasSize(4_400);
        assertThat(all).filteredOn(e -> e.labels().containsKey(TrainingData.OLID_C)).hasSize(3_876);
        assertThat(all).filteredOn(e -> "hate".equals(e.labels().get(TrainingData.DAVIDSON))).hasSize(1_430);
        assertThat(all).noneMatch(e -> e.text().contains("&amp;"));
    }

    @Test
    void theShippedModelStillReadsItsOwnTrainingData() throws Exception {
        List<Example> olid = TrainingData.olid(Path.of("..", "data", "training", "olid", "olid-training-v1.0.tsv"));
        HybridClassifier classifier = HybridClassifier.standard();
        MacroF1 a = new MacroF1(List.of("NOT", "OFF"));
        for (Example e : olid.subList(0, 2000)) {
            a.add(e.labels().get(TrainingData.OLID_A), classifier.classify(e.text()).has(Label.OFFENSIVE) ? "OFF"
                    : "NOT");
        }
        // 0.82 with the tweets' heads alone; 0.76 while they were averaged with our own abuse head (fifth to seventh
        // sessions); 0.82 with the linear offensive head learning from the tweets and our own messages
        assertThat(a.score()).isGreaterThan(0.8);
    }

    @Test
    void macroF1CountsEveryClassAlike() {
        MacroF1 f = new MacroF1(List.of("a", "b"));
        f.add("a", "a");
        f.add("a", "a");
        f.add("b", "a");
        f.add("b", "none");
        assertThat(f.score()).isCloseTo((0.8 + 0) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
