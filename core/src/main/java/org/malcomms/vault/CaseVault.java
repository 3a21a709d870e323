package org.malcomms.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.malcomms.ingest.SourceInput;

/**
 * A case folder: originals stored once under {@code originals/<sha256>}, derived files under {@code derived/},
 * and the custody log recording every action. Nothing in it is rewritten in place.
 */
public final class CaseVault {
    private final Path dir;
    private final CustodyLog log;
    private final String actor;
    private final String tool;
    private final Clock clock;

    private CaseVault(Path dir, String actor, String tool, Clock clock) {
        this.dir = dir;
        this.log = new CustodyLog(dir);
        this.actor = actor;
        this.tool = tool;
        this.clock = clock;
    }

    /** Opens the case in {@code dir}, creating it (and logging its creation) when the folder is new or empty. */
    public static CaseVault openOrCreate(Path dir, String actor, String tool) throws IOException {
        return openOrCreate(dir, actor, tool, Clock.systemUTC());
    }

    public static CaseVault openOrCreate(Path dir, String actor, String tool, Clock clock) throws IOException {
        CaseVault vault = new CaseVault(dir, actor, tool, clock);
        if (!Files.exists(dir.resolve("custody.log"))) {
            if (Files.isDirectory(dir)) {
                try (var list = Files.list(dir)) {
                    if (list.findAny().isPresent()) {
                        throw new IOException(dir + " is not empty and holds no malcomms case; choose a new folder");
                    }
                }
            }
            Files.createDirectories(dir.resolve("originals"));
            Files.createDirectories(dir.resolve("derived"));
            vault.record("create-case", List.of(), List.of(), Map.of("folder", dir.getFileName().toString()));
        }
        return vault;
    }

    public Path dir() {
        return dir;
    }

    /** Copies an original into the vault (once per distinct content) and logs that it was received. */
    public String preserve(SourceInput input) throws IOException {
        String sha = input.sha256();
        Path target = dir.resolve("originals").resolve(sha);
        if (!Files.exists(target)) {
            try (InputStream in = input.open()) {
                AtomicFiles.copy(in, target);
            }
            String stored = Hashes.sha256(target);
            if (!stored.equals(sha)) {
                Files.delete(target);
                throw new IOException(input.name() + " changed while it was being preserved; try again");
            }
        }
        record("preserve", List.of(), List.of(sha), Map.of("name", input.name(), "size",
                String.valueOf(input.size()), "stored", "originals/" + sha));
        return sha;
    }

    /** Writes a derived file (normalised messages, an assessment, a report) and logs the hashes it came from. */
    public Path derive(String name, byte[] content, List<String> fromHashes, String how) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("derived file names are plain names: " + name);
        }
        Path target = dir.resolve("derived").resolve(name);
        AtomicFiles.write(target, content);
        record("derive", fromHashes, List.of(Hashes.sha256(content)), Map.of("file", "derived/" + name,
                "how", how));
        return target;
    }

    private void record(String action, List<String> inputs, List<String> outputs, Map<String, String> details)
            throws IOException {
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        log.append(at, action, actor, tool, inputs, outputs, details);
    }

    public List<CustodyEntry> entries() throws IOException {
        return log.read().entries();
    }
}
