package org.malcomms.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.analysis.Classification;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageClassifier;
import org.malcomms.analysis.HybridClassifier;
import org.malcomms.ingest.Importers;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Message;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;
import org.malcomms.model.Timeline;
import org.malcomms.report.JsonReport;

/**
 * Runs every scenario under {@code src/test/resources/scenarios}: a WhatsApp export, an optional case facts file,
 * and the outcomes a competent assessment must reach ({@code expected.yaml}, described in the README there).
 * The assertions are on the contract JSON, the shape scripts and the hidden scenarios read.
 */
class ScenarioTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    @TestFactory
    Stream<DynamicTest> everyScenarioReachesItsExpectedOutcome() throws IOException {
        Malcomms standard = Malcomms.standard();
        return scenarios().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(),
                () -> check(standard, d)));
    }

    /**
     * The same scenarios with every score moved to the bottom, then to the top, of the band the classifier put it in
     * (under {@link Classification#THRESHOLD}: no label; for {@code offensive}, up to {@link Classification#ABUSIVE}:
     * rude, from it: abusive). The outcomes must depend only on what the classifier decides, not on where in a band
     * its calibration puts a score. (Pushing every label to 0.97 would not do: it turns every mild insult into
     * abuse, a different decision.)
     */
    @TestFactory
    Stream<DynamicTest> theOutcomesDependOnlyOnTheClassifiersDecisions() throws IOException {
        MessageClassifier hybrid = HybridClassifier.standard();
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean top : List.of(false, true)) {
            MessageClassifier moved = text -> {
                Classification c = hybrid.classify(text);
                Map<Label, Double> edge = new EnumMap<>(Label.class);
                c.labels().forEach((label, p) -> edge.put(label, edgeOfBand(label, p, top)));
                return new Classification(edge, c.target(), c.protectedGroups(), c.spans());
            };
            Malcomms malcomms = new Malcomms(Importers.standard(), moved, KnowledgeBase.load());
            for (Path d : scenarios()) {
                tests.add(DynamicTest.dynamicTest(d.getFileName() + (top ? " (top of band)" : " (bottom of band)"),
                        () -> check(malcomms, d)));
            }
        }
        return tests.stream();
    }

    private static double edgeOfBand(Label label, double p, boolean top) {
        double abusive = label == Label.OFFENSIVE ? Classification.ABUSIVE : Classification.THRESHOLD;
        if (p < Classification.THRESHOLD) {
            return top ? Classification.THRESHOLD - 0.001 : 0.0;
        }
        if (p < abusive) {
            return top ? abusive - 0.001 : Classification.THRESHOLD;
        }
        return top ? 1.0 : abusive;
    }

    private static List<Path> scenarios() throws IOException {
        Path root = TestFiles.path("scenarios");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).hasSizeGreaterThanOrEqualTo(30);
        return dirs;
    }

    private void check(Malcomms malcomms, Path dir) throws Exception {
        JsonNode expected = YAML.readTree(dir.resolve("expected.yaml").toFile());
        List<FileSource> exports;
        try (Stream<Path> files = Files.list(dir)) {
            exports = files.filter(f -> f.getFileName().toString().matches("chat.*\\.txt")).sorted()
                    .map(FileSource::new).toList();
        }
        Timeline timeline = malcomms.importAll(List.copyOf(exports), null,
                ImportContext.quiet(ZoneId.of("Europe/London")));
        CaseFacts facts = expected.has("facts") ? CaseFactsReader.read(dir.resolve(expected.get("facts").asText()))
                : CaseFacts.NONE;
        Perspective side = expected.path("perspective").asText("complainant").equals("defence")
                ? Perspective.DEFENCE : Perspective.COMPLAINANT;
        JsonNode a = JsonReport.assessment(malcomms.assess(timeline, expected.get("complainant").asText(), side,
                facts).assessment());
        contractHolds(a, timeline);

        expected.path("offences").fields().forEachRemaining(e -> offence(a, e.getKey(), e.getValue()));
        Set<String> aggravating = ids(a.get("aggravating"));
        Set<String> defence = ids(a.get("defencePoints"));
        strings(expected.path("aggravating")).forEach(x -> assertThat(aggravating).as("aggravating").contains(x));
        strings(expected.path("notAggravating")).forEach(x -> assertThat(aggravating).as("aggravating")
                .doesNotContain(x));
        if (expected.path("noAggravating").asBoolean(false)) {
            assertThat(aggravating).as("aggravating").isEmpty();
        }
        strings(expected.path("defencePoints")).forEach(x -> assertThat(defence).as("defencePoints").contains(x));
        strings(expected.path("notDefencePoints")).forEach(x -> assertThat(defence).as("defencePoints")
                .doesNotContain(x));
        if (expected.has("recommendation")) {
            assertThat(a.get("recommendation").asText()).as("recommendation " + a.get("recommendationReasons"))
                    .isEqualTo(expected.get("recommendation").asText());
        }
        if (expected.has("immediateDanger")) {
            assertThat(a.get("immediateDanger").asBoolean()).as("immediateDanger")
                    .isEqualTo(expected.get("immediateDanger").asBoolean());
        }
        if (expected.has("courseOfConduct")) {
            assertThat(a.get("courseOfConduct").get("detected").asBoolean()).as("courseOfConduct")
                    .isEqualTo(expected.get("courseOfConduct").asBoolean());
        }
        String steps = a.get("nextSteps").toString();
        for (String s : strings(expected.path("nextStepsMention"))) {
            assertThat(steps).as("nextSteps").containsIgnoringCase(s);
        }
        if (expected.has("nextStepsFirstMention")) {
            assertThat(a.get("nextSteps").get(0).asText()).containsIgnoringCase(
                    expected.get("nextStepsFirstMention").asText());
        }
        if (a.get("immediateDanger").asBoolean() && side == Perspective.COMPLAINANT) {
            assertThat(a.get("nextSteps").get(0).asText()).contains("999");
        }
    }

    /** What the contract promises of every assessment, whatever the case. */
    private void contractHolds(JsonNode a, Timeline timeline) {
        assertThat(a.get("schema").asText()).isEqualTo("malcomms.assessment/1");
        assertThat(a.get("jurisdiction").asText()).isEqualTo("england-wales");
        Set<String> known = new HashSet<>();
        timeline.messages().stream().map(Message::id).forEach(known::add);
        Set<String> offenceIds = new HashSet<>();
        for (JsonNode o : a.get("offences")) {
            offenceIds.add(o.get("id").asText());
            assertThat(o.get("strength").asText()).isIn("strong", "moderate", "weak", "none");
            assertThat(o.get("modeOfTrial").asText()).isIn("summary", "either-way", "indictable");
            assertThat(o.get("lawAsAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (JsonNode e : o.get("elements")) {
                String finding = e.get("finding").asText();
                assertThat(finding).isIn("supported", "arguable", "unsupported");
                if (!finding.equals("unsupported")) {
                    assertThat(e.get("evidence")).as(o.get("id") + " " + e.get("id")).isNotEmpty();
                }
                e.get("evidence").forEach(id -> assertThat(known).contains(id.asText()));
                assertThat(e.get("reasons")).as(o.get("id") + " " + e.get("id") + " reasons").isNotEmpty();
            }
        }
        assertThat(offenceIds).containsAll(KnowledgeBase.load().offences().stream().map(Offence::id).toList());
        Set<String> aggIds = Set.of("repetition", "escalation", "late-night", "threat", "sexual",
                "protected-characteristic:race", "protected-characteristic:religion",
                "protected-characteristic:disability", "protected-characteristic:sexual-orientation",
                "protected-characteristic:transgender", "contact-after-request-to-stop", "third-party-contact",
                "wide-distribution");
        assertThat(aggIds).containsAll(ids(a.get("aggravating")));
        assertThat(Set.of("mutual-exchange", "single-message", "not-directed", "merely-rude", "identification-weak",
                "intent-unproven", "context-missing")).containsAll(ids(a.get("defencePoints")));
        assertThat(a.get("recommendation").asText()).isIn("pursue", "rethink", "escalate");
        for (JsonNode f : a.get("aggravating")) {
            f.get("evidence").forEach(id -> assertThat(known).contains(id.asText()));
        }
    }

    private static void offence(JsonNode a, String id, JsonNode want) {
        JsonNode o = null;
        for (JsonNode x : a.get("offences")) {
            if (x.get("id").asText().equals(id)) {
                o = x;
            }
        }
        assertThat(o).as("offence " + id).isNotNull();
        JsonNode spec = want.isObject() ? want : YAML.createObjectNode().put("strength", want.asText());
        String actual = o.get("strength").asText();
        String described = id + " is " + actual + ": " + o.get("elements");
        String rule = spec.get("strength").asText();
        Strength got = Strength.valueOf(actual.toUpperCase());
        if (rule.startsWith(">=")) {
            assertThat(got.compareTo(Strength.valueOf(rule.substring(2).toUpperCase()))).as(described)
                    .isGreaterThanOrEqualTo(0);
        } else if (rule.startsWith("<=")) {
            assertThat(got.compareTo(Strength.valueOf(rule.substring(2).toUpperCase()))).as(described)
                    .isLessThanOrEqualTo(0);
        } else {
            assertThat(actual).as(described).isEqualTo(rule);
        }
        for (Map.Entry<String, String> field : List.of(Map.entry("lawAsAt", "lawAsAt"),
                Map.entry("modeOfTrial", "modeOfTrial"))) {
            if (spec.has(field.getKey())) {
                assertThat(o.get(field.getValue()).asText()).as(id + " " + field.getKey())
                        .isEqualTo(spec.get(field.getKey()).asText());
            }
        }
        if (spec.has("maxPenaltyContains")) {
            assertThat(o.get("maxPenalty").asText()).contains(spec.get("maxPenaltyContains").asText());
        }
    }

    private static Set<String> ids(JsonNode factors) {
        Set<String> ids = new HashSet<>();
        factors.forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
