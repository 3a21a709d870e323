package org.malcomms.vault;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malcomms.ingest.SourceInput;

/**
 * A case folder: originals stored once under {@code originals/<sha256>}, derived files under {@code derived/},
 * trusted timestamps under {@code timestamps/}, and the custody log recording every action. Nothing in it is
 * rewritten in place. New cases are encrypted unless created with {@link #createPlain}.
 *
 * <p>Every file is added in three steps: staged under a temporary name, logged, then renamed into place; opening a
 * case for writing finishes (or throws away) whatever a crash interrupted, so what was logged is never lost. Each
 * change holds the case's lock ({@code case.lock}), so several threads or processes may add to one case.
 */
public final class CaseVault {
    private final CaseFolder folder;
    private final CustodyLog log;
    private final String actor;
    private final String tool;

    private CaseVault(CaseFolder folder, String actor, String tool) {
        this.folder = folder;
        this.log = new CustodyLog(folder);
        this.actor = actor;
        this.tool = tool;
    }

    /** Whether {@code dir} holds no case yet, a plain one, or an encrypted one (whose passphrase must be asked). */
    public static CaseState state(Path dir) throws IOException {
        return CaseFolder.state(dir);
    }

    /** Starts an encrypted case in a new or empty folder, with the key derived by {@link Scrypt#STANDARD}. */
    public static CaseVault create(Path dir, String actor, String tool, char[] passphrase) throws IOException {
        return create(dir, actor, tool, passphrase, Scrypt.STANDARD);
    }

    /** Starts an encrypted case with a chosen key-derivation cost (tests use a cheap one). */
    public static CaseVault create(Path dir, String actor, String tool, char[] passphrase, Scrypt cost)
            throws IOException {
        if (passphrase == null) {
            throw new PassphraseException("an encrypted case needs a passphrase");
        }
        return started(CaseFolder.create(dir, passphrase, cost), actor, tool);
    }

    /** Starts an unencrypted case: anyone who can open the folder can read the messages. */
    public static CaseVault createPlain(Path dir, String actor, String tool) throws IOException {
        return started(CaseFolder.create(dir, null, null), actor, tool);
    }

    private static CaseVault started(CaseFolder folder, String actor, String tool) throws IOException {
        CaseVault vault = new CaseVault(folder, actor, tool);
        vault.record("create-case", List.of(), List.of(), Map.of("folder", folder.dir().getFileName().toString(),
                "encrypted", String.valueOf(folder.encrypted())));
        return vault;
    }

    /**
     * Opens an existing case to add to it. The passphrase is needed only when the case is encrypted (null is fine
     * for a plain case); a wrong one throws {@link PassphraseException} before anything is touched. A custody chain
     * that does not verify is refused. A write a crash interrupted is finished if it was logged, else discarded.
     */
    public static CaseVault open(Path dir, String actor, String tool, char[] passphrase) throws IOException {
        if (CaseFolder.state(dir) == CaseState.NEW) {
            throw new IOException(dir + " holds no malcomms case");
        }
        CaseFolder folder = CaseFolder.open(dir, passphrase);
        return folder.exclusive(() -> {
            CustodyLog.Reading reading = CustodyLog.read(folder);
            if (reading.problem() != null) {
                throw new IOException("case " + dir + " fails its integrity check (" + reading.problem()
                        + "); nothing was added. Run malcomms verify for details");
            }
            CaseVault vault = new CaseVault(folder, actor, tool);
            vault.recover(reading);
            return vault;
        });
    }

    private void recover(CustodyLog.Reading reading) throws IOException {
        List<CustodyEntry> entries = reading.entries();
        folder.removeTemporaries();
        if (reading.headBehind()) {
            CustodyEntry last = entries.get(entries.size() - 1);
            log.writeHead(last.seq(), last.hash());
        }
        Map<String, String> logged = new LinkedHashMap<>();
        for (CustodyEntry e : entries) {
            if (e.action().equals("preserve")) {
                logged.put("originals/" + e.outputs().get(0), e.outputs().get(0));
            } else if (e.details().containsKey("file")) {
                logged.put(e.details().get("file"), e.outputs().get(0));
            }
        }
        for (String sub : List.of("originals", "derived", "timestamps")) {
            for (String name : folder.list(sub)) {
                if (!name.startsWith(CaseFolder.PENDING)) {
                    continue;
                }
                String staged = sub + "/" + name;
                String target = CaseFolder.finalPath(staged);
                String want = logged.get(target);
                if (want != null && want.equals(hashOf(staged))) {
                    folder.commit(target);
                } else {
                    folder.discard(staged);
                }
            }
        }
    }

    private String hashOf(String path) throws IOException {
        try (InputStream in = folder.open(path)) {
            return Hashes.sha256(in);
        } catch (Sealed.BrokenSeal e) {
            return "";
        }
    }

    public Path dir() {
        return folder.dir();
    }

    public boolean encrypted() {
        return folder.encrypted();
    }

    /** An original of the case as an import source: it reads the preserved copy, decrypted when the case is. */
    public SourceInput original(Exhibit exhibit) {
        String path = "originals/" + exhibit.sha256();
        return new SourceInput() {
            @Override
            public String name() {
                return exhibit.name();
            }

            @Override
            public String sha256() {
                return exhibit.sha256();
            }

            @Override
            public long size() {
                return exhibit.size();
            }

            @Override
            public java.io.InputStream open() throws IOException {
                return folder.open(path);
            }
        };
    }

    /** The files of the case, decrypted, for reading and verification. */
    public CaseFiles files() {
        return folder;
    }

    /**
     * Copies an original into the vault (once per distinct content) and logs that it was received, with its exhibit
     * reference: the one it already has if the same content was preserved before, otherwise the next number.
     */
    public Exhibit preserve(SourceInput input) throws IOException {
        return folder.exclusive(() -> preserveAlone(input));
    }

    private Exhibit preserveAlone(SourceInput input) throws IOException {
        String sha = input.sha256();
        String path = "originals/" + sha;
        boolean stored = folder.exists(path);
        if (!stored) {
            String written = folder.stage(path, out -> {
                try (InputStream in = input.open()) {
                    in.transferTo(out);
                }
            });
            if (!written.equals(sha)) {
                folder.discard(CaseFolder.pending(path));
                throw new IOException(input.name() + " changed while it was being preserved; try again");
            }
        }
        List<Exhibit> known = exhibits();
        String ref = known.stream().filter(e -> e.sha256().equals(sha)).map(Exhibit::ref).findFirst()
                .orElse(Exhibit.initials(actor) + "/" + (known.size() + 1));
        String at = record("preserve", List.of(), List.of(sha), Map.of("name", input.name(), "size",
                String.valueOf(input.size()), "stored", path, "exhibit", ref));
        if (!stored) {
            folder.commit(path);
        }
        return new Exhibit(ref, input.name(), sha, input.size(), at, actor);
    }

    /** Every distinct original in the case, in the order first received, with its exhibit reference. */
    public List<Exhibit> exhibits() throws IOException {
        LinkedHashMap<String, Exhibit> bySha = new LinkedHashMap<>();
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
        return add("derived", name, content, "derive", fromHashes, Map.of("how", how));
    }

    /** Adds a file to a folder of the case: staged, logged with the hashes it came from, then put in place. */
    Path add(String sub, String name, byte[] content, String action, List<String> fromHashes,
             Map<String, String> details) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.isEmpty()) {
            throw new IllegalArgumentException("file names in a case are plain names: " + name);
        }
        String path = sub + "/" + name;
        return folder.exclusive(() -> {
            String sha = folder.stage(path, out -> out.write(content));
            Map<String, String> all = new LinkedHashMap<>(details);
            all.put("file", path);
            record(action, fromHashes, List.of(sha), all);
            folder.commit(path);
            return folder.dir().resolve(path);
        });
    }

    /**
     * Has the timestamp authority at {@code tsa} stamp the hash of the last custody entry (only that hash is sent),
     * keeps the token as {@code timestamps/<entry>.tsr} and logs it. Returns the time the authority gave.
     */
    public String timestamp(URI tsa) throws IOException {
        List<CustodyEntry> all = entries();
        CustodyEntry last = all.get(all.size() - 1);
        byte[] token = Timestamps.fetch(tsa, HexFormat.of().parseHex(last.hash()));
        String time = Timestamps.time(token);
        add("timestamps", last.seq() + ".tsr", token, Timestamps.ACTION, List.of(last.hash()),
                Map.of("tsa", tsa.toString(), "time", time, "entry", String.valueOf(last.seq())));
        return time;
    }

    /** Each derived file the case holds (its path in the case) with the hash its latest custody entry recorded. */
    public Map<String, String> derivedFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (CustodyEntry e : entries()) {
            String file = e.details().get("file");
            if (file != null && file.startsWith("derived/")) {
                files.put(file, e.outputs().get(0));
            }
        }
        return files;
    }

    /** The plaintext of a file of the case, e.g. {@code derived/messages.jsonl}. */
    public byte[] read(String path) throws IOException {
        return folder.read(path);
    }

    String record(String action, List<String> inputs, List<String> outputs, Map<String, String> details)
            throws IOException {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        folder.exclusive(() -> log.append(at, action, actor, tool, inputs, outputs, details));
        return at;
    }

    public List<CustodyEntry> entries() throws IOException {
        return CustodyLog.read(folder).entries();
    }
}
