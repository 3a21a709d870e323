package org.malcomms.analysis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.malcomms.TestFiles;
import org.malcomms.analysis.Classification;
import org.malcomms.analysis.HybridClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@code classify} on one thread over typical chat messages (generated: mostly everyday chat, some
 * rude, some abusive, a few threats, from 25 short ones), over the 1,000 longer and more varied messages of the
 * everyday test sets, and the time to load the shipped model. Run as the README says.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {
    private static final String[] CALM = {"see you at 2", "can you grab milk on the way home?",
        "running 10 mins late sorry", "did you get my email about Friday's booking", "ok cool, thanks x",
        "Happy birthday!! hope you have a lovely day 🎉", "what time is the match tomorrow",
        "I've sent the invoice over, let me know if anything's wrong", "lol that's hilarious",
        "is your mum still coming on Sunday?", "can't make it tonight, the baby's poorly",
        "Where did you park? I'm by the entrance"};
    private static final String[] RUDE = {"you're a useless cow", "shut up you absolute melt",
        "what a load of shit", "ur a f*cking joke mate", "piss off and leave me alone",
        "you lying scumbag, give me my money back"};
    private static final String[] ABUSE = {"I know where you live", "I'm going to smash your face in",
        "kys nobody would miss you", "go back to your own country you paki", "send me nudes or else",
        "I'll post your pics everywhere", "watch your back"};

    private static final List<String> EVERYDAY_SETS = List.of("everyday-innocent.tsv", "everyday-blind.tsv",
            "everyday-third.tsv");

    /** Messages handed out in turn, round and round. */
    private static final class Rotation {
        private final List<String> messages;
        private int next;

        Rotation(List<String> messages) {
            this.messages = List.copyOf(messages);
        }

        String next() {
            String text = messages.get(next);
            next = next + 1 == messages.size() ? 0 : next + 1;
            return text;
        }
    }

    private Rotation generated;
    private Rotation everyday;
    private HybridClassifier classifier;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = HybridClassifier.standard();
        Random random = new Random(42);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int r = random.nextInt(100);
            String[] pool = r < 80 ? CALM : r < 95 ? RUDE : ABUSE;
            messages.add(pool[random.nextInt(pool.length)] + (random.nextInt(4) == 0 ? " " + i : ""));
        }
        generated = new Rotation(messages);
        List<String> written = new ArrayList<>();
        for (String set : EVERYDAY_SETS) {
            for (String[] row : TestFiles.rows("classifier/" + set)) {
                written.add(row[row.length - 1]);
            }
        }
        everyday = new Rotation(written);
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(generated.next());
    }

    @Benchmark
    public Classification classifyEveryday() {
        return classifier.classify(everyday.next());
    }

    /** A cold load: each fork is a fresh JVM, as when a user runs {@code malcomms classify}. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public HybridClassifier loadCold() {
        return HybridClassifier.standard();
    }
}
