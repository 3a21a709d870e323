package org.malcomms.web;

import static org.malcomms.web.Layout.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.malcomms.CaseResult;
import org.malcomms.model.Assessment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Party;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;

/**
 * Step 5: the assessment from either side (offences, each element, the recommendation, next steps, and the 999
 * advice first when a message threatens violence), and the reports to take away.
 */
final class AssessmentPage {
    private AssessmentPage() {
    }

    static String render(WebSession s, CaseResult result, String complainant) {
        Assessment a = result.assessment();
        StringBuilder b = new StringBuilder(32 * 1024);
        if (a.immediateDanger() && a.perspective() == Perspective.COMPLAINANT) {
            b.append("<div class=\"danger\" role=\"alert\" id=\"danger\"><strong>If you are in danger, call 999 now."
                    + "</strong> The messages include a threat of violence. If it is not an emergency, call 101.</div>\n");
        }
        b.append("<form method=\"get\" action=\"/case/assessment\" class=\"filters\" aria-label=\"Whose side\">")
                .append("<div><label for=\"a-who\">Who are you in these messages?</label><select id=\"a-who\""
                        + " name=\"complainant\"><option value=\"\">Let the tool choose</option>");
        for (Party p : result.timeline().parties()) {
            b.append("<option value=\"").append(esc(p.name())).append('"')
                    .append(p.name().equals(complainant) ? " selected" : "").append('>').append(esc(p.name()))
                    .append("</option>");
        }
        boolean defence = a.perspective() == Perspective.DEFENCE;
        b.append("</select></div><fieldset><legend>Your side</legend>")
                .append("<input type=\"radio\" id=\"p-c\" name=\"perspective\" value=\"complainant\"")
                .append(defence ? "" : " checked").append("><label for=\"p-c\">I received these messages</label> ")
                .append("<input type=\"radio\" id=\"p-d\" name=\"perspective\" value=\"defence\"")
                .append(defence ? " checked" : "").append("><label for=\"p-d\">I am accused of sending them</label>")
                .append("</fieldset><div><button type=\"submit\">Show the assessment</button></div></form>\n");
        b.append("<p>For <strong>").append(esc(a.complainant())).append("</strong>")
                .append(a.complainantChosen() ? " (chosen by the tool as the person who received the most messages;"
                        + " choose yourself above)" : "").append(", ").append(a.summary().messages())
                .append(" messages, ").append(result.findings().offending().size()).append(" of them offending.</p>\n");
        b.append("<section aria-labelledby=\"rec-h\" class=\"rec rec-").append(a.recommendation().json())
                .append("\"><h2 id=\"rec-h\">Recommendation: <span id=\"recommendation\">")
                .append(recommendation(a)).append("</span></h2><ul>");
        a.recommendationReasons().forEach(r -> b.append("<li>").append(esc(r)).append("</li>"));
        b.append("</ul></section>\n<h2>Next steps</h2><ol id=\"next-steps\">");
        a.nextSteps().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
        b.append("</ol>\n<h2>Offences</h2>\n");
        for (OffenceFinding o : a.offences()) {
            offence(b, o);
        }
        factors(b, defence ? "Points for the defence" : "Points the defence may raise", a.defencePoints());
        factors(b, "Aggravating factors", a.aggravating());
        downloads(b, complainant, a.perspective());
        return Layout.page(s, "/case/assessment", "Assessment", b.toString());
    }

    private static String recommendation(Assessment a) {
        return switch (a.recommendation()) {
            case PURSUE -> "pursue it";
            case RETHINK -> "rethink or drop it";
            case ESCALATE -> "escalate it now";
        };
    }

    private static void offence(StringBuilder b, OffenceFinding o) {
        b.append("<details class=\"offence strength-").append(o.strength().json()).append('"')
                .append(o.strength() == Strength.NONE ? "" : " open").append("><summary><span class=\"strength\">")
                .append(esc(o.strength().json())).append("</span> ").append(esc(o.title())).append("</summary>")
                .append("<p class=\"meta\">").append(esc(o.citation())).append(" &middot; law as at ")
                .append(esc(o.lawAsAt())).append(" &middot; ").append(esc(o.modeOfTrial())).append(" &middot; maximum ")
                .append(esc(o.maxPenalty())).append("</p><ol class=\"elements\">");
        for (ElementFinding e : o.elements()) {
            b.append("<li><strong class=\"finding-").append(e.finding().json()).append("\">")
                    .append(esc(e.finding().json())).append("</strong>: ").append(esc(e.text()));
            if (!e.reasons().isEmpty()) {
                b.append("<ul>");
                e.reasons().forEach(r -> b.append("<li>").append(esc(r)).append("</li>"));
                b.append("</ul>");
            }
            evidence(b, e.evidence());
            b.append("</li>");
        }
        b.append("</ol>");
        o.notes().forEach(n -> b.append("<p class=\"hint\">").append(esc(n)).append("</p>"));
        b.append("</details>\n");
    }

    private static void factors(StringBuilder b, String heading, List<Factor> factors) {
        b.append("<h2>").append(esc(heading)).append("</h2>");
        if (factors.isEmpty()) {
            b.append("<p>None found.</p>\n");
            return;
        }
        b.append("<ul class=\"factors\">");
        for (Factor f : factors) {
            b.append("<li><strong>").append(esc(f.id().replace('-', ' ').replace(":", ": "))).append("</strong>: ")
                    .append(esc(f.reason()));
            evidence(b, f.evidence());
            b.append("</li>");
        }
        b.append("</ul>\n");
    }

    private static void evidence(StringBuilder b, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        b.append(" <span class=\"evidence\">Messages: ");
        b.append(String.join(", ", ids.stream().map(id -> "<a href=\"/case/timeline#" + esc(id) + "\">" + esc(id)
                + "</a>").toList()));
        b.append("</span>");
    }

    private static void downloads(StringBuilder b, String complainant, Perspective p) {
        String q = "?perspective=" + p.json() + (complainant == null ? "" : "&complainant="
                + URLEncoder.encode(complainant, StandardCharsets.UTF_8));
        b.append("<section aria-labelledby=\"dl-h\"><h2 id=\"dl-h\">Take it away</h2><ul class=\"downloads\">");
        link(b, "pdf", q, "Evidence report to print or send (PDF)");
        link(b, "html", q, "Evidence report to read in a browser (HTML)");
        link(b, "md", q, "Report as plain text (Markdown)");
        link(b, "platform", q, "Draft report to the platform, ready to copy (text)");
        link(b, "police", q, "Draft first account for the police, ready to copy (text)");
        link(b, "bundle", q, "Evidence bundle for the police or a solicitor (BagIt zip)");
        link(b, "json", q, "Assessment for software (JSON)");
        b.append("</ul><p class=\"hint\">A copy of each report and draft is kept in the case and recorded in its"
                + " evidence record. The drafts have gaps in [square brackets] that only you can fill.</p>"
                + "<p class=\"hint\" id=\"bundle-warning\">The evidence bundle holds the original files, the PDF"
                + " report, everything kept in the case and its evidence record, with their fingerprints, so that"
                + " the police can check nothing was changed. It is <strong>not encrypted</strong>: anyone who has it"
                + " can read the messages, so give it only to the police or your solicitor. Making it is recorded in"
                + " the case.</p></section>\n");
    }

    private static void link(StringBuilder b, String kind, String query, String label) {
        b.append("<li><a id=\"dl-").append(kind).append("\" href=\"/case/download/").append(kind).append(esc(query))
                .append("\" download>").append(label).append("</a></li>");
    }
}
