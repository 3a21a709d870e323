package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the real jar on the example case, checked against shared/docs/CONTRACT.md field by field. */
class CommandLineIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void assessJsonFollowsTheContract() throws Exception {
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--complainant", "Priya Shah", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("schema").asText()).isEqualTo("malcomms.assessment/1");
        assertThat(a.get("jurisdiction").asText()).isEqualTo("england-wales");
        assertThat(a.get("perspective").asText()).isEqualTo("complainant");
        assertThat(a.get("complainant").asText()).isEqualTo("Priya Shah");
        JsonNode s = a.get("summary");
        assertThat(s.get("messages").asInt()).isEqualTo(27);
        assertThat(s.get("skipped").asInt()).isZero();
        assertThat(s.get("parties")).extracting(JsonNode::asText).contains("Priya Shah", "Dean Whitlock");
        assertThat(s.get("firstAt").asText()).isEqualTo("2025-02-03T09:12:00Z");
        assertThat(s.get("lastAt").asText()).isEqualTo("2025-02-16T09:20:00Z");
        JsonNode conversation = s.get("conversations").get(0);
        assertThat(conversation.get("platform").asText()).isEqualTo("whatsapp");
        assertThat(conversation.get("channel").asText()).isEqualTo("direct");
        assertThat(conversation.get("participants")).extracting(JsonNode::asText)
                .containsExactly("Dean Whitlock", "Priya Shah");
        Set<String> strengths = Set.of("strong", "moderate", "weak", "none");
        Set<String> findings = Set.of("supported", "arguable", "unsupported");
        assertThat(a.get("offences")).extracting(o -> o.get("id").asText())
                .contains("mca1988-s1", "pha1997-s2", "osa2023-s181");
        for (JsonNode o : a.get("offences")) {
            assertThat(strengths).contains(o.get("strength").asText());
            assertThat(Set.of("summary", "either-way", "indictable")).contains(o.get("modeOfTrial").asText());
            assertThat(o.get("maxPenalty").asText()).isNotBlank();
            assertThat(o.get("citation").asText()).isNotBlank();
            assertThat(o.get("lawAsAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (JsonNode e : o.get("elements")) {
                assertThat(e.get("id").asText()).isNotBlank();
                assertThat(findings).contains(e.get("finding").asText());
                assertThat(e.get("reasons").isArray()).isTrue();
                if (!e.get("finding").asText().equals("unsupported")) {
                    assertThat(e.get("evidence").size()).as(o.get("id") + "/" + e.get("id")).isPositive();
                    e.get("evidence").forEach(id -> assertThat(id.asText()).matches("m-\\d{6}"));
                }
            }
        }
        assertThat(byId(a, "pha1997-s2").get("strength").asText()).isEqualTo("strong");
        assertThat(byId(a, "mca1988-s1").get("strength").asText()).isEqualTo("strong");
        JsonNode coc = a.get("courseOfConduct");
        assertThat(coc.get("detected").asBoolean()).isTrue();
        assertThat(coc.get("occasions").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(coc.get("evidence").size()).isPositive();
        assertThat(a.get("aggravating")).extracting(f -> f.get("id").asText())
                .contains("repetition", "late-night", "contact-after-request-to-stop", "third-party-contact");
        assertThat(a.get("defencePoints").isArray()).isTrue();
        assertThat(a.get("recommendation").asText()).isEqualTo("escalate");
        assertThat(a.get("immediateDanger").asBoolean()).isTrue();
        assertThat(a.get("nextSteps").get(0).asText()).contains("999");
    }

    private static JsonNode byId(JsonNode a, String id) {
        for (JsonNode o : a.get("offences")) {
            if (o.get("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no offence " + id);
    }

    @Test
    void importPrintsOneContractObjectPerMessage() throws Exception {
        Jar.Run run = Jar.run("import", Jar.example().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(27);
        JsonNode first = JSON.readTree(lines.get(1));
        assertThat(first.get("id").asText()).isEqualTo("m-000002");
        assertThat(first.get("platform").asText()).isEqualTo("whatsapp");
        assertThat(first.get("conversation").asText()).isNotBlank();
        assertThat(first.get("channel").asText()).isEqualTo("direct");
        assertThat(first.get("sender").asText()).isEqualTo("Dean Whitlock");
        assertThat(first.get("sentAt").asText()).isEqualTo("2025-02-03T09:12:00Z");
        assertThat(first.get("zoneSource").asText()).isEqualTo("assumed");
        assertThat(first.get("kind").asText()).isEqualTo("message");
        assertThat(first.get("text").asText()).startsWith("Morning Priya");
        assertThat(first.get("attachments").isArray()).isTrue();
        assertThat(first.get("edited").asBoolean()).isFalse();
        assertThat(first.get("source").get("file").asText()).isEqualTo("chat.txt");
        assertThat(first.get("source").get("sha256").asText()).hasSize(64);
        assertThat(first.get("source").get("line").asInt()).isEqualTo(2);
        JsonNode media = JSON.readTree(lines.get(2));
        assertThat(media.get("kind").asText()).isEqualTo("media");
        assertThat(media.get("attachments").get(0).get("name").asText()).isEqualTo("IMG-20250203-WA0004.jpg");
        assertThat(media.get("text").asText()).isEqualTo("Final invoice - Shah Hair Studio");
        assertThat(run.err()).contains("27 messages");
    }

    @Test
    void aPreservedCaseVerifiesAndATamperedOneFailsWithExit4(@TempDir Path dir) throws Exception {
        Path caseDir = dir.resolve("my-case");
        java.util.Map<String, String> env = java.util.Map.of("MALCOMMS_PASSPHRASE", "a long test passphrase");
        Jar.Run assess = Jar.runWithEnv(env, "assess", Jar.example().toString(), "--complainant", "Priya Shah",
                "--case", caseDir.toString());
        assertThat(assess.exit()).as(assess.err()).isZero();
        assertThat(assess.out()).contains("Recommendation: escalate").contains("999");
        assertThat(caseDir.resolve("derived/report.html")).exists();
        assertThat(caseDir.resolve("derived/assessment.json")).exists();
        Jar.Run ok = Jar.runWithEnv(env, "verify", caseDir.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("intact");

        Path original;
        try (var files = Files.list(caseDir.resolve("originals"))) {
            original = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(original);
        bytes[200] ^= 0x20;
        Files.write(original, bytes);
        Jar.Run broken = Jar.runWithEnv(env, "verify", caseDir.toString());
        assertThat(broken.exit()).isEqualTo(4);
        assertThat(broken.out()).contains(original.getFileName().toString());
    }

    @Test
    void aDeletedCustodyEntryFailsVerify(@TempDir Path dir) throws Exception {
        Path caseDir = dir.resolve("case");
        assertThat(Jar.run("import", Jar.example().toString(), "--case", caseDir.toString(), "--no-encrypt").exit())
                .isZero();
        Path log = caseDir.resolve("custody.log");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        lines.remove(1);
        Files.write(log, lines);
        Jar.Run broken = Jar.run("verify", caseDir.toString());
        assertThat(broken.exit()).isEqualTo(4);
        assertThat(broken.out()).contains("custody.log line 2");
    }

    @Test
    void aFileThatIsNotAnExportExitsThreeNamingIt(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Dear diary,\nToday was fine.\n");
        Jar.Run run = Jar.run("assess", notes.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("notes.txt").doesNotContain("Exception").doesNotContain("\tat ");
        Jar.Run forced = Jar.run("import", "--from", "whatsapp", notes.toString());
        assertThat(forced.exit()).isEqualTo(3);
        assertThat(forced.err()).contains("notes.txt:1");
        Jar.Run missing = Jar.run("import", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("nope.txt");
    }

    @Test
    void usageErrorsExitTwoAndEveryCommandHasHelp() throws Exception {
        assertThat(Jar.run("assess").exit()).isEqualTo(2);
        assertThat(Jar.run("assess", Jar.example().toString(), "--format", "docx").exit()).isEqualTo(2);
        for (String cmd : List.of("import", "assess", "verify", "classify", "bundle", "redact", "timestamp")) {
            Jar.Run help = Jar.run(cmd, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: malcomms " + cmd);
        }
    }

    @Test
    void hostileMessageTextIsInertInTheHtmlReport(@TempDir Path dir) throws Exception {
        Path chat = dir.resolve("chat.txt");
        Files.writeString(chat, "01/03/2025, 22:00 - Eve: <script>alert('x')</script> you worthless cow\n"
                + "01/03/2025, 22:01 - Eve: <img src=x onerror=alert(1)> \u202Etxt.exe\n"
                + "01/03/2025, 22:02 - Al: please stop\n");
        Path out = dir.resolve("r.html");
        Jar.Run run = Jar.run("assess", chat.toString(), "--complainant", "Al", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("\u202E")
                .contains("&lt;script&gt;").contains("[U+202E]");
        Jar.Run md = Jar.run("assess", chat.toString(), "--complainant", "Al", "--format", "md");
        assertThat(md.out()).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void classifyPrintsTheContractShape(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("texts.txt");
        Files.writeString(in, "I'm going to kill you\nsee you at 2\n");
        Jar.Run run = Jar.run("classify", in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode threat = JSON.readTree(lines.get(0));
        assertThat(threat.get("labels").get("threat").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(threat.get("target").asText()).isEqualTo("individual");
        assertThat(threat.get("spans").get(0).get("label").asText()).isEqualTo("threat");
        JsonNode calm = JSON.readTree(lines.get(1));
        assertThat(calm.get("labels").get("offensive").asDouble()).isLessThan(0.5);
        assertThat(calm.get("target").asText()).isEqualTo("none");
        for (String label : List.of("offensive", "targeted", "hate", "threat", "sexual", "selfHarm")) {
            assertThat(calm.get("labels").has(label)).isTrue();
        }
    }
}
