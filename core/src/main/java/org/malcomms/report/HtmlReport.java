package org.malcomms.report;

import static org.malcomms.report.Html.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malcomms.CaseResult;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.Span;
import org.malcomms.model.Assessment;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Message;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;

/** A self-contained HTML evidence report: no scripts, no external resources, every message text escaped. */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(CaseResult result) {
        Assessment a = result.assessment();
        Map<String, MessageSignals> byId = new HashMap<>();
        result.findings().signals().forEach(s -> byId.put(s.message().id(), s));
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src")
                .append(" 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Evidence report</title><style>").append(CSS).append("</style></head><body>\n");
        if (a.immediateDanger() && a.perspective() == Perspective.COMPLAINANT) {
            h.append("<div class=\"danger\" role=\"alert\"><strong>If you are in danger, call 999 now.</strong> ")
                    .append("The messages include a threat of violence. If it is not an emergency, call 101.</div>\n");
        }
        h.append("<h1>Evidence report</h1>\n<p class=\"meta\">Prepared for ")
                .append(escape(a.complainant())).append(a.complainantChosen()
                        ? " (chosen by the tool as the person who received the most messages; name them with --complainant)"
                        : "").append(" &middot; ").append(a.perspective() == Perspective.DEFENCE
                        ? "written for the defence" : "written for the complainant")
                .append(" &middot; England and Wales &middot; malcomms ").append(escape(
                        org.malcomms.Malcomms.version())).append("</p>\n");
        summary(h, result);
        if (a.perspective() == Perspective.DEFENCE) {
            factors(h, "Points for the defence", a.defencePoints(), byId);
            offences(h, a, byId);
            factors(h, "Aggravating factors", a.aggravating(), byId);
        } else {
            offences(h, a, byId);
            factors(h, "Aggravating factors", a.aggravating(), byId);
            factors(h, "Points the defence may raise", a.defencePoints(), byId);
        }
        h.append("<h2>Next steps</h2>\n<ol>");
        a.nextSteps().forEach(s -> h.append("<li>").append(escape(s)).append("</li>"));
        h.append("</ol>\n");
        messageLog(h, result);
        method(h, a);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, CaseResult result) {
        Assessment a = result.assessment();
        h.append("<h2>Summary</h2>\n<table class=\"kv\">");
        row(h, "Messages", a.summary().messages() + (a.summary().skipped() > 0 ? " (" + a.summary().skipped()
                + " unreadable parts of the input skipped)" : ""));
        List<String> parties = new ArrayList<>();
        a.summary().parties().forEach(p -> parties.add(p.name() + " (" + p.messagesSent() + " sent)"));
        row(h, "People", String.join(", ", parties));
        row(h, "From", a.summary().firstAt() == null ? "" : JsonReport.time(a.summary().firstAt()));
        row(h, "To", a.summary().lastAt() == null ? "" : JsonReport.time(a.summary().lastAt()));
        row(h, "Offending messages from others", String.valueOf(result.findings().offending().size()));
        row(h, "Course of conduct", a.courseOfConduct().detected() ? "Yes, on " + a.courseOfConduct().occasions()
                + " occasions" : "No (" + a.courseOfConduct().occasions() + " occasion(s))");
        h.append("</table>\n<p class=\"rec rec-").append(a.recommendation().json()).append("\">Recommendation: <strong>")
                .append(a.recommendation().json()).append("</strong></p><ul>");
        a.recommendationReasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
        h.append("</ul>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th scope=\"row\">").append(escape(k)).append("</th><td>").append(escape(v)).append("</td></tr>");
    }

    private static void offences(StringBuilder h, Assessment a, Map<String, MessageSignals> byId) {
        h.append("<h2>Offences considered</h2>\n<table class=\"grid\"><thead><tr><th>Offence</th><th>Strength</th>")
                .append("<th>Trial</th><th>Maximum</th><th>Law as at</th></tr></thead><tbody>");
        for (OffenceFinding o : a.offences()) {
            h.append("<tr><td><a href=\"#").append(escape(o.id())).append("\">").append(escape(o.citation()))
                    .append("</a><br><small>").append(escape(o.title())).append("</small></td><td class=\"s-")
                    .append(o.strength().json()).append("\">").append(o.strength().json()).append("</td><td>")
                    .append(escape(o.modeOfTrial())).append("</td><td>").append(escape(o.maxPenalty()))
                    .append(o.toConfirm().isEmpty() ? "" : " <em>(to be confirmed)</em>").append("</td><td>")
                    .append(escape(o.lawAsAt())).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
        for (OffenceFinding o : a.offences()) {
            if (o.strength() == Strength.NONE && a.offences().stream().anyMatch(x -> x.strength() != Strength.NONE)) {
                continue;
            }
            h.append("<section id=\"").append(escape(o.id())).append("\"><h3>").append(escape(o.citation()))
                    .append(": ").append(escape(o.strength().json())).append("</h3>");
            for (ElementFinding e : o.elements()) {
                h.append("<div class=\"el f-").append(e.finding().json()).append("\"><p><strong>")
                        .append(escape(e.text())).append("</strong>: ").append(e.finding().json()).append("</p><ul>");
                e.reasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
                h.append("</ul>");
                quotes(h, e.evidence(), byId);
                h.append("</div>");
            }
            o.notes().forEach(n -> h.append("<p class=\"note\">").append(escape(n)).append("</p>"));
            if (o.timeLimit() != null) {
                h.append("<p class=\"note\">Time limit: ").append(escape(o.timeLimit())).append("</p>");
            }
            o.toConfirm().forEach(c -> h.append("<p class=\"check\">To be confirmed against legislation.gov.uk: ")
                    .append(escape(c)).append("</p>"));
            h.append("</section>\n");
        }
    }

    private static void quotes(StringBuilder h, List<String> ids, Map<String, MessageSignals> byId) {
        for (String id : ids) {
            MessageSignals s = byId.get(id);
            if (s == null) {
                continue;
            }
            Message m = s.message();
            h.append("<blockquote><span class=\"ref\">").append(escape(id)).append(" &middot; ")
                    .append(escape(JsonReport.time(m.sentAt()))).append(" &middot; ").append(escape(m.sender()))
                    .append("</span><br><bdi class=\"text\">").append(marked(s)).append("</bdi></blockquote>");
        }
    }

    /** The message text, escaped, with the words behind its labels marked. */
    static String marked(MessageSignals s) {
        String text = s.message().text();
        List<Span> spans = new ArrayList<>(s.classification().spans());
        spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            out.append(escape(text.substring(at, span.start()))).append("<mark title=\"").append(escape(span.label()))
                    .append("\">").append(escape(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    private static void factors(StringBuilder h, String title, List<Factor> factors, Map<String, MessageSignals> byId) {
        h.append("<h2>").append(escape(title)).append("</h2>\n");
        if (factors.isEmpty()) {
            h.append("<p>None found.</p>");
            return;
        }
        h.append("<ul>");
        for (Factor f : factors) {
            h.append("<li><strong>").append(escape(f.id())).append("</strong>: ").append(escape(f.reason()))
                    .append(" <span class=\"ref\">").append(escape(String.join(", ", f.evidence())))
                    .append("</span></li>");
        }
        h.append("</ul>\n");
    }

    private static void messageLog(StringBuilder h, CaseResult result) {
        h.append("<h2>Message log</h2>\n<table class=\"grid log\"><thead><tr><th>Ref</th><th>Sent</th><th>Sender</th>")
                .append("<th>Message</th><th>Flags</th></tr></thead><tbody>");
        for (MessageSignals s : result.findings().signals()) {
            Message m = s.message();
            h.append("<tr").append(s.offending() ? " class=\"off\"" : "").append("><td>").append(escape(m.id()))
                    .append("</td><td>").append(escape(JsonReport.time(m.sentAt())))
                    .append(m.zoneSource() == org.malcomms.model.ZoneSource.ASSUMED ? "<br><small>zone assumed</small>"
                            : "").append("</td><td>").append(escape(m.sender())).append("</td><td><bdi class=\"text\">")
                    .append(marked(s)).append("</bdi>");
            m.attachments().forEach(att -> h.append("<br><small>attachment: ").append(escape(att.name()))
                    .append(" (").append(escape(att.type())).append(")</small>"));
            if (m.edited()) {
                h.append("<br><small>edited (earlier text not in the export)</small>");
            }
            h.append("</td><td>").append(escape(flags(s))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    static String flags(MessageSignals s) {
        List<String> flags = new ArrayList<>();
        if (s.message().kind() != org.malcomms.model.MessageKind.MESSAGE) {
            flags.add(s.message().kind().json());
        }
        s.classification().labels().forEach((l, p) -> {
            if (p >= 0.5) {
                flags.add(l.json());
            }
        });
        s.classification().protectedGroups().forEach(g -> flags.add(g.json()));
        s.cues().forEach(c -> flags.add(c.name().toLowerCase().replace('_', '-')));
        return String.join(", ", flags);
    }

    private static void method(StringBuilder h, Assessment a) {
        h.append("<h2>Method and limits</h2>\n<p>Messages were read from the exports named in each message's source,")
                .append(" with times in the zone noted. Each message was scored by malcomms's rule-based signals")
                .append(" (word and phrase lists for insults, threats, sexual terms, slurs, requests to stop and")
                .append(" contact with third parties). These are a first placeholder: they miss what their lists")
                .append(" do not name, and a person must read every cited message.</p><p>The legal assessment applies")
                .append(" the knowledge base's rules for England and Wales to those signals, under the law in force")
                .append(" when each message was sent. It is not legal advice; the police, the Crown Prosecution")
                .append(" Service and the courts decide. Facts marked \"to be confirmed\" come from secondary sources.")
                .append("</p>\n");
    }

    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;"
            + "max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}"
            + ".danger{background:#b00020;color:#fff;padding:1rem;border-radius:6px;font-size:1.1rem}"
            + ".meta,.ref,small{color:#555}table{border-collapse:collapse;width:100%}"
            + ".grid th,.grid td,.kv th,.kv td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;"
            + "vertical-align:top}.log tr.off{background:#fff4f4}.text{white-space:pre-wrap;overflow-wrap:anywhere}"
            + "blockquote{border-left:4px solid #999;margin:.4rem 0;padding:.2rem .6rem;background:#f7f7f7}"
            + "mark{background:#ffe08a}.s-strong{color:#7a0000;font-weight:bold}.s-moderate{color:#8a4b00}"
            + ".f-supported{border-left:4px solid #2e7d32;padding-left:.5rem}"
            + ".f-arguable{border-left:4px solid #ef6c00;padding-left:.5rem}"
            + ".f-unsupported{border-left:4px solid #9e9e9e;padding-left:.5rem}.check{color:#8a4b00}"
            + ".rec{font-size:1.2rem}";
}
