package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real jar (SIGKILL) at random moments (between a tenth and nine tenths of the time a whole run takes)
 * while it imports into a case (encrypted, and every other run plain so that the log's bytes can be compared),
 * then checks that the case verifies, that running the import again completes it, and that no custody entry
 * committed before the kill is lost. The in-process test over every crash point is
 * core's CrashSafetyTest; this one shows the same holds for a real killed process.
 */
class CrashIT {
    private static final Map<String, String> PASS = Map.of("MALCOMMS_PASSPHRASE", "kill me softly passphrase");

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesACaseThatVerifiesAndCompletesWhenRunAgain() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path chat = dir.resolve("chat-" + i + ".txt");
            StringBuilder sb = new StringBuilder();
            for (int line = 0; line < 1_500; line++) {
                sb.append(String.format("%02d/03/2025, 22:%02d - Eve: message %d of export %d%n", 1 + line % 28,
                        line % 60, line, i));
            }
            Files.writeString(chat, sb);
            inputs.add(chat.toString());
        }
        List<String> timed = new ArrayList<>(List.of("import"));
        timed.addAll(inputs);
        timed.addAll(List.of("--case", dir.resolve("timed").toString(), "--out",
                dir.resolve("timed.jsonl").toString()));
        long start = System.nanoTime();
        assertThat(Jar.runWithEnv(PASS, timed.toArray(String[]::new)).exit()).isZero();
        long full = (System.nanoTime() - start) / 1_000_000;

        Random random = new Random(42);
        int killed = 0;
        for (int run = 0; run < 4; run++) {
            Path caseDir = dir.resolve("case-" + run);
            List<String> args = new ArrayList<>(List.of("import"));
            args.addAll(inputs);
            args.addAll(List.of("--case", caseDir.toString(), "--out", dir.resolve("out-" + run).toString()));
            boolean plain = run % 2 == 1;
            if (plain) {
                args.add("--no-encrypt");
            }
            ProcessBuilder pb = new ProcessBuilder(command(args));
            pb.environment().putAll(PASS);
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("log-" + run).toFile());
            Process p = pb.start();
            long delay = full / 10 + (long) (random.nextDouble() * full * 0.8);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                killed++;
            }
            int committed = 0;
            byte[] logAtKill = new byte[0];
            if (Files.exists(caseDir.resolve("custody.log"))) {
                Jar.Run verify = Jar.runWithEnv(PASS, "verify", caseDir.toString());
                assertThat(verify.exit()).as("run %d killed after %d ms: %s", run, delay, verify.out()).isZero();
                committed = entries(verify.out());
                logAtKill = Files.readAllBytes(caseDir.resolve("custody.log"));
            }
            String[] again = args.toArray(String[]::new);
            Jar.Run rerun = Jar.runWithEnv(PASS, again);
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            Jar.Run verify = Jar.runWithEnv(PASS, "verify", caseDir.toString());
            assertThat(verify.exit()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("4 originals");
            assertThat(entries(verify.out())).as("no custody entry committed before the kill is lost")
                    .isGreaterThan(committed);
            if (plain) {
                byte[] log = Files.readAllBytes(caseDir.resolve("custody.log"));
                assertThat(Arrays.copyOf(log, logAtKill.length)).as("the log at the kill is a prefix of the log after")
                        .isEqualTo(logAtKill);
            }
        }
        assertThat(killed).as("the jar was killed mid-run at least twice").isGreaterThanOrEqualTo(2);
    }

    private static int entries(String verifyOut) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("intact: (\\d+) custody entries")
                .matcher(verifyOut);
        assertThat(m.find()).as(verifyOut).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("malcomms.jar", Jar.root().resolve("cli/target/malcomms.jar").toString())));
        cmd.addAll(args);
        return cmd;
    }
}
