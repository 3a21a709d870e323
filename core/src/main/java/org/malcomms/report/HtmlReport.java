package org.malcomms.report;

import static org.malcomms.report.Html.escape;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.Span;
import org.malcomms.model.Assessment;
import org.malcomms.model.Deadline;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Finding;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.SentencingOutlook;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.Strength;
import org.malcomms.model.ZoneSource;
import org.malcomms.vault.CustodyEntry;
import org.malcomms.vault.Exhibit;

/**
 * The evidence report as one self-contained page: no scripts, no external resources, every message text escaped.
 * The page is well-formed XHTML, so {@link PdfReport} prints exactly the same content; only the font list differs
 * (the PDF names the fonts it embeds, a browser uses its own).
 */
public final class HtmlReport {
    static final String PDF_FONTS = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Emoji'";
    private static final String SCREEN_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans',"
            + " 'Noto Sans Arabic', 'Noto Color Emoji', 'Noto Emoji', sans-serif";
    /** How many cited messages each element quotes in full; the rest are listed by id. */
    static final int QUOTED = 8;
    /** How the knowledge base marks a fact from a secondary source, to be confirmed ([check]). */
    static final String TO_BE_CONFIRMED = "(to be confirmed)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private HtmlReport() {
    }

    /** The report for a case read straight from its inputs. */
    public static String render(CaseResult result) {
        return render(ReportInput.of(result));
    }

    public static String render(ReportInput input) {
        return render(input, TimeLimits.today());
    }

    /** The report as on {@code today}, which decides whether a charging deadline is shown as passed. */
    static String render(ReportInput input, LocalDate today) {
        return document(input, SCREEN_FONTS, today);
    }

    static String document(ReportInput input, String fonts, LocalDate today) {
        return new Writer(input, today).write(fonts);
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /** One rendering of one report. */
    private static final class Writer {
        private final ReportInput input;
        private final LocalDate today;
        private final Assessment a;
        private final ConversationFindings f;
        private final Map<String, MessageSignals> byId = new HashMap<>();
        private final Map<String, String> exhibitBySha = new HashMap<>();
        private final StringBuilder h = new StringBuilder(256 * 1024);

        Writer(ReportInput input, LocalDate today) {
            this.input = input;
            this.today = today;
            this.a = input.result().assessment();
            this.f = input.result().findings();
            f.signals().forEach(s -> byId.put(s.message().id(), s));
            input.exhibits().forEach(e -> exhibitBySha.put(e.sha256(), e.ref()));
        }

        String write(String fonts) {
            h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
                    .append("<meta charset=\"utf-8\"/>")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                    .append(" style-src 'unsafe-inline'; img-src data:\"/>")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                    .append("<meta name=\"subject\" content=\"Evidence report\"/>")
                    .append("<meta name=\"author\" content=\"malcomms ").append(escape(Malcomms.version()))
                    .append("\"/><title>Evidence report ").append(escape(input.caseReference())).append("</title>")
                    .append("<style>").append(css(fonts, input.caseReference())).append("</style></head><body>\n");
            safety();
            h.append("<h1>Evidence report</h1>\n<p class=\"meta\">Case reference <strong>")
                    .append(escape(input.caseReference())).append("</strong> &#183; prepared for ")
                    .append(escape(a.complainant())).append(a.complainantChosen()
                            ? " (chosen by the tool as the person who received the most messages; name them with"
                            + " --complainant)" : "").append(" &#183; ").append(a.perspective() == Perspective.DEFENCE
                            ? "written for the defence" : "written for the complainant")
                    .append(" &#183; England and Wales &#183; malcomms ").append(escape(Malcomms.version()))
                    .append("</p>\n");
            if (!a.scope().isEmpty()) {
                h.append("<p class=\"scope\">").append(escape(a.scope())).append("</p>\n");
            }
            summary();
            forThePerson();
            facts();
            if (a.perspective() == Perspective.DEFENCE) {
                factors("Points for the defence", a.defencePoints());
                offences();
                factors("Aggravating factors", a.aggravating());
            } else {
                offences();
                factors("Aggravating factors", a.aggravating());
                factors("Points the defence may raise", a.defencePoints());
            }
            publicInterest();
            sentencing();
            factors("Patterns in the conversation", a.patterns());
            charts();
            drafts();
            messageLog();
            exhibits();
            method();
            h.append("</body></html>\n");
            return h.toString();
        }

        private void safety() {
            if (a.immediateDanger() && a.perspective() == Perspective.COMPLAINANT) {
                h.append("<div class=\"danger\" role=\"alert\"><p><strong>If you are in danger, call 999 now.</strong>")
                        .append(" The messages include a threat of violence. If you cannot speak, call 999 and press")
                        .append(" 55 when asked (from a mobile). If it is not an emergency, call 101.</p></div>\n");
            }
        }

        private void summary() {
            h.append("<h2 id=\"summary\">Summary</h2>\n<table class=\"kv\">");
            row("Who", "For " + a.complainant() + (f.accused().isEmpty() ? ""
                    : "; abusive messages sent by " + String.join(", ", f.accused())));
            List<String> parties = new ArrayList<>();
            a.summary().parties().forEach(p -> parties.add(p.name() + " (" + p.messagesSent() + " sent)"));
            row("People in the messages", String.join(", ", parties));
            row("When", time(a.summary().firstAt()) + " to " + time(a.summary().lastAt()));
            row("Messages", a.summary().messages() + (a.summary().skipped() > 0 ? " (" + a.summary().skipped()
                    + " unreadable parts of the input skipped)" : ""));
            row("Abusive messages from others", f.offending().size() + " on " + f.occasions().size()
                    + " occasion(s)");
            row("Course of conduct", a.courseOfConduct().detected() ? "Yes, on " + a.courseOfConduct().occasions()
                    + " occasions" : "No (" + a.courseOfConduct().occasions() + " occasion(s))");
            h.append("</table>\n");
            List<OffenceFinding> strongest = a.offences().stream().filter(o -> o.strength() != Strength.NONE)
                    .sorted(Comparator.comparing(OffenceFinding::strength).reversed()).toList();
            h.append("<h3>Strongest offences</h3>");
            if (strongest.isEmpty()) {
                h.append("<p>The evidence does not get to any offence the tool knows.</p>");
            } else {
                h.append("<ul>");
                for (OffenceFinding o : strongest) {
                    h.append("<li><strong>").append(escape(o.citation())).append("</strong> (")
                            .append(escape(o.title())).append("): ").append(o.strength().json()).append(". ");
                    List<String> why = new ArrayList<>();
                    for (ElementFinding e : o.elements()) {
                        if (e.finding() != Finding.UNSUPPORTED && !e.reasons().isEmpty()) {
                            why.add(e.reasons().get(0));
                        }
                    }
                    h.append(escape(String.join(" ", why)));
                    if (o.deadline() != null) {
                        h.append(" <strong class=\"deadline\">").append(escape(TimeLimits.headline(o.deadline())))
                                .append("</strong> ").append(escape(TimeLimits.status(o.deadline(), today)));
                    }
                    h.append("</li>");
                }
                h.append("</ul>");
            }
            h.append("<p class=\"rec rec-").append(a.recommendation().json()).append("\">Recommendation: <strong>")
                    .append(a.recommendation().json()).append("</strong></p><ul>");
            a.recommendationReasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
            h.append("</ul>\n");
        }

        private void forThePerson() {
            PlainEnglish p = PlainEnglish.of(a, f, today);
            h.append("<section class=\"person\"><h2 id=\"for-you\">What this means for you</h2>");
            p.meaning().forEach(m -> h.append("<p>").append(escape(m)).append("</p>"));
            h.append("<h3>What to do next</h3><ol>");
            p.nextSteps().forEach(s -> h.append("<li>").append(escape(s)).append("</li>"));
            h.append("</ol><h3>Who can help</h3><ul>");
            p.support().forEach(s -> h.append("<li><strong>").append(escape(s.name())).append("</strong>: ")
                    .append(escape(s.contact())).append(", ").append(escape(s.when())).append(".</li>"));
            h.append("</ul></section>\n");
        }

        private void row(String k, String v) {
            h.append("<tr><th scope=\"row\">").append(escape(k)).append("</th><td>").append(escape(v))
                    .append("</td></tr>");
        }

        private void offences() {
            h.append("<h2 id=\"offences\">Offences considered</h2>\n<table class=\"grid\"><thead><tr><th>Offence</th>")
                    .append("<th>Strength</th><th>Trial</th><th>Maximum</th><th>Law as at</th></tr></thead><tbody>");
            for (OffenceFinding o : a.offences()) {
                h.append("<tr><td><a href=\"#").append(escape(o.id())).append("\">").append(escape(o.citation()))
                        .append("</a><br/><small>").append(escape(o.title())).append("</small></td><td class=\"s-")
                        .append(o.strength().json()).append("\">").append(o.strength().json()).append("</td><td>")
                        .append(escape(o.modeOfTrial())).append("</td><td>").append(escape(o.maxPenalty()))
                        .append(o.toConfirm().isEmpty() ? "" : " <em>(to be confirmed)</em>").append("</td><td>")
                        .append(escape(o.lawAsAt())).append("</td></tr>");
            }
            h.append("</tbody></table>\n");
            for (OffenceFinding o : a.offences()) {
                h.append("<section class=\"offence\" id=\"").append(escape(o.id())).append("\"><h3>")
                        .append(escape(o.citation())).append(": ").append(escape(o.strength().json())).append("</h3>");
                deadline(o.deadline());
                boolean defence = a.perspective() == Perspective.DEFENCE;
                for (ElementFinding e : o.elements()) {
                    h.append("<div class=\"el f-").append(e.finding().json()).append("\"><p><strong>")
                            .append(escape(e.text())).append("</strong>: ").append(e.finding().json()).append("</p>");
                    if (defence) {
                        points("What the defence may say", e.challenges());
                    }
                    h.append("<ul>");
                    e.reasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
                    h.append("</ul>");
                    quotes(e.evidence());
                    points(defence ? "What the prosecution may look for" : "What would strengthen this",
                            e.strengthen());
                    if (!defence) {
                        points("What the defence may say", e.challenges());
                    }
                    h.append("</div>");
                }
                o.notes().forEach(n -> h.append("<p class=\"note\">").append(escape(n)).append("</p>"));
                if (o.deadline() == null && o.timeLimit() != null) {
                    h.append("<p class=\"note\">Time limit: ").append(escape(o.timeLimit())).append("</p>");
                }
                o.toConfirm().forEach(c -> h.append("<p class=\"check\">[check] To be confirmed against")
                        .append(" legislation.gov.uk: ").append(escape(c)).append("</p>"));
                h.append("</section>\n");
            }
        }

        /** The charging deadline of a summary-only offence, boxed at the top of its section, and whether it passed. */
        private void deadline(Deadline d) {
            if (d == null) {
                return;
            }
            h.append("<div class=\"deadline").append(TimeLimits.passed(d, today) ? " passed" : "").append("\"><p><strong>")
                    .append(escape(TimeLimits.headline(d))).append("</strong> ")
                    .append(escape(TimeLimits.status(d, today))).append("</p><p class=\"ref\">")
                    .append(escape(d.explanation())).append("</p></div>");
        }

        /** A titled list of points under an element; nothing when there are none. */
        private void points(String title, List<String> points) {
            if (points.isEmpty()) {
                return;
            }
            h.append("<p class=\"pt\">").append(escape(title)).append(":</p><ul class=\"pt\">");
            points.forEach(p -> h.append("<li>").append(escape(p)).append("</li>"));
            h.append("</ul>");
        }

        /** The facts only the person can supply, and those they did, with how to supply them. */
        private void facts() {
            boolean defence = a.perspective() == Perspective.DEFENCE;
            h.append("<section class=\"facts\"><h2 id=\"facts\">").append(defence
                    ? "Facts the messages cannot show" : "Facts only you can tell us").append("</h2>");
            if (a.factsNeeded().isEmpty()) {
                h.append("<p>No fact missing from the messages would change a finding here.</p>");
            } else {
                h.append("<p>").append(defence ? "The messages cannot show these facts. If the complainant states"
                        + " them, the findings below may change:" : "The messages cannot show these facts, and they"
                        + " may change the findings below. Write them in a case facts file and run the assessment"
                        + " again with <code>--facts case.yaml</code>:").append("</p><ul>");
                a.factsNeeded().forEach(n -> h.append("<li>").append(escape(n)).append("</li>"));
                h.append("</ul>");
            }
            if (!a.factsUsed().isEmpty()) {
                h.append("<p>Facts supplied in the case facts file and used in this assessment:</p><ul>");
                a.factsUsed().forEach(u -> h.append("<li>").append(escape(u)).append("</li>"));
                h.append("</ul>");
            }
            h.append("</section>\n");
        }

        private void publicInterest() {
            h.append("<h2 id=\"public-interest\">Public interest</h2>\n<p>A prosecution goes ahead only when the")
                    .append(" evidence is strong enough and a prosecution is in the public interest. These factors")
                    .append(" from the Crown Prosecution Service's guidance apply here:</p>");
            factorList(a.publicInterest());
        }

        private void sentencing() {
            SentencingOutlook s = a.sentencing();
            h.append("<h2 id=\"sentencing\">If it goes to court: the likely outcome</h2>\n");
            if (s.likelyOutcome().isEmpty() && s.signals().isEmpty() && s.timeline().isEmpty()) {
                h.append("<p>The tool has no sentencing outlook for this case.</p>");
                return;
            }
            if (!s.likelyOutcome().isEmpty()) {
                h.append("<p").append(checked(s.likelyOutcome())).append("><strong>Likely outcome:</strong> ")
                        .append(escape(s.likelyOutcome())).append("</p>");
            }
            list("What points to a heavier sentence", s.signals());
            list("What usually happens, and how long it takes", s.timeline());
            list("Sources", s.sources());
        }

        private void list(String title, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            h.append("<h3>").append(escape(title)).append("</h3><ul>");
            items.forEach(i -> h.append("<li").append(checked(i)).append(">").append(escape(i)).append("</li>"));
            h.append("</ul>");
        }

        /** Marks text the knowledge base flags as to be confirmed, so the [check] caveat stands out. */
        private static String checked(String text) {
            return text.contains(TO_BE_CONFIRMED) ? " class=\"check\"" : "";
        }

        /** Quotes the first {@value #QUOTED} cited messages in full and lists the ids of the rest. */
        private void quotes(List<String> ids) {
            for (String id : ids.subList(0, Math.min(QUOTED, ids.size()))) {
                MessageSignals s = byId.get(id);
                if (s == null) {
                    continue;
                }
                Message m = s.message();
                h.append("<blockquote><p class=\"ref\">").append(escape(id)).append(" &#183; ")
                        .append(escape(time(m.sentAt()))).append(" &#183; ").append(escape(m.sender()))
                        .append("</p><p class=\"text\" dir=\"auto\">").append(marked(s)).append("</p></blockquote>");
            }
            if (ids.size() > QUOTED) {
                h.append("<p class=\"ref\">And ").append(ids.size() - QUOTED).append(" more, shown in the message")
                        .append(" log: ").append(escape(String.join(", ", ids.subList(QUOTED, ids.size()))))
                        .append("</p>");
            }
        }

        private void factors(String title, List<Factor> factors) {
            h.append("<h2>").append(escape(title)).append("</h2>\n");
            factorList(factors);
        }

        private void factorList(List<Factor> factors) {
            if (factors.isEmpty()) {
                h.append("<p>None found.</p>");
                return;
            }
            h.append("<ul>");
            for (Factor fa : factors) {
                h.append("<li><strong>").append(escape(fa.id())).append("</strong>: ").append(escape(fa.reason()))
                        .append(" <span class=\"ref\">").append(escape(String.join(", ", fa.evidence())))
                        .append(fa.source().isEmpty() ? "" : " (source: " + escape(fa.source()) + ")")
                        .append("</span></li>");
            }
            h.append("</ul>\n");
        }

        private void charts() {
            h.append("<h2 id=\"charts\">Timeline</h2>\n");
            h.append("<p>Messages per day by sender. Orange marks: abusive messages from others that day; red")
                    .append(" marks: threats of violence.</p>");
            image(Charts.timeline(f), "Chart of messages per day by sender, with abusive messages and threats marked");
            byte[] escalation = Charts.escalation(f);
            h.append("<h3>Escalation</h3>");
            if (escalation == null) {
                h.append("<p>No abusive messages from others, so nothing to chart.</p>");
            } else {
                h.append("<p>Severity of the abusive messages from others over time: 1 rude, 2 targeted abuse,")
                        .append(" 3 hateful, sexual or self-harm content or threats to expose, 4 a threat of violence. ")
                        .append(f.escalating() ? "The severity rose over time." : "The severity did not rise overall.")
                        .append("</p>");
                image(escalation, "Chart of the severity of the abuse over time");
            }
        }

        private void image(byte[] png, String alt) {
            h.append("<p class=\"chart\"><img class=\"chart\" alt=\"").append(escape(alt))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\"/></p>\n");
        }

        private void drafts() {
            if (a.perspective() == Perspective.DEFENCE) {
                h.append("<h2 id=\"drafts\">Drafts</h2>\n<p>").append(escape(Drafts.DEFENCE_NOTE)).append("</p>\n");
                return;
            }
            h.append("<h2 id=\"drafts\">Drafts ready to copy</h2>\n<p>Check each draft, fill in the parts in")
                    .append(" [square brackets], and copy it. The same texts come from")
                    .append(" <code>malcomms assess --format drafts</code>.</p><h3>Report to the platform</h3>")
                    .append("<pre class=\"draft\">").append(escape(Drafts.platform(input))).append("</pre>")
                    .append("<h3>First account for the police</h3><pre class=\"draft\">")
                    .append(escape(Drafts.police(input))).append("</pre>\n");
        }

        private void messageLog() {
            Screenshots shots = new Screenshots(input.originals());
            h.append("<h2 id=\"log\">Message log</h2>\n<p>Every message, exactly as exported, in time order. Each")
                    .append(" heading gives the message id, the original it was read from (exhibit reference or file")
                    .append(" name) and line, the time with its offset (\"zone assumed\" when the export gave no zone")
                    .append(" and the --tz zone was applied), the sender, and the flags the tool raised. Abusive")
                    .append(" messages are shaded; marked words are the ones behind a flag.</p>\n<div class=\"log\">");
            for (MessageSignals s : f.signals()) {
                Message m = s.message();
                String flags = flags(s);
                h.append("<div class=\"msg").append(s.offending() ? " off" : "").append("\"><p class=\"mh\"><strong>")
                        .append(escape(m.id())).append("</strong> &#183; ").append(escape(exhibit(m.source())))
                        .append(" &#183; ").append(escape(time(m.sentAt())))
                        .append(m.zoneSource() == ZoneSource.ASSUMED ? " (zone assumed)" : "")
                        .append(" &#183; <strong>").append(escape(m.sender())).append("</strong>")
                        .append(flags.isEmpty() ? "" : " &#183; <span class=\"flags\">" + escape(flags) + "</span>")
                        .append("</p><p class=\"text\" dir=\"auto\">").append(marked(s)).append("</p>");
                m.attachments().forEach(att -> h.append("<p class=\"mx\">attachment: ").append(escape(att.name()))
                        .append(" (").append(escape(att.type())).append(")</p>"));
                if (m.edited()) {
                    h.append("<p class=\"mx\">edited (earlier text not in the export)</p>");
                }
                if (Screenshots.hasCrop(m)) {
                    var crop = shots.cropDataUri(m);
                    if (crop.isPresent()) {
                        h.append("<p class=\"mx\"><img class=\"crop\" alt=\"The screenshot region this text was")
                                .append(" read from\" src=\"").append(crop.get()).append("\"/></p>");
                    } else {
                        h.append("<p class=\"mx\">read from a screenshot (")
                                .append(escape(m.metadata().get(Screenshots.IMAGE)))
                                .append("); the image is not available to this report</p>");
                    }
                }
                h.append("</div>\n");
            }
            h.append("</div>\n");
        }

        private String exhibit(SourceLocation src) {
            String ref = exhibitBySha.get(src.sha256());
            return (ref != null ? ref : src.file()) + (src.line() > 0 ? " line " + src.line() : "");
        }

        private void exhibits() {
            h.append("<h2 id=\"exhibits\">Exhibit schedule</h2>\n");
            if (!input.exhibits().isEmpty()) {
                h.append("<p>Each original is stored unaltered in the case folder under originals/ named by its")
                        .append(" SHA-256; <code>malcomms verify</code> recomputes every hash and the custody chain.")
                        .append("</p><table class=\"grid hashes\"><thead><tr><th>Exhibit</th><th>Original</th>")
                        .append("<th>SHA-256</th><th>Bytes</th><th>Received</th><th>Produced by</th></tr></thead>")
                        .append("<tbody>");
                for (Exhibit e : input.exhibits()) {
                    h.append("<tr><td>").append(escape(e.ref())).append("</td><td>").append(escape(e.name()))
                            .append("</td><td class=\"hash\">").append(escape(e.sha256())).append("</td><td>")
                            .append(e.size()).append("</td><td>").append(escape(e.receivedAt())).append("</td><td>")
                            .append(escape(e.producer())).append("</td></tr>");
                }
                h.append("</tbody></table>\n");
            } else {
                h.append("<p>No case folder was used, so the originals were not preserved by the tool. These are")
                        .append(" the files read, with their SHA-256; keep them unaltered (run with --case DIR to")
                        .append(" preserve them with a custody log).</p><table class=\"grid hashes\"><thead><tr>")
                        .append("<th>File</th><th>SHA-256</th></tr></thead><tbody>");
                Drafts.sources(input).forEach((name, sha) -> h.append("<tr><td>").append(escape(name))
                        .append("</td><td class=\"hash\">").append(escape(sha)).append("</td></tr>"));
                h.append("</tbody></table>\n");
            }
            if (!input.custody().isEmpty()) {
                h.append("<h3>Custody log</h3><p>Each entry holds the hash of the one before it, so no entry can be")
                        .append(" changed, removed or reordered without <code>malcomms verify</code> failing.</p>")
                        .append("<table class=\"grid hashes\"><thead><tr><th>#</th><th>When (UTC)</th><th>Action")
                        .append("</th><th>By</th><th>Details</th><th>Entry hash</th></tr></thead><tbody>");
                for (CustodyEntry e : input.custody()) {
                    List<String> details = new ArrayList<>();
                    new java.util.TreeMap<>(e.details()).forEach((k, v) -> details.add(k + ": " + v));
                    e.outputs().forEach(o -> details.add("sha256: " + o));
                    h.append("<tr><td>").append(e.seq()).append("</td><td>").append(escape(e.at())).append("</td><td>")
                            .append(escape(e.action())).append("</td><td>").append(escape(e.actor())).append("<br/>")
                            .append("<small>").append(escape(e.tool())).append("</small></td><td class=\"hash\">")
                            .append(escape(String.join("\n", details))).append("</td><td class=\"hash\">")
                            .append(escape(e.hash())).append("</td></tr>");
                }
                h.append("</tbody></table>\n");
            }
        }

        private void method() {
            Set<String> platforms = new LinkedHashSet<>();
            input.result().timeline().messages().forEach(m -> platforms.add(m.platform()));
            h.append("<h2 id=\"method\">Method and limits</h2>\n<p>Messages were read from the exports listed in the")
                    .append(" exhibit schedule (formats: ").append(escape(String.join(", ", platforms)))
                    .append("), merged into one timeline and numbered in time order. Times keep the offset the")
                    .append(" export gave; where it gave none, the zone chosen with --tz was applied and the message")
                    .append(" is marked \"zone assumed\". Text is shown exactly as exported; invisible control and")
                    .append(" direction characters are shown as [U+XXXX] so they cannot hide or reorder text. In the")
                    .append(" PDF, characters its fonts cannot draw (for example Chinese, Japanese or Korean) are")
                    .append(" also written as [U+XXXX], and invisible joiners and variation selectors are left out;")
                    .append(" the HTML report shows them as sent.</p>")
                    .append("<p>Each message was scored by malcomms's classifier for offensive, targeted, hateful,")
                    .append(" threatening, sexual and self-harm content, with the words behind each label marked")
                    .append(" in the text; conversation cues (requests to stop, contact with third parties, threats")
                    .append(" to expose) and patterns (occasions, late-night timing, bursts, escalation) were")
                    .append(" computed on top. The classifier can miss abuse its training or word lists do not")
                    .append(" cover, and can misread sarcasm, quotes and context: a person must read every cited")
                    .append(" message.</p><p>The legal assessment applies the knowledge base's rules for England")
                    .append(" and Wales, element by element, under the law in force when each message was sent.")
                    .append(" It is not legal advice; the police, the Crown Prosecution Service and the courts")
                    .append(" decide.</p>");
            List<String> checks = new ArrayList<>();
            for (OffenceFinding o : a.offences()) {
                o.toConfirm().forEach(c -> checks.add(o.citation() + ": " + c));
            }
            SentencingOutlook s = a.sentencing();
            List<String> outlook = new ArrayList<>(s.sources());
            outlook.add(s.likelyOutcome());
            outlook.stream().filter(t -> t.contains(TO_BE_CONFIRMED)).forEach(t -> checks.add("Sentencing: " + t));
            h.append("<h3>To be confirmed [check]</h3>");
            if (checks.isEmpty()) {
                h.append("<p>No fact used here is marked as needing confirmation.</p>");
            } else {
                h.append("<p>These facts come from secondary sources and are to be confirmed against")
                        .append(" legislation.gov.uk:</p><ul>");
                checks.forEach(c -> h.append("<li class=\"check\">[check] ").append(escape(c)).append("</li>"));
                h.append("</ul>");
            }
        }
    }

    /** The message text, escaped, with the words behind its labels marked. */
    static String marked(MessageSignals s) {
        String text = s.message().text();
        List<Span> spans = new ArrayList<>(s.classification().spans());
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            out.append(escape(text.substring(at, span.start()))).append("<mark title=\"").append(escape(span.label()))
                    .append("\">").append(escape(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    static String flags(MessageSignals s) {
        List<String> flags = new ArrayList<>();
        if (s.message().kind() != MessageKind.MESSAGE) {
            flags.add(s.message().kind().json());
        }
        s.classification().labels().forEach((l, p) -> {
            if (p >= 0.5) {
                flags.add(l.json());
            }
        });
        s.classification().protectedGroups().forEach(g -> flags.add(g.json()));
        s.cues().forEach(c -> flags.add(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        if (s.severity() > 0) {
            flags.add("severity " + s.severity());
        }
        return String.join(", ", flags);
    }

    /** Text for inside a single-quoted CSS string: anything but letters, digits and a few marks as a hex escape. */
    static String cssString(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 0x80 || " -_/.:#".indexOf(cp) >= 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return sb.toString();
    }

    private static String css(String fonts, String caseReference) {
        return "body{font-family:" + fonts + ";max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;"
                + "line-height:1.45}code,pre,small,mark{font-family:" + fonts + "}"
                + ".danger{background:#b00020;color:#fff;padding:.2rem 1rem;font-size:1.1rem}"
                + ".meta,.ref,small{color:#555}table{border-collapse:collapse;width:100%}"
                + ".grid th,.grid td,.kv th,.kv td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;"
                + "vertical-align:top}.kv th{width:28%}.log tr.off{background:#fff4f4}"
                + ".text{white-space:pre-wrap;word-wrap:break-word;overflow-wrap:anywhere;margin:0}"
                + ".ref{margin:0;font-size:.85rem}"
                + "blockquote{border-left:4px solid #999;margin:.4rem 0;padding:.2rem .6rem;background:#f7f7f7}"
                + "mark{background:#ffe08a}.s-strong{color:#7a0000;font-weight:bold}.s-moderate{color:#8a4b00}"
                + ".f-supported{border-left:4px solid #2e7d32;padding-left:.5rem}"
                + ".f-arguable{border-left:4px solid #ef6c00;padding-left:.5rem}"
                + ".f-unsupported{border-left:4px solid #9e9e9e;padding-left:.5rem}.check{color:#8a4b00}"
                + ".rec{font-size:1.2rem}.scope{font-style:italic}"
                + ".deadline{border:2px solid #8a4b00;background:#fff8e1;padding:0 .6rem;margin:.4rem 0}"
                + ".deadline.passed{border-color:#555;background:#eee}strong.deadline{color:#8a4b00}"
                + "p.pt{margin:.3rem 0 0;font-style:italic}.facts{border:2px solid #8a4b00;padding:0 1rem;margin:1rem 0}"
                + ".person{border:2px solid #2e5c8a;padding:0 1rem;margin:1rem 0}"
                + "img.chart{width:100%}img.crop{max-width:100%;border:1px solid #999;margin-top:.3rem}"
                + "pre.draft{white-space:pre-wrap;word-wrap:break-word;background:#f4f6f8;border:1px solid #ccc;"
                + "padding:.6rem;font-family:" + fonts + ";font-size:.9rem}"
                + ".hash{font-size:.75rem;word-wrap:break-word;overflow-wrap:anywhere;white-space:pre-wrap}"
                + ".msg{border-top:1px solid #ccc;padding:.25rem .4rem}.msg.off{background:#fff4f4}"
                + ".mh{margin:0;font-size:.8rem;color:#444}.mx{margin:0;font-size:.8rem;color:#555}"
                + ".flags{color:#7a0000}thead{display:table-header-group}table.grid{-fs-table-paginate:paginate}"
                + "@page{size:A4;margin:18mm 14mm 18mm 14mm;"
                + "@top-left{content:'Evidence report';font-family:" + fonts + ";font-size:8pt;color:#555}"
                + "@top-right{content:'Case " + cssString(caseReference) + "';font-family:" + fonts
                + ";font-size:8pt;color:#555}"
                + "@bottom-center{content:'Page ' counter(page) ' of ' counter(pages);font-family:" + fonts
                + ";font-size:8pt;color:#555}}"
                + "h2,h3{page-break-after:avoid}.msg,blockquote{page-break-inside:avoid}"
                + "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}}";
    }
}
