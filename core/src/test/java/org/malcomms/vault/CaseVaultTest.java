package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;

class CaseVaultTest {
    @TempDir
    Path dir;
    Path caseDir;
    String sha;

    @BeforeEach
    void preserveTheExample() throws Exception {
        caseDir = dir.resolve("case");
        CaseVault vault = CaseVault.createPlain(caseDir, "Priya Shah", "malcomms test");
        sha = vault.preserve(new FileSource(TestFiles.example())).sha256();
        vault.derive("messages.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8), List.of(sha), "test");
    }

    @Test
    void aFreshCaseIsIntactAndHoldsTheOriginalByHash() throws Exception {
        assertThat(Verification.check(caseDir, null).problems()).isEmpty();
        assertThat(Files.readAllBytes(caseDir.resolve("originals").resolve(sha)))
                .isEqualTo(Files.readAllBytes(TestFiles.example()));
        assertThat(sha).isEqualTo(Hashes.sha256(TestFiles.example()));
        List<CustodyEntry> entries = CaseVault.open(caseDir, "x", "y", null).entries();
        assertThat(entries).extracting(CustodyEntry::action).containsExactly("create-case", "preserve", "derive");
        assertThat(entries.get(1).prev()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).inputs()).containsExactly(sha);
    }

    @Test
    void preservingTheSameFileTwiceStoresItOnceUnderOneExhibitReference() throws Exception {
        CaseVault again = CaseVault.open(caseDir, "Priya Shah", "t", null);
        assertThat(again.preserve(new FileSource(TestFiles.example())).ref()).isEqualTo("PS/1");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "01/01/2025, 10:00 - A: hi\n");
        assertThat(again.preserve(new FileSource(other)).ref()).isEqualTo("PS/2");
        assertThat(again.exhibits()).extracting(Exhibit::ref).containsExactly("PS/1", "PS/2");
        try (var files = Files.list(caseDir.resolve("originals"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(Verification.check(caseDir, null).intact()).isTrue();
    }

    @Test
    void oneChangedByteInAnOriginalIsNamed() throws Exception {
        Path original = caseDir.resolve("originals").resolve(sha);
        byte[] bytes = Files.readAllBytes(original);
        bytes[100] ^= 1;
        original.toFile().setWritable(true);
        Files.write(original, bytes);
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("originals/" + sha)
                .contains("altered");
    }

    @Test
    void aDeletedCustodyEntryIsNamed() throws Exception {
        rewriteLog(lines -> lines.remove(1));
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("custody.log line 2");
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheHead() throws Exception {
        rewriteLog(lines -> lines.remove(2));
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("custody.head");
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        rewriteLog(lines -> lines.add(1, lines.remove(2)));
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("custody.log line 2");
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        rewriteLog(lines -> lines.set(1, lines.get(1).replace("Priya Shah", "Someone Else")));
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("line 2").contains("altered");
    }

    @Test
    void aRemovedOriginalAndAnUnloggedFileAreNamed() throws Exception {
        Files.delete(caseDir.resolve("originals").resolve(sha));
        Files.writeString(caseDir.resolve("originals").resolve("planted"), "x");
        List<String> problems = Verification.check(caseDir, null).problems();
        assertThat(problems.get(0)).contains("missing");
        assertThat(problems).anyMatch(p -> p.contains("planted") && p.contains("not in the custody log"));
    }

    @Test
    void anAlteredDerivedFileIsNamed() throws Exception {
        Files.writeString(caseDir.resolve("derived/messages.jsonl"), "{\"forged\":true}\n");
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("derived/messages.jsonl");
    }

    @Test
    void twoSwappedFilesAreNamed() throws Exception {
        CaseVault vault = CaseVault.open(caseDir, "Priya Shah", "t", null);
        vault.derive("assessment.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), List.of(sha), "test");
        Path a = caseDir.resolve("derived/messages.jsonl");
        Path b = caseDir.resolve("derived/assessment.json");
        byte[] first = Files.readAllBytes(a);
        Files.write(a, Files.readAllBytes(b));
        Files.write(b, first);
        assertThat(Verification.check(caseDir, null).problems()).hasSize(2).allMatch(p -> p.contains("altered"));
    }

    @Test
    void aDerivationFromAHashTheCaseNeverHeldIsNamed() throws Exception {
        CaseVault vault = CaseVault.open(caseDir, "Priya Shah", "t", null);
        vault.derive("notes.txt", new byte[] {1}, List.of("ab".repeat(32)), "test");
        assertThat(Verification.check(caseDir, null).problems().get(0)).contains("custody entry 4")
                .contains("never held");
    }

    @Test
    void aChangedLogIsRefusedWhenOpeningTheCaseToAddToIt() throws Exception {
        rewriteLog(lines -> lines.remove(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseVault.open(caseDir, "x", "y", null))
                .hasMessageContaining("fails its integrity check");
    }

    @Test
    void exhibitReferencesAreStableAcrossOpenings() throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "01/01/2025, 10:00 - A: hi\n");
        assertThat(CaseVault.open(caseDir, "Dean Whitlock", "t", null).preserve(new FileSource(other)).ref())
                .isEqualTo("DW/2");
        CaseVault later = CaseVault.open(caseDir, "Someone Else", "t", null);
        assertThat(later.preserve(new FileSource(TestFiles.example())).ref()).isEqualTo("PS/1");
        assertThat(later.exhibits()).extracting(Exhibit::ref).containsExactly("PS/1", "DW/2");
        assertThat(Exhibit.initials("priya")).isEqualTo("PR");
        assertThat(Exhibit.initials("Mary-Jane O'Neil")).isEqualTo("MJO");
        assertThat(Exhibit.initials("  ")).isEqualTo("EX");
    }

    @Test
    void twoProcessesAddingAtOnceLoseNoEntryAndShareNoExhibitNumber() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path f = dir.resolve("chat-" + i + ".txt");
            Files.writeString(f, "01/01/2025, 10:" + String.format("%02d", i) + " - A: message " + i + "\n");
            files.add(f);
        }
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 2; t++) {
            List<Path> mine = files.subList(t * 10, t * 10 + 10);
            threads.add(new Thread(() -> {
                try {
                    CaseVault vault = CaseVault.open(caseDir, "Priya Shah", "t", null);
                    for (Path f : mine) {
                        vault.preserve(new FileSource(f));
                        vault.derive("latest.txt", Files.readAllBytes(f), List.of(Hashes.sha256(f)), "copy");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        Verification.Result r = Verification.check(caseDir, null);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).isEqualTo(3 + 40);
        assertThat(CaseVault.open(caseDir, "x", "y", null).exhibits()).extracting(Exhibit::ref)
                .doesNotHaveDuplicates().hasSize(21);
    }

    private void rewriteLog(java.util.function.Consumer<List<String>> edit) throws Exception {
        Path log = caseDir.resolve("custody.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        edit.accept(lines);
        Files.write(log, lines);
    }
}
