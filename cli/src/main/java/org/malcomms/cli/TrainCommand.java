package org.malcomms.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.malcomms.analysis.LinearModel;
import org.malcomms.analysis.training.Example;
import org.malcomms.analysis.training.ModelTraining;
import org.malcomms.analysis.training.SoftmaxTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code malcomms train} (hidden, for developers): retrains the classifier model and prints cross-validated scores. */
@Command(name = "train", hidden = true, mixinStandardHelpOptions = true,
        description = {"Retrain the message classifier from the vendored training data, print cross-validated"
                + " macro-F1 (OLID A, B, C; Davidson), and write the model the jar ships."})
final class TrainCommand implements Callable<Integer> {
    private static final String RESOURCES = "core/src/main/resources/org/malcomms/analysis/";

    @Option(names = "--data", defaultValue = "data/training", description = "Training data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--model", defaultValue = RESOURCES + LinearModel.RESOURCE,
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--metrics", defaultValue = RESOURCES + "classifier-metrics.properties",
            description = "Where to write the cross-validated scores (default: ${DEFAULT-VALUE}).")
    Path metrics;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Override
    public Integer call() throws Exception {
        ModelTraining training = new ModelTraining(SoftmaxTrainer.Settings.STANDARD);
        List<Example> examples = ModelTraining.examples(data);
        List<SoftmaxTrainer.Encoded> encoded = training.encode(examples);
        System.err.printf(Locale.ROOT, "malcomms: %d training texts; %d-fold cross-validation...%n", examples.size(),
                folds);
        ModelTraining.Scores scores = training.crossValidate(examples, encoded, folds, System.err);
        scores.macroF1().forEach((task, f1) -> System.out.printf(Locale.ROOT, "%-9s macro-F1 %.4f  (learned head"
                + " alone %.4f)%n", task, f1, scores.modelOnly().get(task)));
        ModelTraining.write(training.train(encoded), scores, model, metrics);
        System.err.println("malcomms: wrote " + model + " and " + metrics);
        return 0;
    }
}
