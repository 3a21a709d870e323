package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;

class TimestampTest {
    @TempDir
    Path dir;

    @Test
    void theLogHeadIsStampedByTheAuthorityAndCheckedOffline() throws Exception {
        Path caseDir = dir.resolve("case");
        CaseVault vault = CaseVault.create(caseDir, "Priya Shah", "t", EncryptedCaseTest.PASS,
                EncryptedCaseTest.CHEAP);
        String sha = vault.preserve(new FileSource(TestFiles.example())).sha256();
        vault.derive("messages.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8), List.of(sha), "test");
        try (LocalTsa tsa = new LocalTsa("Test TSA")) {
            assertThat(vault.timestamp(tsa.uri())).startsWith("20");
        }
        assertThat(caseDir.resolve("timestamps/3.tsr")).exists();
        CustodyEntry stamp = vault.entries().get(3);
        assertThat(stamp.action()).isEqualTo("timestamp");
        assertThat(stamp.inputs()).containsExactly(vault.entries().get(2).hash());
        Verification.Result r = Verification.check(caseDir, EncryptedCaseTest.PASS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("custody entry 3 timestamped") && n.contains("CN=Test TSA"));
    }

    @Test
    void aTokenForAnotherEntryOrFromAForgedAuthorityDoesNotPass() throws Exception {
        String entry = "ab".repeat(32);
        byte[] token = token(entry);
        assertThat(Timestamps.check(token, entry, "timestamps/3.tsr", 3)).contains("custody entry 3");
        assertThatThrownBy(() -> Timestamps.check(token, "cd".repeat(32), "timestamps/3.tsr", 3))
                .hasMessageContaining("not of custody entry 3");
        byte[] broken = token.clone();
        broken[broken.length - 10] ^= 1;
        assertThatThrownBy(() -> Timestamps.check(broken, entry, "timestamps/3.tsr", 3))
                .isInstanceOf(Timestamps.Invalid.class);
        assertThatThrownBy(() -> Timestamps.check(new byte[] {1, 2, 3}, entry, "timestamps/3.tsr", 3))
                .hasMessageContaining("not a readable RFC 3161");
    }

    @Test
    void anUnreachableAuthorityFailsClearlyAndChangesNothing() throws Exception {
        Path caseDir = dir.resolve("case");
        CaseVault vault = CaseVault.createPlain(caseDir, "Priya Shah", "t");
        byte[] before = Files.readAllBytes(caseDir.resolve("custody.log"));
        URI closed;
        try (LocalTsa tsa = new LocalTsa("Gone")) {
            closed = tsa.uri();
        }
        URI nowhere = closed;
        assertThatThrownBy(() -> vault.timestamp(nowhere)).hasMessageContaining("127.0.0.1");
        assertThat(Files.readAllBytes(caseDir.resolve("custody.log"))).isEqualTo(before);
        assertThat(caseDir.resolve("timestamps")).doesNotExist();
    }

    private static byte[] token(String hash) throws Exception {
        var request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        return LocalTsa.tokens("Test TSA").generate(request.generate(TSPAlgorithms.SHA256,
                HexFormat.of().parseHex(hash)), BigInteger.TEN, new Date()).getEncoded();
    }
}
