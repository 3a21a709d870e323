package org.malcomms.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule and guidance files hold together: every id the contract names has its data, dates do not overlap. */
class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void everyOffenceInLawMdIsAssessed() {
        assertThat(kb.offences()).extracting(Offence::id).contains("mca1988-s1", "ca2003-s127-1", "ca2003-s127-2",
                "osa2023-s179", "osa2023-s181", "osa2023-s183", "osa2023-s184", "soa2003-s66a", "soa2003-s66b",
                "pha1997-s2", "pha1997-s2a", "pha1997-s4", "pha1997-s4a", "cda1998-s32");
    }

    @Test
    void everyRuleFileHasSourcesKnownTestsAndVersionsThatTileItsLife() {
        for (Offence o : kb.offences()) {
            assertThat(o.source().url()).as(o.id()).startsWith("https://www.legislation.gov.uk/");
            assertThat(o.timeLimit().text()).as(o.id()).isNotBlank();
            assertThat(o.elements()).as(o.id()).anyMatch(ElementRule::core);
            o.elements().forEach(e -> e.tests().forEach(t ->
                    assertThat(EvidenceTests.TESTS).as(o.id()).containsKey(t.test())));
            List<OffenceVersion> v = o.versions();
            assertThat(v.get(0).from()).as(o.id() + " first version").isEqualTo(o.inForce().from());
            for (int i = 0; i < v.size(); i++) {
                assertThat(v.get(i).source()).as(o.id()).isNotNull();
                assertThat(v.get(i).modeOfTrial()).isIn("summary", "either-way", "indictable");
                if (i + 1 < v.size()) {
                    assertThat(v.get(i).until().plusDays(1)).as(o.id() + " versions")
                            .isEqualTo(v.get(i + 1).from());
                } else {
                    assertThat(v.get(i).until()).as(o.id() + " last version is open").isNull();
                }
            }
            if ("summary".equals(v.get(v.size() - 1).modeOfTrial())) {
                assertThat(o.timeLimit().months()).as(o.id() + " summary-only time limit").isEqualTo(6);
            }
        }
    }

    @Test
    void theLawChangesOnTheDaysLawMdGives() {
        Offence mca = find("mca1988-s1");
        assertThat(mca.versionOn(LocalDate.parse("2015-04-12")).orElseThrow().modeOfTrial()).isEqualTo("summary");
        assertThat(mca.versionOn(LocalDate.parse("2015-04-13")).orElseThrow().modeOfTrial()).isEqualTo("either-way");
        assertThat(mca.versionOn(LocalDate.parse("2024-11-17")).orElseThrow().maxPenalty()).contains("6 months");
        assertThat(mca.versionOn(LocalDate.parse("2024-11-18")).orElseThrow().maxPenalty()).contains("12 months");
        TestRef threatLimb = mca.elements().stream().flatMap(e -> e.tests().stream())
                .filter(t -> t.test().equals("threat")).findFirst().orElseThrow();
        assertThat(threatLimb.covers(LocalDate.parse("2024-01-30"))).isTrue();
        assertThat(threatLimb.covers(LocalDate.parse("2024-01-31"))).isFalse();
        assertThat(find("osa2023-s181").inForce().from()).isEqualTo(LocalDate.parse("2024-01-31"));
        assertThat(find("pha1997-s4").versionOn(LocalDate.parse("2016-06-01")).orElseThrow().maxPenalty())
                .contains("5 years");
        assertThat(find("pha1997-s4").versionOn(LocalDate.parse("2018-06-01")).orElseThrow().maxPenalty())
                .contains("10 years");
    }

    @Test
    void everyContractFactorAndPlatformHasItsWording() {
        Guidance g = kb.guidance();
        for (String id : List.of("repetition", "escalation", "late-night", "threat", "sexual",
                "protected-characteristic:race", "protected-characteristic:religion",
                "protected-characteristic:disability", "protected-characteristic:sexual-orientation",
                "protected-characteristic:transgender", "contact-after-request-to-stop", "third-party-contact",
                "wide-distribution")) {
            assertThat(g.factors().aggravating(id).source().title()).as(id).isNotBlank();
        }
        for (String id : List.of("mutual-exchange", "single-message", "not-directed", "merely-rude",
                "identification-weak", "intent-unproven", "context-missing")) {
            Guidance.FactorRule rule = g.factors().defencePoint(id);
            assertThat(rule.answer()).as(id).isNotBlank();
        }
        assertThat(g.steps().platforms()).containsKeys("whatsapp", "telegram", "messenger", "instagram", "discord",
                "x", "sms", "mms", "email", "screenshot", "csv");
        assertThat(g.sentencing().outcomes()).containsKeys("none", "one-off", "repeated", "campaign");
    }

    @Test
    void theReadmeDescribesEveryEvidenceTest() throws Exception {
        String readme;
        try (var in = KnowledgeBase.class.getClassLoader().getResourceAsStream("law/README.md")) {
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String test : EvidenceTests.TESTS.keySet()) {
            assertThat(readme).as(test).contains("`" + test + "`");
        }
    }

    @Test
    void scotlandAndNorthernIrelandAreRefusedAndSaySo() {
        kb.requireInScope("england-wales");
        kb.requireInScope("Wales");
        assertThatThrownBy(() -> kb.requireInScope("Scotland")).hasMessageContaining("s.38");
        assertThatThrownBy(() -> kb.requireInScope("northern ireland"))
                .hasMessageContaining("Protection from Stalking Act (Northern Ireland) 2022");
        assertThatThrownBy(() -> kb.requireInScope("france")).hasMessageContaining("england-wales only");
    }

    private Offence find(String id) {
        return kb.offences().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
