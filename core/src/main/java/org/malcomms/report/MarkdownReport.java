package org.malcomms.report;

import java.util.HashMap;
import java.util.Map;
import org.malcomms.CaseResult;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.Assessment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Message;
import org.malcomms.model.OffenceFinding;

/** The assessment as Markdown, for pasting into case notes. Message text is escaped so it cannot become markup. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** Escapes HTML and Markdown punctuation, and shows control and direction-override characters as code points. */
    static String escape(String s) {
        String html = Html.escape(s);
        StringBuilder sb = new StringBuilder(html.length());
        for (char c : html.toCharArray()) {
            if ("\\`*_{}[]()#+-!|~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }

    public static String render(CaseResult result) {
        return render(ReportInput.of(result));
    }

    public static String render(ReportInput input) {
        CaseResult result = input.result();
        Assessment a = result.assessment();
        Map<String, MessageSignals> byId = new HashMap<>();
        result.findings().signals().forEach(s -> byId.put(s.message().id(), s));
        StringBuilder md = new StringBuilder();
        if (a.immediateDanger()) {
            md.append("> **If you are in danger, call 999 now.** The messages include a threat of violence.\n\n");
        }
        md.append("# Evidence report for ").append(escape(a.complainant())).append("\n\nCase reference: ")
                .append(escape(input.caseReference())).append("\n\n");
        md.append("- Messages: ").append(a.summary().messages()).append(" (skipped: ").append(a.summary().skipped())
                .append(")\n- Recommendation: **").append(a.recommendation().json()).append("**\n");
        a.recommendationReasons().forEach(r -> md.append("  - ").append(escape(r)).append('\n'));
        md.append("- Course of conduct: ").append(a.courseOfConduct().detected() ? "yes" : "no").append(", ")
                .append(a.courseOfConduct().occasions()).append(" occasion(s)\n\n## Offences\n\n")
                .append("| Offence | Strength | Trial | Maximum | Law as at |\n|---|---|---|---|---|\n");
        for (OffenceFinding o : a.offences()) {
            md.append("| ").append(escape(o.citation())).append(" | ").append(o.strength().json()).append(" | ")
                    .append(escape(o.modeOfTrial())).append(" | ").append(escape(o.maxPenalty()))
                    .append(o.toConfirm().isEmpty() ? "" : " (to be confirmed)").append(" | ").append(o.lawAsAt())
                    .append(" |\n");
        }
        for (OffenceFinding o : a.offences()) {
            md.append("\n### ").append(escape(o.citation())).append(": ").append(o.strength().json()).append("\n\n");
            for (ElementFinding e : o.elements()) {
                md.append("- **").append(escape(e.text())).append("**: ").append(e.finding().json()).append('\n');
                e.reasons().forEach(r -> md.append("  - ").append(escape(r)).append('\n'));
                for (String id : e.evidence()) {
                    MessageSignals s = byId.get(id);
                    if (s != null) {
                        Message m = s.message();
                        md.append("  - ").append(id).append(", ").append(JsonReport.time(m.sentAt())).append(", ")
                                .append(escape(m.sender())).append(": \"").append(escape(m.text())).append("\"\n");
                    }
                }
            }
        }
        md.append("\n## Aggravating factors\n\n");
        factors(md, a.aggravating());
        md.append("\n## Points the defence may raise\n\n");
        factors(md, a.defencePoints());
        PlainEnglish plain = PlainEnglish.of(a, result.findings());
        md.append("\n## What this means for you\n\n");
        plain.meaning().forEach(m -> md.append(escape(m)).append("\n\n"));
        md.append("### What to do next\n\n");
        int n = 1;
        for (String s : plain.nextSteps()) {
            md.append(n++).append(". ").append(escape(s)).append('\n');
        }
        md.append("\n### Who can help\n\n");
        plain.support().forEach(s -> md.append("- **").append(escape(s.name())).append("**: ")
                .append(escape(s.contact())).append(", ").append(escape(s.when())).append(".\n"));
        md.append("\n## Draft: report to the platform\n\n");
        quoted(md, Drafts.platform(input));
        md.append("\n## Draft: first account for the police\n\n");
        quoted(md, Drafts.police(input));
        return md.toString();
    }

    /**
     * A draft as a block quote, one quoted line per line of the draft, escaped like every other text here so that
     * message text quoted in it cannot become markup (a fenced block would leave raw HTML in the file).
     */
    private static void quoted(StringBuilder md, String text) {
        for (String line : text.split("\n", -1)) {
            md.append(line.isEmpty() ? ">" : "> " + escape(line) + "  ").append('\n');
        }
    }

    private static void factors(StringBuilder md, java.util.List<Factor> factors) {
        if (factors.isEmpty()) {
            md.append("None found.\n");
        }
        for (Factor f : factors) {
            md.append("- **").append(escape(f.id())).append("**: ").append(escape(f.reason())).append(" (")
                    .append(String.join(", ", f.evidence())).append(")\n");
        }
    }
}
