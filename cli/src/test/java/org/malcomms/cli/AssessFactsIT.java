package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --facts} and {@code --jurisdiction}, run through the real jar. */
class AssessFactsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode offence(JsonNode a, String id) {
        for (JsonNode o : a.get("offences")) {
            if (o.get("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no offence " + id);
    }

    @Test
    void aFactsFileFeedsElementsTheMessagesCannotShow(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("case.yaml");
        Files.writeString(facts, """
                sender:
                  identity: Dean Whitlock, the builder who refitted the salon
                impact:
                  fearedViolence: true
                  seriousAlarmOrDistress: true
                  dailyLife: closed the salon early for two weeks and changed my route home
                courtOrders:
                  - kind: restraining order
                    madeOn: 2025-01-10
                    terms: not to contact Priya Shah
                """);
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--complainant", "Priya Shah", "--format", "json",
                "--facts", facts.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(offence(a, "restraining-order-breach").get("strength").asText()).isEqualTo("strong");
        assertThat(offence(a, "pha1997-s4a").get("strength").asText()).isEqualTo("strong");
        assertThat(a.get("factsUsed").toString()).contains("Dean Whitlock", "changed my route home");
        Jar.Run without = Jar.run("assess", Jar.example().toString(), "--complainant", "Priya Shah", "--format",
                "json");
        JsonNode b = JSON.readTree(without.out());
        assertThat(offence(b, "restraining-order-breach").get("strength").asText()).isEqualTo("none");
        assertThat(b.get("factsNeeded").toString()).contains("impact.dailyLife");
    }

    @Test
    void aBrokenFactsFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("case.yaml");
        Files.writeString(facts, "victim:\n  vulnerable: true\ncontact:\n  blockedOn: last Tuesday\n");
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--format", "json", "--facts", facts.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("case.yaml:4").contains("YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void scotlandIsRefusedWithTheReason() throws Exception {
        Jar.Run run = Jar.run("assess", Jar.example().toString(), "--jurisdiction", "scotland");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Scotland is out of scope", "Criminal Justice and Licensing (Scotland) Act 2010");
        Jar.Run ni = Jar.run("assess", Jar.example().toString(), "--jurisdiction", "northern-ireland");
        assertThat(ni.exit()).isEqualTo(2);
        assertThat(ni.err()).contains("Protection from Stalking Act (Northern Ireland) 2022");
    }
}
