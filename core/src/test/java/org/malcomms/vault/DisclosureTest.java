package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.Warnings;
import org.malcomms.model.Message;
import org.malcomms.model.Perspective;
import org.malcomms.model.Timeline;
import org.malcomms.report.HtmlReport;
import org.malcomms.report.JsonReport;
import org.malcomms.report.MarkdownReport;

class DisclosureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CaseVault vault;
    String sha;

    @BeforeEach
    void assessTheExampleIntoACase() throws Exception {
        vault = CaseVault.createPlain(dir.resolve("case"), "Priya Shah", "t");
        SourceInput source = new FileSource(TestFiles.example());
        sha = vault.preserve(source).sha256();
        Malcomms malcomms = Malcomms.standard();
        Timeline t = malcomms.importAll(List.of(source), null, new ImportContext(ZoneId.of("Europe/London"),
                new Warnings(w -> { }), p -> { }));
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Message m : t.messages()) {
            lines.write((JsonReport.messageLine(m) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        vault.derive("messages.jsonl", lines.toByteArray(), List.of(sha), "import");
        CaseResult r = malcomms.assess(t, "Priya Shah", Perspective.COMPLAINANT);
        vault.derive("assessment.json", JsonReport.assessmentText(r.assessment()).getBytes(StandardCharsets.UTF_8),
                List.of(sha), "assess");
        vault.derive("report.html", HtmlReport.render(r).getBytes(StandardCharsets.UTF_8), List.of(sha), "assess");
        vault.derive("report.md", MarkdownReport.render(r).getBytes(StandardCharsets.UTF_8), List.of(sha), "assess");
    }

    @Test
    void anAddressAndAWithheldMessageAreMaskedInEveryCopyAndTheOriginalsAreUntouched() throws Exception {
        byte[] original = vault.read("originals/" + sha);
        byte[] messages = vault.read("derived/messages.jsonl");
        Disclosure.Made made = Disclosure.make(vault, List.of("rosebery   road", "Kayleigh"), Set.of("m-000002"));
        assertThat(made.refused()).isEmpty();
        assertThat(made.files()).containsExactly("derived/disclosure-messages.jsonl",
                "derived/disclosure-assessment.json", "derived/disclosure-report.html", "derived/disclosure-report.md");
        for (String f : made.files()) {
            String copy = new String(vault.read(f), StandardCharsets.UTF_8);
            assertThat(copy).as(f).doesNotContainIgnoringCase("Rosebery").doesNotContain("Kayleigh")
                    .doesNotContain("invoice for the refit");
            if (!f.endsWith(".json")) {
                assertThat(copy).as(f).contains("[REDACTED]");
            }
        }
        List<JsonNode> lines = new String(vault.read("derived/disclosure-messages.jsonl"), StandardCharsets.UTF_8)
                .lines().map(DisclosureTest::json).toList();
        JsonNode withheld = lines.stream().filter(m -> m.get("id").asText().equals("m-000002")).findFirst()
                .orElseThrow();
        assertThat(withheld.get("text").asText()).isEqualTo("[withheld]");
        assertThat(withheld.get("redacted").asBoolean()).isTrue();
        assertThat(withheld.get("source").get("sha256").asText()).isEqualTo(sha);
        JsonNode address = lines.stream().filter(m -> m.get("text").asText().contains("I know where you live"))
                .findFirst().orElseThrow();
        assertThat(address.get("text").asText()).isEqualTo("I know where you live Priya. [REDACTED] isn't that far"
                + " from mine");
        assertThat(lines.stream().filter(m -> m.has("redacted"))).hasSize(3);

        assertThat(vault.read("originals/" + sha)).isEqualTo(original);
        assertThat(vault.read("derived/messages.jsonl")).isEqualTo(messages);
        CustodyEntry entry = vault.entries().get(vault.entries().size() - 4);
        assertThat(entry.details().get("file")).isEqualTo("derived/disclosure-messages.jsonl");
        assertThat(entry.inputs()).containsExactly(Hashes.sha256(messages));
        assertThat(entry.details().toString()).doesNotContainIgnoringCase("rosebery").contains("2 phrase(s)");
        assertThat(Verification.check(vault.dir(), null).problems()).isEmpty();
    }

    @Test
    void anUnknownMessageIdIsRefused() {
        assertThatThrownBy(() -> Disclosure.make(vault, List.of(), Set.of("m-999999")))
                .hasMessageContaining("m-999999");
    }

    @Test
    void aCaseWithoutMessagesIsRefused() throws Exception {
        CaseVault empty = CaseVault.createPlain(dir.resolve("empty"), "P S", "t");
        assertThatThrownBy(() -> Disclosure.make(empty, List.of("x"), Set.of())).hasMessageContaining("import");
        assertThat(Files.exists(dir.resolve("empty/derived"))).isFalse();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
