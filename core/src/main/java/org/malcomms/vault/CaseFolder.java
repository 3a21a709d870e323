package org.malcomms.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A case folder on disk: {@code case.json} (whether the case is encrypted, and if so the scrypt salt and cost and
 * a passphrase check value; never the key), {@code custody.log}, {@code custody.head} and the folders of files.
 * In an encrypted case every file but {@code case.json} and {@code custody.head} (which holds only a hash) is
 * sealed ({@link Sealed}). New files are first staged as {@code .pending-<name>}, then logged, then renamed into
 * place ({@link #stage}, {@link #commit}), so that a crash at any point leaves a case that verifies.
 */
final class CaseFolder implements CaseFiles {
    static final String SETTINGS = "case.json";
    static final String PENDING = ".pending-";
    static final String LOCK = "case.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final String FORMAT = "malcomms.case/1";
    static final int MIN_PASSPHRASE = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final CaseKey key;

    private CaseFolder(Path dir, CaseKey key) {
        this.dir = dir;
        this.key = key;
    }

    static CaseState state(Path dir) throws IOException {
        Path log = dir.resolve(CustodyLog.LOG);
        if (!Files.exists(log)) {
            return CaseState.NEW;
        }
        if (Files.exists(dir.resolve(SETTINGS))) {
            return settings(dir).path("encrypted").asBoolean() ? CaseState.ENCRYPTED : CaseState.PLAIN;
        }
        try (InputStream in = Files.newInputStream(log)) {
            return Sealed.isSealed(in.readNBytes(4)) ? CaseState.ENCRYPTED : CaseState.PLAIN;
        }
    }

    static boolean hasSettings(Path dir) {
        return Files.exists(dir.resolve(SETTINGS));
    }

    private static JsonNode settings(Path dir) throws IOException {
        try {
            return JSON.readTree(Files.readAllBytes(dir.resolve(SETTINGS)));
        } catch (IOException e) {
            throw new IOException(dir.resolve(SETTINGS) + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Opens an existing case; the passphrase is needed (and checked) only when the case is encrypted. */
    static CaseFolder open(Path dir, char[] passphrase) throws IOException {
        if (state(dir) != CaseState.ENCRYPTED) {
            return new CaseFolder(dir, null);
        }
        if (passphrase == null) {
            throw new PassphraseException("case " + dir + " is encrypted: give its passphrase at the terminal or in"
                    + " MALCOMMS_PASSPHRASE");
        }
        JsonNode s = settings(dir);
        JsonNode kdf = s.path("kdf");
        CaseKey key;
        try {
            key = CaseKey.derive(passphrase, Base64.getDecoder().decode(kdf.path("salt").asText()),
                    new Scrypt(kdf.path("n").asInt(), kdf.path("r").asInt(), kdf.path("p").asInt()));
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(SETTINGS) + " has damaged key-derivation settings: " + e.getMessage());
        }
        if (!MessageDigest.isEqual(key.check(), HexFormat.of().parseHex(s.path("check").asText()))) {
            throw new PassphraseException("wrong passphrase for case " + dir + " (nothing was changed)");
        }
        return new CaseFolder(dir, key);
    }

    /** Starts a case in a new or empty folder, encrypted under the passphrase, or plain when it is null. */
    static CaseFolder create(Path dir, char[] passphrase, Scrypt cost) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                if (list.anyMatch(p -> !leftoverOfCreation(p))) {
                    throw new IOException(dir + " is not empty and holds no malcomms case; choose a new folder");
                }
            }
        }
        Files.createDirectories(dir);
        ObjectNode s = JSON.createObjectNode();
        s.put("format", FORMAT);
        CaseKey key = null;
        if (passphrase != null) {
            if (passphrase.length < MIN_PASSPHRASE) {
                throw new PassphraseException("the passphrase is too short; choose one of at least " + MIN_PASSPHRASE
                        + " characters (a few unrelated words are easy to remember and hard to guess)");
            }
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            key = CaseKey.derive(passphrase, salt, cost);
            s.put("encrypted", true);
            s.put("cipher", "AES-256-GCM, 64 KiB segments, a key per file");
            s.putObject("kdf").put("name", "scrypt").put("n", cost.n()).put("r", cost.r()).put("p", cost.p())
                    .put("salt", Base64.getEncoder().encodeToString(salt));
            s.put("check", HexFormat.of().formatHex(key.check()));
        } else {
            s.put("encrypted", false);
        }
        AtomicFiles.write(dir.resolve(SETTINGS), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        return new CaseFolder(dir, key);
    }

    /** A case killed while being created holds at most its settings and empty folders; creating it again is safe. */
    private static boolean leftoverOfCreation(Path p) {
        String name = p.getFileName().toString();
        if (name.equals(SETTINGS) || name.equals(LOCK) || name.startsWith(".tmp-")) {
            return true;
        }
        try (Stream<Path> inside = Files.isDirectory(p) ? Files.list(p) : Stream.of(p)) {
            return (name.equals("originals") || name.equals("derived")) && inside.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A change to a case: it reads, writes and logs. */
    @FunctionalInterface
    interface Change<T> {
        T make() throws IOException;
    }

    /**
     * Makes a change with the case to itself: other threads of this process and other processes (a command line
     * and the web app, say) wait, so no custody entry is lost to a concurrent append and no staged file is taken
     * for a crash's leftover. Re-entrant within a thread.
     */
    <T> T exclusive(Change<T> change) throws IOException {
        ReentrantLock lock = IN_PROCESS.computeIfAbsent(dir.toAbsolutePath().normalize(), p -> new ReentrantLock());
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return change.make();
            }
            try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = ch.lock()) {
                return change.make();
            }
        } finally {
            lock.unlock();
        }
    }

    Path dir() {
        return dir;
    }

    boolean encrypted() {
        return key != null;
    }


    @Override
    public boolean exists(String path) {
        return Files.exists(dir.resolve(path));
    }

    /** The plaintext of a file; a staged file is opened under the path it will have once committed. */
    @Override
    public InputStream open(String path) throws IOException {
        InputStream in = Files.newInputStream(dir.resolve(path));
        return key == null || !sealed(path) ? in : Sealed.open(in, key, finalPath(path));
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path sub = dir.resolve(folder);
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(sub)) {
            try (Stream<Path> files = Files.list(sub)) {
                files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".tmp-")).sorted()
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** Writes (sealing it in an encrypted case) a whole file in one atomic step. */
    void write(String path, byte[] plain) throws IOException {
        write(path, out -> out.write(plain));
    }

    /** Writes a file atomically through {@code content}, sealing it in an encrypted case; returns its SHA-256. */
    String write(String path, AtomicFiles.Content content) throws IOException {
        MessageDigest digest = Hashes.sha256Digest();
        AtomicFiles.write(dir.resolve(path), out -> {
            OutputStream sealed = key == null || !sealed(path) ? out : Sealed.seal(out, key, finalPath(path));
            DigestOutputStream hashing = new DigestOutputStream(sealed, digest);
            content.writeTo(hashing);
            hashing.flush();
            sealed.close();
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes a file to be committed later under {@code path}; returns the SHA-256 of its plaintext. */
    String stage(String path, AtomicFiles.Content content) throws IOException {
        return write(pending(path), content);
    }

    /** Moves a staged file into place. */
    void commit(String path) throws IOException {
        AtomicFiles.rename(dir.resolve(pending(path)), dir.resolve(path));
    }

    /** Deletes the temporary files of writes a crash interrupted before they were complete. */
    void removeTemporaries() throws IOException {
        for (String sub : List.of("", "originals", "derived", "timestamps")) {
            Path folder = dir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(f -> f.getFileName().toString().startsWith(".tmp-")).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    void discard(String path) throws IOException {
        Files.deleteIfExists(dir.resolve(path));
    }

    /** Every file is sealed in an encrypted case but its settings and the custody head. */
    private static boolean sealed(String path) {
        return !path.equals(SETTINGS) && !path.equals(CustodyLog.HEAD);
    }

    /** {@code derived/.pending-report.html} for {@code derived/report.html}. */
    static String pending(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + PENDING + path.substring(slash + 1);
    }

    static String finalPath(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        return name.startsWith(PENDING) ? path.substring(0, slash + 1) + name.substring(PENDING.length()) : path;
    }
}
