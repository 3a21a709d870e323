package org.malcomms.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects each part of an input that was skipped, and passes each warning on (to stderr, in the CLI) as it happens. */
public final class Warnings {
    public record Skip(String file, long line, String reason) {
        @Override
        public String toString() {
            return "skipped " + file + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }

    private final List<Skip> skips = new ArrayList<>();
    private final Consumer<String> out;

    public Warnings(Consumer<String> out) {
        this.out = out;
    }

    public static Warnings silent() {
        return new Warnings(s -> { });
    }

    public synchronized void skipped(String file, long line, String reason) {
        Skip skip = new Skip(file, line, reason);
        if (skips.size() < 10_000) {
            skips.add(skip);
        }
        count++;
        out.accept(skip.toString());
    }

    private int count;

    public synchronized int count() {
        return count;
    }

    public synchronized List<Skip> skips() {
        return List.copyOf(skips);
    }
}
