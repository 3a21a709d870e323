package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.Warnings;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;
import org.malcomms.report.JsonReport;

/**
 * Stops an import into an encrypted case at every point where a crash can fall between two steps of a write (and
 * at random points again, 60 runs in all), as a killed process would stop: afterwards the case verifies, every
 * custody entry logged before the stop is still there, opening the case finishes or discards the interrupted
 * write, and running the import again completes it. Real process kills are in the command line's CrashIT.
 */
class CrashSafetyTest {
    private static final Malcomms MALCOMMS = Malcomms.standard();
    private static final char[] PASS = "crash test passphrase".toCharArray();

    @TempDir
    Path dir;

    /** Thrown at the chosen crash point; nothing after it runs, as after a kill. */
    static final class Crash extends RuntimeException {
    }

    @AfterEach
    void noMoreCrashes() {
        AtomicFiles.crashPoint = () -> { };
    }

    private List<SourceInput> inputs() throws Exception {
        Path second = dir.resolve("second.txt");
        Path third = dir.resolve("third.txt");
        if (!Files.exists(second)) {
            Files.writeString(second, "01/03/2025, 22:00 - Eve: you will regret this\n01/03/2025, 22:05 - Al: stop\n");
            Files.writeString(third, "02/03/2025, 23:10 - Eve: I know where you live\n");
        }
        return List.of(new FileSource(TestFiles.example()), new FileSource(second), new FileSource(third));
    }

    /** What the command line does for {@code import INPUT... --case DIR}. */
    private void importInto(Path caseDir, List<SourceInput> sources) throws Exception {
        CaseVault vault = CaseVault.state(caseDir) == CaseState.NEW
                ? CaseVault.create(caseDir, "Priya Shah", "test", PASS, EncryptedCaseTest.CHEAP)
                : CaseVault.open(caseDir, "Priya Shah", "test", PASS);
        for (SourceInput s : sources) {
            vault.preserve(s);
        }
        Timeline t = MALCOMMS.importAll(sources, null, new ImportContext(ZoneId.of("Europe/London"),
                new Warnings(w -> { }), p -> { }));
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Message m : t.messages()) {
            lines.write((JsonReport.messageLine(m) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> from = sources.stream().map(SourceInput::sha256).toList();
        vault.derive("messages.jsonl", lines.toByteArray(), from, "import");
        vault.derive("summary.txt", (t.messages().size() + " messages\n").getBytes(StandardCharsets.UTF_8), from,
                "count");
    }

    @Test
    void aCrashAtAnyPointLosesNothingCommittedAndLeavesACaseThatVerifies() throws Exception {
        List<SourceInput> sources = inputs();
        importInto(dir.resolve("count"), sources.subList(0, 1));
        int[] points = {0};
        AtomicFiles.crashPoint = () -> points[0]++;
        importInto(dir.resolve("count"), sources.subList(1, 3));
        int total = points[0];
        assertThat(total).isGreaterThan(20);

        Random random = new Random(8);
        int runs = 60;
        for (int run = 0; run < runs; run++) {
            int crashAt = run < total ? run : random.nextInt(total);
            Path caseDir = dir.resolve("case-" + run);
            AtomicFiles.crashPoint = () -> { };
            importInto(caseDir, sources.subList(0, 1));
            List<String> before = hashes(caseDir);

            int[] seen = {0};
            AtomicFiles.crashPoint = () -> {
                if (seen[0]++ == crashAt) {
                    throw new Crash();
                }
            };
            boolean crashed = false;
            try {
                importInto(caseDir, sources.subList(1, 3));
            } catch (Crash c) {
                crashed = true;
            }
            AtomicFiles.crashPoint = () -> { };
            assertThat(crashed).as("run %d reached crash point %d", run, crashAt).isTrue();

            Verification.Result afterCrash = Verification.check(caseDir, PASS);
            assertThat(afterCrash.problems()).as("run %d, crash point %d", run, crashAt).isEmpty();
            List<String> committed = hashes(caseDir);
            assertThat(committed).as("run %d", run).startsWith(before.toArray(String[]::new));

            CaseVault reopened = CaseVault.open(caseDir, "Priya Shah", "test", PASS);
            assertThat(hashes(caseDir)).startsWith(committed.toArray(String[]::new));
            Verification.Result afterOpen = Verification.check(caseDir, PASS);
            assertThat(afterOpen.problems()).isEmpty();
            assertThat(afterOpen.notes()).as("run %d: the interrupted write is finished on opening", run).isEmpty();
            assertThat(leftovers(caseDir)).as("run %d", run).isEmpty();
            for (Exhibit e : reopened.exhibits()) {
                assertThat(Hashes.sha256(reopened.files().open("originals/" + e.sha256()))).isEqualTo(e.sha256());
            }

            importInto(caseDir, sources.subList(1, 3));
            assertThat(Verification.check(caseDir, PASS).problems()).isEmpty();
            assertThat(CaseVault.open(caseDir, "x", "y", PASS).exhibits()).extracting(Exhibit::ref)
                    .containsExactly("PS/1", "PS/2", "PS/3");
        }
    }

    @Test
    void aCrashWhileTheCaseIsBeingCreatedLeavesAFolderThatCanBeStartedAgain() throws Exception {
        List<SourceInput> sources = inputs();
        for (int crashAt = 0; crashAt < 6; crashAt++) {
            Path caseDir = dir.resolve("new-" + crashAt);
            int at = crashAt;
            int[] seen = {0};
            AtomicFiles.crashPoint = () -> {
                if (seen[0]++ == at) {
                    throw new Crash();
                }
            };
            try {
                importInto(caseDir, sources.subList(0, 1));
            } catch (Crash c) {
                // the process died here
            }
            AtomicFiles.crashPoint = () -> { };
            if (CaseVault.state(caseDir) != CaseState.NEW) {
                assertThat(Verification.check(caseDir, PASS).problems()).as("crash point %d", at).isEmpty();
            }
            importInto(caseDir, sources.subList(0, 1));
            assertThat(Verification.check(caseDir, PASS).problems()).isEmpty();
        }
    }

    private static List<String> hashes(Path caseDir) throws Exception {
        List<String> out = new ArrayList<>();
        for (CustodyEntry e : CustodyLog.read(CaseFolder.open(caseDir, PASS)).entries()) {
            out.add(e.hash());
        }
        return out;
    }

    private static List<Path> leftovers(Path caseDir) throws Exception {
        try (var files = Files.walk(caseDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
