package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;

class BundleTest {
    private static final String BASE = "malcomms-bundle/";

    @TempDir
    Path dir;
    Path caseDir;
    Path zip;
    String sha;

    @BeforeEach
    void bundleAnEncryptedCase() throws Exception {
        caseDir = dir.resolve("case");
        CaseVault vault = CaseVault.create(caseDir, "Priya Shah", "t", EncryptedCaseTest.PASS,
                EncryptedCaseTest.CHEAP);
        sha = vault.preserve(new FileSource(TestFiles.example(), "WhatsApp Chat with Dean Whitlock.txt")).sha256();
        vault.derive("report.html", "<p>report</p>".getBytes(StandardCharsets.UTF_8), List.of(sha), "test");
        zip = dir.resolve("bundle.zip");
        Bundle.Written w = Bundle.write(vault, zip, "test");
        assertThat(w.files()).isEqualTo(4);
    }

    @Test
    void theBundleIsABagWithDecryptedOriginalsAndVerifies() throws Exception {
        Map<String, byte[]> entries = read(zip);
        assertThat(entries.keySet()).contains(BASE + "bagit.txt", BASE + "bag-info.txt", BASE + "manifest-sha256.txt",
                BASE + "tagmanifest-sha256.txt", BASE + "exhibits.txt", BASE + "data/custody.log",
                BASE + "data/custody.head", BASE + "data/originals/" + sha, BASE + "data/derived/report.html");
        assertThat(entries.get(BASE + "data/originals/" + sha)).isEqualTo(Files.readAllBytes(TestFiles.example()));
        assertThat(text(entries, "manifest-sha256.txt")).contains(sha + "  data/originals/" + sha);
        assertThat(text(entries, "bag-info.txt")).contains("Bag-Software-Agent", "Payload-Oxum: ")
                .contains("decrypted");
        assertThat(text(entries, "bagit.txt")).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        assertThat(text(entries, "exhibits.txt")).contains("PS/1\t" + sha).contains("WhatsApp Chat with Dean");
        assertThat(text(entries, "data/custody.log")).contains("\"action\":\"preserve\"");
        Verification.Result r = Bundle.verify(zip);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).isEqualTo(3);
        assertThat(r.originals()).isEqualTo(1);
    }

    @Test
    void aFlippedByteInABundledOriginalIsNamed() throws Exception {
        rewrite(e -> e.getKey().endsWith(sha) ? flip(e.getValue()) : e.getValue());
        assertThat(Bundle.verify(zip).problems().get(0)).contains("data/originals/" + sha).contains("altered");
    }

    @Test
    void aRemovedFileIsNamed() throws Exception {
        rewrite(e -> e.getKey().endsWith("report.html") ? null : e.getValue());
        assertThat(Bundle.verify(zip).problems().get(0)).contains("data/derived/report.html").contains("missing");
    }

    @Test
    void anEditedLogIsCaughtEvenWhenTheManifestsAreRedone() throws Exception {
        Map<String, byte[]> entries = read(zip);
        String log = text(entries, "data/custody.log").replace("Priya Shah", "Someone Else");
        entries.put(BASE + "data/custody.log", log.getBytes(StandardCharsets.UTF_8));
        String manifest = text(entries, "manifest-sha256.txt").lines().map(l -> l.endsWith("data/custody.log")
                ? Hashes.sha256(log.getBytes(StandardCharsets.UTF_8)) + "  data/custody.log" : l)
                .reduce("", (a, b) -> a + b + "\n");
        entries.put(BASE + "manifest-sha256.txt", manifest.getBytes(StandardCharsets.UTF_8));
        String tags = text(entries, "tagmanifest-sha256.txt").lines().map(l -> l.endsWith(" manifest-sha256.txt")
                ? Hashes.sha256(manifest.getBytes(StandardCharsets.UTF_8)) + "  manifest-sha256.txt" : l)
                .reduce("", (a, b) -> a + b + "\n");
        entries.put(BASE + "tagmanifest-sha256.txt", tags.getBytes(StandardCharsets.UTF_8));
        write(entries);
        List<String> problems = Bundle.verify(zip).problems();
        assertThat(problems.get(0)).contains("custody.log line 1").contains("altered");
    }

    @Test
    void anUnsafeEntryPathIsRefused() throws Exception {
        Map<String, byte[]> entries = read(zip);
        entries.put("../evil.sh", new byte[] {1});
        write(entries);
        assertThat(Bundle.verify(zip).problems().get(0)).contains("../evil.sh").contains("unsafe");
    }

    @Test
    void aCaseThatDoesNotVerifyIsNotBundled() throws Exception {
        Path original = caseDir.resolve("originals").resolve(sha);
        Files.write(original, flip(Files.readAllBytes(original)));
        CaseVault vault = CaseVault.open(caseDir, "Priya Shah", "t", EncryptedCaseTest.PASS);
        Path other = dir.resolve("other.zip");
        assertThatThrownBy(() -> Bundle.write(vault, other, "test")).hasMessageContaining("not bundled")
                .hasMessageContaining(sha);
        assertThat(other).doesNotExist();
    }

    private static byte[] flip(byte[] b) {
        byte[] c = b.clone();
        c[c.length / 2] ^= 1;
        return c;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(BASE + name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> read(Path zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    private void rewrite(java.util.function.Function<Map.Entry<String, byte[]>, byte[]> edit) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : read(zip).entrySet()) {
            byte[] v = edit.apply(e);
            if (v != null) {
                entries.put(e.getKey(), v);
            }
        }
        write(entries);
    }

    private void write(Map<String, byte[]> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }
}
