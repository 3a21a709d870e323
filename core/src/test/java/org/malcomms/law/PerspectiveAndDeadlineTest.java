package org.malcomms.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.Malcomms;
import org.malcomms.analysis.ConversationAnalyzer;
import org.malcomms.analysis.HybridClassifier;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.model.Assessment;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Timeline;
import org.malcomms.report.JsonReport;

class PerspectiveAndDeadlineTest {
    private static final String CHAT = """
            01/05/2025, 18:00 - Nadia Hussain: Please stop messaging me, I need space
            01/05/2025, 18:30 - Liam Ford: Why are you ignoring me you stupid cow
            03/05/2025, 20:40 - Liam Ford: Answer me you pathetic bitch
            06/05/2025, 19:10 - Liam Ford: You can't ignore me forever you worthless cow
            """;

    private Assessment assess(Path dir, Perspective side, String today) throws Exception {
        Path chat = dir.resolve("chat.txt");
        Files.writeString(chat, CHAT);
        Timeline t = Malcomms.standard().importAll(List.of(new FileSource(chat)), null,
                ImportContext.quiet(ZoneId.of("Europe/London")));
        var findings = new ConversationAnalyzer(HybridClassifier.standard()).analyse(t, "Nadia Hussain", false,
                CaseFacts.NONE);
        Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
        return new LegalAssessor(KnowledgeBase.load(), clock).assess(t, findings, side);
    }

    private static OffenceFinding offence(Assessment a, String id) {
        return a.offences().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void summaryOffencesCarryTheirDeadlineAndTheNextStepsSayIt(@TempDir Path dir) throws Exception {
        Assessment a = assess(dir, Perspective.COMPLAINANT, "2025-06-01");
        OffenceFinding s127 = offence(a, "ca2003-s127-1");
        assertThat(s127.deadline().date()).isEqualTo("2025-11-06");
        assertThat(s127.deadline().longstop()).isEqualTo("2028-05-06");
        assertThat(offence(a, "pha1997-s2").deadline().date()).isEqualTo("2025-11-06");
        assertThat(offence(a, "mca1988-s1").deadline()).isNull();
        assertThat(a.nextSteps()).anyMatch(s -> s.startsWith("Time matters") && s.contains("2025-11-06"));

        assertThat(a.sentencing().likelyOutcome()).startsWith("Repeated targeted conduct");
        assertThat(a.sentencing().signals()).anyMatch(x -> x.contains("campaign"));
        assertThat(a.publicInterest()).extracting(f -> f.id()).containsExactly("targeting-individuals");

        Assessment late = assess(dir, Perspective.COMPLAINANT, "2026-01-10");
        assertThat(late.nextSteps()).anyMatch(s -> s.contains("probably ran out on 2025-11-06"))
                .noneMatch(s -> s.startsWith("Time matters"));
    }

    @Test
    void theDefenceSeesTheSameFactsWeaknessesFirst(@TempDir Path dir) throws Exception {
        Assessment c = assess(dir, Perspective.COMPLAINANT, "2025-06-01");
        Assessment d = assess(dir, Perspective.DEFENCE, "2025-06-01");
        for (OffenceFinding o : d.offences()) {
            OffenceFinding same = offence(c, o.id());
            assertThat(o.strength()).isEqualTo(same.strength());
            List<Integer> order = o.elements().stream().map(e -> e.finding().ordinal()).toList();
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort((x, y) -> y - x);
            assertThat(order).as(o.id()).isEqualTo(sorted);
            assertThat(o.elements()).extracting(ElementFinding::id)
                    .containsExactlyInAnyOrderElementsOf(same.elements().stream().map(ElementFinding::id).toList());
        }
        assertThat(d.recommendation()).isEqualTo(c.recommendation());
        assertThat(d.nextSteps().get(0)).contains("solicitor");
        assertThat(d.nextSteps()).anyMatch(s -> s.contains("must be laid by 2025-11-06"))
                .noneMatch(s -> s.contains("Victim Support"));
        Iterator<String> keys = JsonReport.assessment(d).fieldNames();
        List<String> order = new ArrayList<>();
        keys.forEachRemaining(order::add);
        assertThat(order.indexOf("defencePoints")).isLessThan(order.indexOf("aggravating"));
        JsonNode element = JsonReport.assessment(d).get("offences").get(0).get("elements").get(0);
        assertThat(element.has("challenges")).isTrue();
        assertThat(element.has("strengthen")).isTrue();
    }
}
