package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the real jar on several export formats at once, --columns, --out, and a hostile zip. */
class ImportFormatsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mergesACsvWithAColumnMappingAndAnSmsBackupIntoOneTimeline(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("log.csv"), "When;Who;What\n\"01/03/2024 23:20\";Sam;\"line one\n"
                + "line two\"\n", StandardCharsets.UTF_8);
        Path sms = Files.writeString(dir.resolve("sms.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<smses>\n"
                + "<sms address=\"+447700900123\" date=\"1709334845000\" type=\"1\" body=\"first &#55357;&#56832;\""
                + " contact_name=\"Sam\" />\n</smses>\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("messages.jsonl");
        Jar.Run run = Jar.run("import", csv.toString(), sms.toString(), "--columns", "sentAt=When,sender=Who,text=What",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(first.get("platform").asText()).isEqualTo("sms");
        assertThat(first.get("text").asText()).isEqualTo("first 😀");
        assertThat(first.get("sentAt").asText()).isEqualTo("2024-03-01T23:14:05Z");
        assertThat(first.get("metadata").get("direction").asText()).isEqualTo("received");
        assertThat(second.get("id").asText()).isEqualTo("m-000002");
        assertThat(second.get("platform").asText()).isEqualTo("csv");
        assertThat(second.get("text").asText()).isEqualTo("line one\nline two");
        assertThat(second.get("zoneSource").asText()).isEqualTo("assumed");
        assertThat(second.get("source").get("line").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAZipEntryThatClimbsOutOfItsFolderWithExitThree(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("../../.bashrc"));
            z.write("echo hi".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Jar.Run run = Jar.run("import", zip.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("export.zip").contains("../../.bashrc").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
