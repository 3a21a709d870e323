package org.malcomms.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built malcomms jar as a user would, capturing exit code, stdout and stderr. */
final class Jar {
    record Run(int exit, String out, String err) {
    }

    static Path root() {
        return Path.of(System.getProperty("malcomms.root", "..")).toAbsolutePath().normalize();
    }

    static Path example() {
        return root().resolve("examples/salon-dispute/chat.txt");
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return runWithEnv(java.util.Map.of(), args);
    }

    static Run runWithEnv(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("malcomms.jar", root().resolve("cli/target/malcomms.jar").toString())));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path out = java.nio.file.Files.createTempFile("malcomms-out", ".txt");
        Path err = java.nio.file.Files.createTempFile("malcomms-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("malcomms did not finish: " + cmd);
        }
        Run run = new Run(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        java.nio.file.Files.delete(out);
        java.nio.file.Files.delete(err);
        return run;
    }

    private Jar() {
    }
}
