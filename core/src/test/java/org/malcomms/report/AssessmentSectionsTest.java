package org.malcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.TestFiles;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.model.Assessment;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;
import org.malcomms.model.Timeline;
import org.xml.sax.InputSource;

/**
 * The parts of the legal assessment beyond the contract (what would strengthen each element, what the defence may
 * say, charging deadlines, patterns, public interest, sentencing, the facts only the person can supply, the scope)
 * as the HTML, PDF and Markdown reports show them. The case is the bundled salon dispute with the sender renamed to
 * something that tries to become markup and reorder text, so every section that repeats the name must escape it.
 */
class AssessmentSectionsTest {
    private static final Malcomms MALCOMMS = Malcomms.standard();
    /** The sender's name in the case: markup, an ampersand and a right-to-left override. */
    private static final String SENDER = "Dean <b>Whitlock</b> & \u202Eco";
    /** Before the harassment deadline (15 August 2025, six months from the last occasion). */
    private static final LocalDate EARLY = LocalDate.of(2025, 3, 1);
    /** After the six-month dates, before the three-year longstop of CA 2003 s.127 (16 February 2028). */
    private static final LocalDate LATE = LocalDate.of(2026, 11, 21);
    private static Timeline timeline;
    private static CaseResult complainant;

    @BeforeAll
    static void assess(@TempDir Path dir) throws Exception {
        Path chat = dir.resolve("chat.txt");
        Files.writeString(chat, Files.readString(TestFiles.example()).replace("Dean Whitlock", SENDER));
        timeline = MALCOMMS.importAll(List.of(new FileSource(chat)), null,
                ImportContext.quiet(ZoneId.of("Europe/London")));
        complainant = MALCOMMS.assess(timeline, "Priya Shah", Perspective.COMPLAINANT);
    }

    private static OffenceFinding offence(CaseResult result, String id) {
        return result.assessment().offences().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** The first element of the case that has both points to strengthen it and challenges, naming the sender. */
    private static ElementFinding identification(CaseResult result) {
        return offence(result, "pha1997-s2").elements().stream().filter(e -> e.id().equals("sender-identified"))
                .findFirst().orElseThrow();
    }

    @Test
    void theCaseHasAHarassmentDeadlineAndTheNewAssessmentParts() {
        Assessment a = complainant.assessment();
        OffenceFinding harassment = offence(complainant, "pha1997-s2");
        assertThat(harassment.strength()).isGreaterThanOrEqualTo(Strength.MODERATE);
        assertThat(harassment.deadline().date()).isEqualTo("2025-08-15");
        assertThat(harassment.deadline().longstop()).isNull();
        assertThat(offence(complainant, "ca2003-s127-1").deadline().longstop()).isEqualTo("2028-02-16");
        assertThat(identification(complainant).strengthen()).anyMatch(s -> s.contains(SENDER));
        assertThat(a.patterns()).isNotEmpty();
        assertThat(a.publicInterest()).isNotEmpty();
        assertThat(a.sentencing().likelyOutcome()).contains(HtmlReport.TO_BE_CONFIRMED);
        assertThat(a.factsNeeded()).isNotEmpty();
        assertThat(a.scope()).contains("England and Wales");
    }

    @Test
    void theHtmlShowsEveryNewSectionEscaped() throws Exception {
        String html = HtmlReport.render(ReportInput.of(complainant), EARLY);
        Assessment a = complainant.assessment();
        ElementFinding id = identification(complainant);
        assertThat(html).doesNotContain("<b>Whitlock", "\u202E")
                .contains("Dean &lt;b&gt;Whitlock&lt;/b&gt; &amp; [U+202E]co")
                .contains("What would strengthen this:", Html.escape(id.strengthen().get(0)))
                .contains("What the defence may say:", Html.escape(id.challenges().get(0)))
                .contains("Time limit: a charge must be laid by 15 August 2025.",
                        "That is 167 day(s) from now (today is 1 March 2025).")
                .contains("<h2>Patterns in the conversation</h2>", Html.escape(a.patterns().get(0).reason()))
                .contains("<h2 id=\"public-interest\">Public interest</h2>",
                        Html.escape(a.publicInterest().get(0).reason()), Html.escape(a.publicInterest().get(0).source()))
                .contains("If it goes to court: the likely outcome", "<p class=\"check\"><strong>Likely outcome:",
                        Html.escape(a.sentencing().timeline().get(0)), "[check] Sentencing: ")
                .contains("Facts only you can tell us", Html.escape(a.factsNeeded().get(0)), "--facts case.yaml")
                .contains("<p class=\"scope\">" + Html.escape(a.scope()) + "</p>");
        // Within an element: reasons, then what would strengthen it, then the defence's side.
        int element = html.indexOf(Html.escape(id.reasons().get(0)));
        int strengthen = html.indexOf("What would strengthen this:", element);
        assertThat(element).isPositive();
        assertThat(strengthen).isGreaterThan(element).isLessThan(html.indexOf("What the defence may say:", element));
        // The deadline leads the harassment offence's own section, and is in the summary too.
        int section = html.indexOf("<section class=\"offence\" id=\"pha1997-s2\">");
        assertThat(html.indexOf("<div class=\"deadline\"><p><strong>Time limit: a charge must be laid by 15 August"
                + " 2025.</strong>", section)).isGreaterThan(section).isLessThan(html.indexOf("<div class=\"el ", section));
        assertThat(html.indexOf("Time limit: a charge must be laid by")).isLessThan(html.indexOf("Offences considered"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
    }

    @Test
    void aPassedDeadlineIsSaidPlainlyAndTheLongstopIsKept() {
        String html = HtmlReport.render(ReportInput.of(complainant), LATE);
        assertThat(html).contains("<div class=\"deadline passed\">",
                "That date has passed (today is 21 November 2026): a charge for this offence on these messages is"
                        + " now out of time.",
                "A charge is still possible until 16 February 2028 only if the prosecutor first had enough evidence");
        PlainEnglish plain = PlainEnglish.of(complainant.assessment(), complainant.findings(), LATE);
        assertThat(String.join(" ", plain.meaning())).contains("The time limit for bringing a charge for",
                "harassment: a pattern of unwanted behaviour that causes alarm or distress; or stalking has passed.",
                "the usual six months have passed: a charge is still possible only if",
                "The more serious offences have no time limit.");
        PlainEnglish early = PlainEnglish.of(complainant.assessment(), complainant.findings(), EARLY);
        assertThat(String.join(" ", early.meaning())).contains("Time matters: for ",
                ", a charge must be brought by 15 August 2025, so report it soon.");
    }

    @Test
    void theFactsUsedAreListedEscaped() {
        CaseFacts facts = new CaseFacts(null, null, null, null,
                new CaseFacts.Impact(true, true, "<script>stopped</script> going to the salon alone"),
                null, null, null, null);
        CaseResult result = MALCOMMS.assess(timeline, "Priya Shah", Perspective.COMPLAINANT, facts);
        assertThat(result.assessment().factsUsed()).isNotEmpty();
        String html = HtmlReport.render(ReportInput.of(result), EARLY);
        assertThat(html).contains("Facts supplied in the case facts file and used in this assessment",
                "&lt;script&gt;stopped&lt;/script&gt; going to the salon alone").doesNotContain("<script");
        String md = MarkdownReport.render(ReportInput.of(result), EARLY);
        assertThat(md).contains("Facts supplied in the case facts file",
                "&lt;script&gt;stopped&lt;/script&gt; going to the salon alone").doesNotContain("<script");
    }

    @Test
    void theMarkdownShowsEveryNewSectionEscaped() {
        String md = MarkdownReport.render(ReportInput.of(complainant), LATE);
        Assessment a = complainant.assessment();
        ElementFinding id = identification(complainant);
        assertThat(md).startsWith("> **If you are in danger, call 999 now.**").doesNotContain("<b>", "\u202E", "&\\#39;")
                .contains("\"You'll regret this\"", "Dean &lt;b&gt;Whitlock&lt;/b&gt; &amp; \\[U\\+202E\\]co")
                .contains("*What would strengthen this:*", MarkdownReport.escape(id.strengthen().get(0)))
                .contains("*What the defence may say:*", MarkdownReport.escape(id.challenges().get(0)))
                .contains("> **Time limit: a charge must be laid by 15 August 2025.** That date has passed")
                .contains("## Patterns in the conversation", MarkdownReport.escape(a.patterns().get(0).reason()))
                .contains("## Public interest", MarkdownReport.escape(a.publicInterest().get(0).source()))
                .contains("## If it goes to court: the likely outcome", "**Likely outcome:** \\[check\\] ")
                .contains("## Facts only you can tell us", MarkdownReport.escape(a.factsNeeded().get(0)))
                .contains("*" + MarkdownReport.escape(a.scope()) + "*");
    }

    @Test
    void theDefenceReportsLeadWithChallengesAndCarryNoComplainantDocuments() {
        CaseResult defence = MALCOMMS.assess(timeline, "Priya Shah", Perspective.DEFENCE);
        assertThat(defence.assessment().immediateDanger()).isTrue();
        ElementFinding id = identification(defence);
        String html = HtmlReport.render(ReportInput.of(defence), EARLY);
        assertThat(html).doesNotContain("If you are in danger, call 999 now", "FIRST ACCOUNT FOR THE POLICE",
                "REPORT TO WHATSAPP", "Facts only you can tell us")
                .contains(Html.escape(Drafts.DEFENCE_NOTE), "Facts the messages cannot show",
                        "What the prosecution may look for:");
        int element = html.indexOf("<section class=\"offence\" id=\"pha1997-s2\">");
        int challenge = html.indexOf("What the defence may say:", element);
        assertThat(challenge).isPositive().isLessThan(html.indexOf(Html.escape(id.reasons().get(0)), element))
                .isLessThan(html.indexOf("What the prosecution may look for:", element));
        String md = MarkdownReport.render(ReportInput.of(defence), EARLY);
        assertThat(md).startsWith("# Evidence report for").doesNotContain("call 999", "> REPORT TO",
                "FIRST ACCOUNT FOR THE POLICE").contains("## Points for the defence", "## Drafts",
                MarkdownReport.escape(Drafts.DEFENCE_NOTE), "## Facts the messages cannot show");
        int mdElement = md.indexOf("### PHA 1997 s.2");
        assertThat(md.indexOf("*What the defence may say:*", mdElement))
                .isLessThan(md.indexOf(MarkdownReport.escape(id.reasons().get(0)), mdElement));
        assertThat(Drafts.both(ReportInput.of(defence))).isEqualTo(Drafts.DEFENCE_NOTE + "\n");
        assertThat(Drafts.platform(ReportInput.of(defence))).isEqualTo(Drafts.DEFENCE_NOTE + "\n");
        assertThat(Drafts.police(ReportInput.of(defence))).isEqualTo(Drafts.DEFENCE_NOTE + "\n");
        PlainEnglish plain = PlainEnglish.of(defence.assessment(), defence.findings(), EARLY);
        assertThat(String.join(" ", plain.meaning())).contains("a charge must be brought by 15 August 2025.")
                .doesNotContain("report it soon");
    }

    @Test
    void thePdfCarriesTheDeadlineAndTheNewSections() throws Exception {
        String text = ReportTest.squash(ReportTest.pdfText(PdfReport.render(ReportInput.of(complainant), LATE)));
        assertThat(text).contains(ReportTest.squash("Time limit: a charge must be laid by 15 August 2025."),
                ReportTest.squash("That date has passed (today is 21 November 2026)"),
                ReportTest.squash("What would strengthen this:"), ReportTest.squash("What the defence may say:"),
                ReportTest.squash("Patterns in the conversation"), ReportTest.squash("Facts only you can tell us"),
                ReportTest.squash("Dean <b>Whitlock</b> & [U+202E]co"));
    }
}
