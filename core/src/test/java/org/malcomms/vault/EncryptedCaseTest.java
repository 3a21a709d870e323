package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;

class EncryptedCaseTest {
    /** A cheap cost so the tests run fast; cases made by the tool use {@link Scrypt#STANDARD}. */
    static final Scrypt CHEAP = new Scrypt(1 << 10, 8, 1);
    static final char[] PASS = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;
    Path caseDir;
    String sha;

    @BeforeEach
    void preserveTheExample() throws Exception {
        caseDir = dir.resolve("case");
        CaseVault vault = CaseVault.create(caseDir, "Priya Shah", "malcomms test", PASS, CHEAP);
        sha = vault.preserve(new FileSource(TestFiles.example(), "WhatsApp Chat with Dean Whitlock.txt")).sha256();
        vault.derive("messages.jsonl", "{\"text\":\"you will regret this\"}\n".getBytes(StandardCharsets.UTF_8),
                List.of(sha), "test");
    }

    @Test
    void nothingInTheFolderGivesAwayNamesOrMessages() throws Exception {
        assertThat(CaseVault.state(caseDir)).isEqualTo(CaseState.ENCRYPTED);
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(raw).as(f.toString()).doesNotContain("Dean").doesNotContain("Priya")
                        .doesNotContain("regret").doesNotContain("Whitlock");
            }
        }
        assertThat(Files.readString(caseDir.resolve("case.json"))).contains("scrypt").doesNotContain("passphrase\"");
        byte[] stored = Files.readAllBytes(caseDir.resolve("originals").resolve(sha));
        assertThat(stored).isNotEqualTo(Files.readAllBytes(TestFiles.example()));
    }

    @Test
    void theRightPassphraseOpensAndVerifiesItWithPlaintextHashes() throws Exception {
        Verification.Result r = Verification.check(caseDir, PASS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.originals()).isEqualTo(1);
        CaseVault vault = CaseVault.open(caseDir, "Priya Shah", "t", PASS);
        assertThat(vault.read("originals/" + sha)).isEqualTo(Files.readAllBytes(TestFiles.example()));
        assertThat(sha).isEqualTo(Hashes.sha256(TestFiles.example()));
        assertThat(vault.exhibits()).extracting(Exhibit::name).containsExactly("WhatsApp Chat with Dean Whitlock.txt");
    }

    @Test
    void aWrongOrMissingPassphraseFailsClearlyAndChangesNothing() throws Exception {
        byte[] logBefore = Files.readAllBytes(caseDir.resolve("custody.log"));
        List<Path> before = listing();
        assertThatThrownBy(() -> CaseVault.open(caseDir, "x", "y", "wrong horse".toCharArray()))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("wrong passphrase");
        assertThatThrownBy(() -> Verification.check(caseDir, "wrong horse".toCharArray()))
                .isInstanceOf(PassphraseException.class);
        assertThatThrownBy(() -> CaseVault.open(caseDir, "x", "y", null))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("encrypted");
        assertThat(Files.readAllBytes(caseDir.resolve("custody.log"))).isEqualTo(logBefore);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aFlippedByteInASealedOriginalIsNamed() throws Exception {
        Path original = caseDir.resolve("originals").resolve(sha);
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 1;
        Files.write(original, bytes);
        assertThat(Verification.check(caseDir, PASS).problems().get(0)).contains("originals/" + sha)
                .contains("does not authenticate");
    }

    @Test
    void twoSwappedSealedFilesAreNamed() throws Exception {
        Path original = caseDir.resolve("originals").resolve(sha);
        Path derived = caseDir.resolve("derived/messages.jsonl");
        byte[] a = Files.readAllBytes(original);
        Files.write(original, Files.readAllBytes(derived));
        Files.write(derived, a);
        List<String> problems = Verification.check(caseDir, PASS).problems();
        assertThat(problems).hasSize(2).allMatch(p -> p.contains("does not authenticate"));
    }

    @Test
    void anEditedSealedLogIsNamed() throws Exception {
        Path log = caseDir.resolve("custody.log");
        byte[] bytes = Files.readAllBytes(log);
        bytes[40] ^= 4;
        Files.write(log, bytes);
        assertThat(Verification.check(caseDir, PASS).problems().get(0)).contains("custody.log")
                .contains("does not authenticate");
    }

    @Test
    void aTruncatedSealedFileIsNamed() throws Exception {
        Path big = dir.resolve("big.txt");
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3 * Sealed.SEGMENT) {
            sb.append("01/01/2025, 10:00 - A: line ").append(sb.length()).append('\n');
        }
        Files.writeString(big, sb);
        String bigSha = CaseVault.open(caseDir, "Priya Shah", "t", PASS).preserve(new FileSource(big)).sha256();
        assertThat(Verification.check(caseDir, PASS).intact()).isTrue();
        Path stored = caseDir.resolve("originals").resolve(bigSha);
        byte[] bytes = Files.readAllBytes(stored);
        Files.write(stored, java.util.Arrays.copyOf(bytes, 20 + 2 * (Sealed.SEGMENT + 16)));
        assertThat(Verification.check(caseDir, PASS).problems().get(0)).contains(bigSha)
                .contains("does not authenticate");
    }

    @Test
    void aShortPassphraseOrAnAbsurdCostInCaseJsonIsRefused() throws Exception {
        assertThatThrownBy(() -> CaseVault.create(dir.resolve("short"), "P S", "t", "1234567".toCharArray(), CHEAP))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("at least 8");
        Path settings = caseDir.resolve("case.json");
        Files.writeString(settings, Files.readString(settings).replace("\"n\" : 1024", "\"n\" : 1073741824"));
        assertThatThrownBy(() -> CaseVault.open(caseDir, "x", "y", PASS)).hasMessageContaining("beyond");
    }

    @Test
    void aDeletedCaseJsonIsNamed() throws Exception {
        Files.delete(caseDir.resolve("case.json"));
        assertThat(CaseVault.state(caseDir)).isEqualTo(CaseState.ENCRYPTED);
        assertThat(Verification.check(caseDir, PASS).problems().get(0)).contains("case.json is missing");
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.walk(caseDir)) {
            return files.sorted().toList();
        }
    }
}
