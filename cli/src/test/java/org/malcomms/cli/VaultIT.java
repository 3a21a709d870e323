package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: an encrypted case made, checked, bundled and redacted by the real jar. */
class VaultIT {
    private static final Map<String, String> PASS = Map.of("MALCOMMS_PASSPHRASE", "purple elephant ladder 42");

    @TempDir
    Path dir;
    Path caseDir;

    @BeforeEach
    void importIntoAnEncryptedCase() throws Exception {
        caseDir = dir.resolve("case");
        Jar.Run run = Jar.runWithEnv(PASS, "import", Jar.example().toString(), "--case", caseDir.toString(),
                "--actor", "Priya Shah", "--out", dir.resolve("messages.jsonl").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("encrypted case");
    }

    @Test
    void theCaseIsUnreadableWithoutThePassphraseAndAWrongOneChangesNothing() throws Exception {
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("Dean").doesNotContain("Priya").doesNotContain("chat.txt");
            }
        }
        Jar.Run ok = Jar.runWithEnv(PASS, "verify", caseDir.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("intact: 3 custody entries, 1 originals, 1 derived");

        byte[] log = Files.readAllBytes(caseDir.resolve("custody.log"));
        Jar.Run wrong = Jar.runWithEnv(Map.of("MALCOMMS_PASSPHRASE", "guess"), "import", Jar.example().toString(),
                "--case", caseDir.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("wrong passphrase").contains("nothing was changed")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(caseDir.resolve("custody.log"))).isEqualTo(log);
        Jar.Run none = Jar.run("verify", caseDir.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("MALCOMMS_PASSPHRASE");
        assertThat(Jar.run("import", Jar.example().toString(), "--case", caseDir.toString(), "--passphrase", "x")
                .exit()).as("there is no passphrase argument").isEqualTo(2);
    }

    @Test
    void theBundleVerifiesWithoutThePassphraseAndATamperedOneExitsFour() throws Exception {
        Path zip = dir.resolve("for-police.zip");
        Jar.Run bundle = Jar.runWithEnv(PASS, "bundle", caseDir.toString(), "--out", zip.toString());
        assertThat(bundle.exit()).as(bundle.err()).isZero();
        assertThat(bundle.err()).contains("decrypted");
        Jar.Run ok = Jar.run("verify", zip.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("intact");

        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                byte[] content = z.getInputStream(e).readAllBytes();
                if (e.getName().contains("/data/originals/")) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    assertThat(text).contains("Dean Whitlock: Fucking thief");
                    content = text.replace("Fucking thief", "Fucking chief").getBytes(StandardCharsets.UTF_8);
                }
                entries.put(e.getName(), content);
            }
        }
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Jar.Run broken = Jar.run("verify", zip.toString());
        assertThat(broken.exit()).isEqualTo(4);
        assertThat(broken.out()).startsWith("BROKEN").contains("data/originals/");
    }

    @Test
    void aRedactedCopyMasksTheAddressAndTheCaseStillVerifies() throws Exception {
        Path phrases = dir.resolve("phrases.txt");
        Files.writeString(phrases, "Rosebery Road\n");
        Path out = dir.resolve("disclosure");
        Jar.Run run = Jar.runWithEnv(PASS, "redact", caseDir.toString(), "--phrases-file", phrases.toString(),
                "--message", "m-000002", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String copy = Files.readString(out.resolve("disclosure-messages.jsonl"));
        assertThat(copy).doesNotContain("Rosebery").contains("[REDACTED]").contains("[withheld]");
        assertThat(Jar.runWithEnv(PASS, "verify", caseDir.toString()).exit()).isZero();
    }

    @Test
    void aTimestampFromALocalAuthorityIsKeptAndCheckedOfflineInTheCaseAndTheBundle() throws Exception {
        try (org.malcomms.vault.LocalTsa tsa = new org.malcomms.vault.LocalTsa("Local Test TSA")) {
            Jar.Run run = Jar.runWithEnv(PASS, "timestamp", caseDir.toString(), "--tsa", tsa.uri().toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("timestamped: 20");
        }
        Jar.Run verify = Jar.runWithEnv(PASS, "verify", caseDir.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("note: custody entry 3 timestamped").contains("CN=Local Test TSA");
        Path zip = dir.resolve("stamped.zip");
        assertThat(Jar.runWithEnv(PASS, "bundle", caseDir.toString(), "--out", zip.toString()).exit()).isZero();
        Jar.Run bundled = Jar.run("verify", zip.toString());
        assertThat(bundled.exit()).as(bundled.out()).isZero();
        assertThat(bundled.out()).contains("timestamped");
    }

    @Test
    void aTamperedCaseIsNotBundled() throws Exception {
        Path original;
        try (Stream<Path> files = Files.list(caseDir.resolve("originals"))) {
            original = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length - 1] ^= 1;
        Files.write(original, bytes);
        Path zip = dir.resolve("b.zip");
        Jar.Run run = Jar.runWithEnv(PASS, "bundle", caseDir.toString(), "--out", zip.toString());
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains(original.getFileName().toString());
        assertThat(zip).doesNotExist();
    }
}
