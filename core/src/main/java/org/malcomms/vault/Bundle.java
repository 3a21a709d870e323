package org.malcomms.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A case exported for police or solicitors as a BagIt bag (RFC 8493, version 1.0) in a zip: the payload
 * ({@code data/}) holds the originals, the derived files (reports), the timestamps, the custody log and its head,
 * all DECRYPTED so that the recipient can read them without the passphrase; {@code manifest-sha256.txt} lists the
 * SHA-256 of every payload file, {@code tagmanifest-sha256.txt} that of every tag file, {@code bag-info.txt}
 * describes the bag and {@code exhibits.txt} lists the exhibits with their references. {@link #verify} checks the
 * bag and then the case inside it exactly as a case folder is checked. The export itself is logged in the case
 * (action {@code bundle}, with the zip's SHA-256), after the entries the bundle holds.
 */
public final class Bundle {
    static final String BASE = "malcomms-bundle/";
    private static final int MAX_ENTRIES = 100_000;

    private Bundle() {
    }

    /** What was written: how many payload files and how many bytes. */
    public record Written(int files, long bytes) {
    }

    /**
     * Writes the bundle atomically. The case is verified first; a case that does not verify is not bundled
     * ({@link IOException} naming the first failure).
     */
    public static Written write(CaseVault vault, Path zip, String toolVersion) throws IOException {
        CaseFiles files = vault.files();
        Verification.Result check = Verification.check(files);
        if (!check.intact()) {
            throw new IOException("the case does not verify, so it was not bundled: " + check.problems().get(0));
        }
        List<CustodyEntry> entries = vault.entries();
        CustodyEntry last = entries.get(entries.size() - 1);
        List<String> payload = new ArrayList<>(List.of(CustodyLog.LOG));
        for (String folder : List.of("originals", "derived", "timestamps")) {
            for (String name : files.list(folder)) {
                if (!name.startsWith(CaseFolder.PENDING)) {
                    payload.add(folder + "/" + name);
                }
            }
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        long[] bytes = {0};
        MessageDigest zipDigest = Hashes.sha256Digest();
        AtomicFiles.write(zip, out -> {
            ZipOutputStream z = new ZipOutputStream(new DigestOutputStream(out, zipDigest), StandardCharsets.UTF_8);
            Map<String, byte[]> tags = new LinkedHashMap<>();
            tags.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(
                    StandardCharsets.UTF_8));
            put(z, "bagit.txt", tags.get("bagit.txt"));
            for (String path : payload) {
                z.putNextEntry(new ZipEntry(BASE + "data/" + path));
                MessageDigest digest = Hashes.sha256Digest();
                try (InputStream in = files.open(path)) {
                    bytes[0] += in.transferTo(new DigestOutputStream(z, digest));
                }
                z.closeEntry();
                manifest.put("data/" + path, HexFormat.of().formatHex(digest.digest()));
            }
            byte[] head = (last.seq() + " " + last.hash() + "\n").getBytes(StandardCharsets.UTF_8);
            put(z, BASE + "data/" + CustodyLog.HEAD, head);
            manifest.put("data/" + CustodyLog.HEAD, Hashes.sha256(head));
            bytes[0] += head.length;
            StringBuilder m = new StringBuilder();
            manifest.forEach((p, h) -> m.append(h).append("  ").append(p).append('\n'));
            tags.put("manifest-sha256.txt", m.toString().getBytes(StandardCharsets.UTF_8));
            tags.put("bag-info.txt", bagInfo(toolVersion, bytes[0], manifest.size(), last)
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder ex = new StringBuilder("# exhibit\tsha256\tbytes\treceived\tproducer\toriginal name\n");
            for (Exhibit e : vault.exhibits()) {
                ex.append(e.ref()).append('\t').append(e.sha256()).append('\t').append(e.size()).append('\t')
                        .append(e.receivedAt()).append('\t').append(e.producer()).append('\t').append(e.name())
                        .append('\n');
            }
            tags.put("exhibits.txt", ex.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder tm = new StringBuilder();
            for (Map.Entry<String, byte[]> t : tags.entrySet()) {
                if (!t.getKey().equals("bagit.txt")) {
                    put(z, BASE + t.getKey(), t.getValue());
                }
                tm.append(Hashes.sha256(t.getValue())).append("  ").append(t.getKey()).append('\n');
            }
            put(z, BASE + "tagmanifest-sha256.txt", tm.toString().getBytes(StandardCharsets.UTF_8));
            z.finish();
        });
        vault.record("bundle", List.of(last.hash()), List.of(HexFormat.of().formatHex(zipDigest.digest())),
                Map.of("payloadFiles", String.valueOf(manifest.size()), "payloadBytes", String.valueOf(bytes[0]),
                        "note", "exported decrypted for disclosure"));
        return new Written(manifest.size(), bytes[0]);
    }

    private static void put(ZipOutputStream z, String name, byte[] content) throws IOException {
        z.putNextEntry(new ZipEntry(name.startsWith(BASE) ? name : BASE + name));
        z.write(content);
        z.closeEntry();
    }

    private static String bagInfo(String toolVersion, long bytes, int count, CustodyEntry last) {
        return "Bag-Software-Agent: malcomms " + toolVersion + "\n"
                + "Bagging-Date: " + LocalDate.now(ZoneOffset.UTC) + "\n"
                + "Payload-Oxum: " + bytes + "." + count + "\n"
                + "External-Description: Evidence exported from a malcomms case for police or solicitors. The\n"
                + "  files are decrypted for disclosure: anyone holding this bundle can read the messages.\n"
                + "  data/originals holds each original exactly as received, named by its SHA-256;\n"
                + "  data/custody.log records every action on the case, hash-chained; exhibits.txt lists\n"
                + "  the exhibit references. Check it with: malcomms verify THIS.zip\n"
                + "Custody-Head: " + last.seq() + " " + last.hash() + "\n";
    }

    /** Checks a bundle: its BagIt manifests first, then the case inside it; the first problem is the one to name. */
    public static Verification.Result verify(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> problems = new ArrayList<>();
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            int n = 0;
            for (ZipEntry e : Collections.list(z.entries())) {
                String name = e.getName();
                if (++n > MAX_ENTRIES) {
                    problems.add(zip + ": more than " + MAX_ENTRIES + " entries; not a malcomms bundle");
                    break;
                }
                if (name.startsWith("/") || name.contains("\\") || name.contains("../") || name.contains(":")) {
                    problems.add(zip + ": entry " + name + " has an unsafe path");
                } else if (!name.startsWith(BASE)) {
                    problems.add(zip + ": entry " + name + " is outside the bag folder " + BASE);
                } else if (!e.isDirectory()) {
                    entries.put(name.substring(BASE.length()), e);
                }
            }
            if (!problems.isEmpty()) {
                return new Verification.Result(0, 0, 0, problems, List.of());
            }
            BagFiles bag = new BagFiles(z, entries);
            if (!bag.exists("../bagit.txt") || !new String(bag.read("../bagit.txt"), StandardCharsets.UTF_8)
                    .contains("BagIt-Version: 1.0")) {
                problems.add("bagit.txt: missing or not BagIt 1.0; not a malcomms bundle");
                return new Verification.Result(0, 0, 0, problems, List.of());
            }
            Map<String, String> payload = manifest(bag, "manifest-sha256.txt", problems);
            for (String name : entries.keySet()) {
                if (name.startsWith("data/") && !payload.containsKey(name)) {
                    problems.add(name + ": in the bundle but not in manifest-sha256.txt");
                }
            }
            checkAll(bag, payload, problems);
            Map<String, String> tags = manifest(bag, "tagmanifest-sha256.txt", problems);
            if (!tags.containsKey("manifest-sha256.txt")) {
                problems.add("tagmanifest-sha256.txt does not cover manifest-sha256.txt");
            }
            checkAll(bag, tags, problems);
            Verification.Result inside = Verification.check(bag);
            List<String> all = new ArrayList<>(problems);
            all.addAll(inside.problems());
            return new Verification.Result(inside.entries(), inside.originals(), inside.derived(), all,
                    inside.notes());
        }
    }

    private static Map<String, String> manifest(BagFiles bag, String name, List<String> problems)
            throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!bag.exists("../" + name)) {
            problems.add(name + " is missing");
            return m;
        }
        int lineNo = 0;
        for (String line : new String(bag.read("../" + name), StandardCharsets.UTF_8).split("\n")) {
            lineNo++;
            String[] parts = line.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                if (!line.isBlank()) {
                    problems.add(name + " line " + lineNo + ": not a checksum and a path");
                }
                continue;
            }
            m.put(parts[1], parts[0]);
        }
        return m;
    }

    private static void checkAll(BagFiles bag, Map<String, String> manifest, List<String> problems)
            throws IOException {
        for (Map.Entry<String, String> f : manifest.entrySet()) {
            String rel = "../" + f.getKey();
            if (!bag.exists(rel)) {
                problems.add(f.getKey() + ": listed in the manifest but missing from the bundle");
                continue;
            }
            try (InputStream in = bag.open(rel)) {
                if (!Hashes.sha256(in).equals(f.getValue())) {
                    problems.add(f.getKey() + ": content altered (its SHA-256 does not match the bag manifest)");
                }
            }
        }
    }

    /** The payload of a bag as case files: {@code custody.log} is {@code data/custody.log}, and so on. */
    private static final class BagFiles implements CaseFiles {
        private final ZipFile z;
        private final Map<String, ZipEntry> entries;

        BagFiles(ZipFile z, Map<String, ZipEntry> entries) {
            this.z = z;
            this.entries = entries;
        }

        private static String key(String path) {
            return path.startsWith("../") ? path.substring(3) : "data/" + path;
        }

        @Override
        public boolean exists(String path) {
            return entries.containsKey(key(path));
        }

        @Override
        public InputStream open(String path) throws IOException {
            ZipEntry e = entries.get(key(path));
            if (e == null) {
                throw new java.nio.file.NoSuchFileException(path);
            }
            return z.getInputStream(e);
        }

        @Override
        public List<String> list(String folder) {
            String prefix = "data/" + folder + "/";
            return entries.keySet().stream().filter(k -> k.startsWith(prefix) && k.indexOf('/', prefix.length()) < 0)
                    .map(k -> k.substring(prefix.length())).sorted().toList();
        }
    }
}
