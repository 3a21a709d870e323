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
        Assessment a = result.assessment();
        Map<String, MessageSignals> byId = new HashMap<>();
        result.findings().signals().forEach(s -> byId.put(s.message().id(), s));
        StringBuilder md = new StringBuilder();
        if (a.immediateDanger()) {
            md.append("> **If you are in danger, call 999 now.** The messages include a threat of violence.\n\n");
        }
        md.append("# Evidence report for ").append(escape(a.complainant())).append("\n\n");
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
        md.append("\n## Next steps\n\n");
        int n = 1;
        for (String s : a.nextSteps()) {
            md.append(n++).append(". ").append(escape(s)).append('\n');
        }
        return md.toString();
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
