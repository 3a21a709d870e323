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

    /**
     * Copies an original into the vault (once per distinct content) and logs that it was received, with its exhibit
     * reference: the one it already has if the same content was preserved before, otherwise the next number.
     */
    public Exhibit preserve(SourceInput input) throws IOException {
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
        List<Exhibit> known = exhibits();
        String ref = known.stream().filter(e -> e.sha256().equals(sha)).map(Exhibit::ref).findFirst()
                .orElse(Exhibit.initials(actor) + "/" + (known.size() + 1));
        String at = record("preserve", List.of(), List.of(sha), Map.of("name", input.name(), "size",
                String.valueOf(input.size()), "stored", "originals/" + sha, "exhibit", ref));
        return new Exhibit(ref, input.name(), sha, input.size(), at, actor);
    }

    /** Every distinct original in the case, in the order first received, with its exhibit reference. */
    public List<Exhibit> exhibits() throws IOException {
        java.util.LinkedHashMap<String, Exhibit> bySha = new java.util.LinkedHashMap<>();
        for (CustodyEntry e : entries()) {
            if (e.action().equals("preserve") && !bySha.containsKey(e.outputs().get(0))) {
                String sha = e.outputs().get(0);
                bySha.put(sha, new Exhibit(e.details().getOrDefault("exhibit", ""), e.details().get("name"), sha,
                        Long.parseLong(e.details().getOrDefault("size", "0")), e.at(), e.actor()));
            }
        }
        return List.copyOf(bySha.values());
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

    private String record(String action, List<String> inputs, List<String> outputs, Map<String, String> details)
            throws IOException {
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        log.append(at, action, actor, tool, inputs, outputs, details);
        return at;
    }

    public List<CustodyEntry> entries() throws IOException {
        return log.read().entries();
    }
}
