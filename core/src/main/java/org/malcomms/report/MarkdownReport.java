package org.malcomms.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malcomms.CaseResult;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.Assessment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Message;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.SentencingOutlook;

/** The assessment as Markdown, for pasting into case notes. Message text is escaped so it cannot become markup. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * Escapes the characters that start HTML ({@code < > &}) as entities and Markdown punctuation with a backslash,
     * and shows control and direction-override characters as code points. Quotes stay as they are: outside a tag
     * they are plain text, and an entity such as {@code &#39;} would have its {@code #} escaped and show literally.
     */
    static String escape(String s) {
        String text = Html.visible(s);
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n' -> sb.append(' ');
                default -> {
                    if ("\\`*_{}[]()#+-!|~".indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    public static String render(CaseResult result) {
        return render(ReportInput.of(result));
    }

    public static String render(ReportInput input) {
        return render(input, TimeLimits.today());
    }

    /** The report as on {@code today}, which decides whether a charging deadline is shown as passed. */
    static String render(ReportInput input, LocalDate today) {
        CaseResult result = input.result();
        Assessment a = result.assessment();
        Map<String, MessageSignals> byId = new HashMap<>();
        result.findings().signals().forEach(s -> byId.put(s.message().id(), s));
        StringBuilder md = new StringBuilder();
        boolean defence = a.perspective() == Perspective.DEFENCE;
        if (a.immediateDanger() && !defence) {
            md.append("> **If you are in danger, call 999 now.** The messages include a threat of violence.\n\n");
        }
        md.append("# Evidence report for ").append(escape(a.complainant())).append("\n\nCase reference: ")
                .append(escape(input.caseReference())).append(defence ? ", written for the defence"
                        : ", written for the complainant").append("\n\n");
        if (!a.scope().isEmpty()) {
            md.append('*').append(escape(a.scope())).append("*\n\n");
        }
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
            if (o.deadline() != null) {
                md.append("> **").append(escape(TimeLimits.headline(o.deadline()))).append("** ")
                        .append(escape(TimeLimits.status(o.deadline(), today))).append("  \n> ")
                        .append(escape(o.deadline().explanation())).append("\n\n");
            }
            for (ElementFinding e : o.elements()) {
                md.append("- **").append(escape(e.text())).append("**: ").append(e.finding().json()).append('\n');
                if (defence) {
                    points(md, "What the defence may say", e.challenges());
                }
                e.reasons().forEach(r -> md.append("  - ").append(escape(r)).append('\n'));
                for (String id : e.evidence()) {
                    MessageSignals s = byId.get(id);
                    if (s != null) {
                        Message m = s.message();
                        md.append("  - ").append(id).append(", ").append(JsonReport.time(m.sentAt())).append(", ")
                                .append(escape(m.sender())).append(": \"").append(escape(m.text())).append("\"\n");
                    }
                }
                points(md, defence ? "What the prosecution may look for" : "What would strengthen this",
                        e.strengthen());
                if (!defence) {
                    points(md, "What the defence may say", e.challenges());
                }
            }
            if (o.deadline() == null && o.timeLimit() != null) {
                md.append("\nTime limit: ").append(escape(o.timeLimit())).append('\n');
            }
        }
        md.append("\n## Aggravating factors\n\n");
        factors(md, a.aggravating());
        md.append(defence ? "\n## Points for the defence\n\n" : "\n## Points the defence may raise\n\n");
        factors(md, a.defencePoints());
        md.append("\n## Public interest\n\nA prosecution goes ahead only when the evidence is strong enough and a")
                .append(" prosecution is in the public interest. These factors from the Crown Prosecution Service's")
                .append(" guidance apply here:\n\n");
        factors(md, a.publicInterest());
        sentencing(md, a.sentencing());
        md.append("\n## Patterns in the conversation\n\n");
        factors(md, a.patterns());
        facts(md, a);
        PlainEnglish plain = PlainEnglish.of(a, result.findings(), today);
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
        if (defence) {
            md.append("\n## Drafts\n\n").append(escape(Drafts.DEFENCE_NOTE)).append('\n');
            return md.toString();
        }
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

    private static void factors(StringBuilder md, List<Factor> factors) {
        if (factors.isEmpty()) {
            md.append("None found.\n");
        }
        for (Factor f : factors) {
            List<String> refs = new ArrayList<>(f.evidence());
            if (!f.source().isEmpty()) {
                refs.add("source: " + f.source());
            }
            md.append("- **").append(escape(f.id())).append("**: ").append(escape(f.reason()))
                    .append(refs.isEmpty() ? "" : " (" + escape(String.join(", ", refs)) + ")").append('\n');
        }
    }

    /** A titled list of points under an element; nothing when there are none. */
    private static void points(StringBuilder md, String title, List<String> points) {
        if (points.isEmpty()) {
            return;
        }
        md.append("  - *").append(title).append(":*\n");
        points.forEach(p -> md.append("    - ").append(escape(p)).append('\n'));
    }

    private static void sentencing(StringBuilder md, SentencingOutlook s) {
        md.append("\n## If it goes to court: the likely outcome\n\n");
        if (s.likelyOutcome().isEmpty() && s.signals().isEmpty() && s.timeline().isEmpty()) {
            md.append("The tool has no sentencing outlook for this case.\n");
            return;
        }
        if (!s.likelyOutcome().isEmpty()) {
            md.append("**Likely outcome:** ").append(checked(s.likelyOutcome())).append("\n");
        }
        list(md, "What points to a heavier sentence", s.signals());
        list(md, "What usually happens, and how long it takes", s.timeline());
        list(md, "Sources", s.sources());
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append("\n\n");
        items.forEach(i -> md.append("- ").append(checked(i)).append('\n'));
    }

    /** The text escaped, with a [check] mark in front when the knowledge base flags it as to be confirmed. */
    private static String checked(String text) {
        return (text.contains(HtmlReport.TO_BE_CONFIRMED) ? "\\[check\\] " : "") + escape(text);
    }

    private static void facts(StringBuilder md, Assessment a) {
        boolean defence = a.perspective() == Perspective.DEFENCE;
        md.append(defence ? "\n## Facts the messages cannot show\n\n" : "\n## Facts only you can tell us\n\n");
        if (a.factsNeeded().isEmpty()) {
            md.append("No fact missing from the messages would change a finding here.\n");
        } else {
            md.append(defence ? "The messages cannot show these facts. If the complainant states them, the findings"
                    + " above may change:\n\n" : "The messages cannot show these facts, and they may change the"
                    + " findings above. Write them in a case facts file and run the assessment again with"
                    + " `--facts case.yaml`:\n\n");
            a.factsNeeded().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
        }
        if (!a.factsUsed().isEmpty()) {
            md.append("\nFacts supplied in the case facts file and used in this assessment:\n\n");
            a.factsUsed().forEach(u -> md.append("- ").append(escape(u)).append('\n'));
        }
    }
}
