package org.malcomms.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.model.Assessment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Finding;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Recommendation;
import org.malcomms.model.Strength;

class LegalAssessorTest {
    private final Malcomms malcomms = Malcomms.standard();

    private Assessment assess(Path chat, String complainant) throws Exception {
        var timeline = malcomms.importAll(List.of(new FileSource(chat)), null,
                ImportContext.quiet(ZoneId.of("Europe/London")));
        CaseResult r = malcomms.assess(timeline, complainant, Perspective.COMPLAINANT);
        return r.assessment();
    }

    private static OffenceFinding offence(Assessment a, String id) {
        return a.offences().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theExampleCaseIsHarassmentAndMaliciousCommunicationsWithAThreat() throws Exception {
        Assessment a = assess(TestFiles.example(), "Priya Shah");
        assertThat(offence(a, "pha1997-s2").strength()).isEqualTo(Strength.STRONG);
        assertThat(offence(a, "pha1997-s2a").strength()).isEqualTo(Strength.STRONG);
        // "thief", "stupid cow", "scummy cunt" on several nights: a sustained campaign of degrading abuse
        assertThat(offence(a, "mca1988-s1").strength()).isEqualTo(Strength.STRONG);
        // "I know where you live" and "Watch your back" are veiled: the harm is not named
        assertThat(offence(a, "osa2023-s181").strength()).isEqualTo(Strength.MODERATE);
        assertThat(a.immediateDanger()).isTrue();
        assertThat(a.nextSteps().get(0)).contains("999");
        assertThat(a.recommendation()).isEqualTo(Recommendation.ESCALATE);
        assertThat(a.aggravating()).extracting(f -> f.id()).contains("repetition", "late-night",
                "contact-after-request-to-stop", "third-party-contact", "threat");
        assertThat(a.courseOfConduct().detected()).isTrue();
        for (OffenceFinding o : a.offences()) {
            for (ElementFinding e : o.elements()) {
                if (e.finding() != Finding.UNSUPPORTED) {
                    assertThat(e.evidence()).as(o.id() + " " + e.id()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void oneRudeMessageAfterADisputeIsRethink(@TempDir Path dir) throws Exception {
        Path chat = dir.resolve("chat.txt");
        Files.writeString(chat, "02/05/2025, 10:00 - Mo: can you move your car please\n"
                + "02/05/2025, 10:05 - Lee: move it yourself you idiot\n02/05/2025, 10:06 - Mo: ok\n");
        Assessment a = assess(chat, "Mo");
        assertThat(a.recommendation()).isEqualTo(Recommendation.RETHINK);
        assertThat(offence(a, "pha1997-s2").strength()).isEqualTo(Strength.NONE);
        assertThat(a.defencePoints()).extracting(f -> f.id()).contains("single-message", "merely-rude");
        assertThat(a.immediateDanger()).isFalse();
    }

    @Test
    void aDeathThreatIsAssessedUnderTheLawOfTheDayItWasSent(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.txt");
        Files.writeString(before, "30/01/2024, 22:00 - Kim: leave me alone\n"
                + "30/01/2024, 22:10 - Rob: I'm going to kill you\n");
        Assessment a = assess(before, "Kim");
        assertThat(offence(a, "osa2023-s181").strength()).isEqualTo(Strength.NONE);
        OffenceFinding mca = offence(a, "mca1988-s1");
        assertThat(mca.elements()).filteredOn(e -> e.id().equals("indecent-or-grossly-offensive"))
                .singleElement().satisfies(e -> assertThat(e.finding()).isEqualTo(Finding.SUPPORTED));
        assertThat(mca.lawAsAt()).isEqualTo("2024-01-30");

        Path after = dir.resolve("after.txt");
        Files.writeString(after, "01/02/2024, 22:00 - Kim: leave me alone\n"
                + "01/02/2024, 22:10 - Rob: I'm going to kill you\n");
        Assessment b = assess(after, "Kim");
        OffenceFinding osa = offence(b, "osa2023-s181");
        assertThat(osa.strength()).isEqualTo(Strength.STRONG);
        assertThat(osa.lawAsAt()).isEqualTo("2024-02-01");
        assertThat(b.immediateDanger()).isTrue();
    }

    @Test
    void everyRuleFileLoadsWithSourcesAndKnownTests() {
        KnowledgeBase kb = KnowledgeBase.load();
        assertThat(kb.offences()).extracting(Offence::id).contains("mca1988-s1", "pha1997-s2", "osa2023-s181");
        for (Offence o : kb.offences()) {
            assertThat(o.source().url()).startsWith("https://www.legislation.gov.uk/");
            assertThat(o.versions()).allSatisfy(v -> assertThat(v.source()).isNotNull());
            o.elements().forEach(e -> e.tests().forEach(t ->
                    assertThat(EvidenceTests.TESTS).as(o.id()).containsKey(t.test())));
        }
    }
}
