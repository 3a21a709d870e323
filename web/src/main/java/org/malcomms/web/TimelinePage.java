package org.malcomms.web;

import static org.malcomms.web.Layout.csrf;
import static org.malcomms.web.Layout.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malcomms.CaseResult;
import org.malcomms.analysis.Cue;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.Span;
import org.malcomms.model.Message;
import org.malcomms.model.Party;
import org.malcomms.report.JsonReport;

/**
 * Step 3: every message, filtered by person, flag and date, each with its flags and the words behind them
 * (the classifier's spans, highlighted), a screenshot crop beside OCR'd text, and a box to mark it.
 */
final class TimelinePage {
    /** Messages on one page: a long history is read a page at a time. */
    static final int PAGE = 250;

    /** What the person asked to see; null fields mean "any"; {@code page} counts from 1. */
    record Filter(String person, String flag, LocalDate from, LocalDate to, int page) {
        String query(int otherPage) {
            StringBuilder q = new StringBuilder("?page=").append(otherPage);
            if (person != null) {
                q.append("&person=").append(java.net.URLEncoder.encode(person, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (flag != null) {
                q.append("&flag=").append(java.net.URLEncoder.encode(flag, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (from != null) {
                q.append("&from=").append(from);
            }
            if (to != null) {
                q.append("&to=").append(to);
            }
            return q.toString();
        }

        boolean shows(MessageSignals s) {
            Message m = s.message();
            LocalDate day = m.sentAt().toLocalDate();
            return (person == null || m.sender().equals(person))
                    && (flag == null || flags(s).containsKey(flag))
                    && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Label.THREAT.json(), "Threat");
        NAMES.put(Label.HATE.json(), "Hate (protected characteristic)");
        NAMES.put(Label.SEXUAL.json(), "Sexual");
        NAMES.put(Label.SELF_HARM.json(), "Encourages self-harm");
        NAMES.put(Label.TARGETED.json(), "Aimed at someone");
        NAMES.put(Label.OFFENSIVE.json(), "Offensive");
        NAMES.put("exposure-threat", "Threat to share images or private information");
        NAMES.put("third-party-contact", "Contacts employer, staff or family");
        NAMES.put("stop-request", "Asks the other to stop");
    }

    private TimelinePage() {
    }

    /** The flags on a message, by id, in the order people should read them. */
    static Map<String, String> flags(MessageSignals s) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Label l : List.of(Label.THREAT, Label.HATE, Label.SEXUAL, Label.SELF_HARM, Label.TARGETED,
                Label.OFFENSIVE)) {
            if (s.has(l)) {
                f.put(l.json(), NAMES.get(l.json()));
            }
        }
        if (s.has(Cue.EXPOSURE_THREAT)) {
            f.put("exposure-threat", NAMES.get("exposure-threat"));
        }
        if (s.has(Cue.THIRD_PARTY_CONTACT)) {
            f.put("third-party-contact", NAMES.get("third-party-contact"));
        }
        if (s.has(Cue.STOP_REQUEST)) {
            f.put("stop-request", NAMES.get("stop-request"));
        }
        return f;
    }

    static String render(WebSession s, CaseResult result, Filter filter, Set<String> marked, List<String> warnings) {
        StringBuilder b = new StringBuilder(64 * 1024);
        List<MessageSignals> all = result.findings().signals();
        b.append("<form method=\"get\" action=\"/case/timeline\" class=\"filters\" aria-label=\"Filter messages\">")
                .append("<div><label for=\"f-person\">Person</label><select id=\"f-person\" name=\"person\">")
                .append("<option value=\"\">Everyone</option>");
        for (Party p : result.timeline().parties()) {
            b.append(option(p.name(), p.name() + " (" + p.messagesSent() + ")", p.name().equals(filter.person())));
        }
        b.append("</select></div><div><label for=\"f-flag\">Flag</label><select id=\"f-flag\" name=\"flag\">")
                .append("<option value=\"\">Any message</option>");
        NAMES.forEach((id, name) -> b.append(option(id, name, id.equals(filter.flag()))));
        b.append("</select></div><div><label for=\"f-from\">From</label><input type=\"date\" id=\"f-from\""
                        + " name=\"from\" value=\"").append(filter.from() == null ? "" : filter.from())
                .append("\"></div><div><label for=\"f-to\">To</label><input type=\"date\" id=\"f-to\" name=\"to\""
                        + " value=\"").append(filter.to() == null ? "" : filter.to())
                .append("\"></div><div><button type=\"submit\">Show</button></div></form>\n");
        if (!warnings.isEmpty()) {
            b.append("<details class=\"warn\"><summary>").append(warnings.size())
                    .append(" part(s) of the files could not be read</summary><ul>");
            warnings.stream().limit(200).forEach(w -> b.append("<li>").append(esc(w)).append("</li>"));
            b.append("</ul></details>\n");
        }
        List<MessageSignals> matching = all.stream().filter(filter::shows).toList();
        int pages = Math.max(1, (matching.size() + PAGE - 1) / PAGE);
        int page = Math.min(Math.max(1, filter.page()), pages);
        List<MessageSignals> shown = matching.subList((page - 1) * PAGE, Math.min(matching.size(), page * PAGE));
        b.append("<p role=\"status\" id=\"count\">").append(matching.size()).append(" of ").append(all.size())
                .append(" messages match").append(pages > 1 ? "; page " + page + " of " + pages : "").append(". ")
                .append(marked.size()).append(" marked.</p>\n");
        pager(b, filter, page, pages);
        b.append("")
                .append("<form method=\"post\" action=\"/case/marks\">").append(csrf(s))
                .append("<p class=\"hint\">Tick the messages that matter most to you, then save. They go into"
                        + " your account of what happened.</p><button type=\"submit\">Save marked messages</button>\n"
                        + "<ol class=\"messages\">\n");
        for (MessageSignals m : shown) {
            message(b, m, marked.contains(m.message().id()));
        }
        b.append("</ol>\n");
        if (!shown.isEmpty()) {
            b.append("<button type=\"submit\">Save marked messages</button>");
        }
        b.append("</form>\n");
        pager(b, filter, page, pages);
        return Layout.page(s, "/case/timeline", "Messages", b.toString());
    }

    private static void pager(StringBuilder b, Filter filter, int page, int pages) {
        if (pages == 1) {
            return;
        }
        b.append("<nav class=\"pager\" aria-label=\"Pages of messages\">");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"/case/timeline").append(esc(filter.query(page - 1)))
                    .append("\">Earlier messages</a> ");
        }
        if (page < pages) {
            b.append("<a rel=\"next\" href=\"/case/timeline").append(esc(filter.query(page + 1)))
                    .append("\">Later messages</a>");
        }
        b.append("</nav>\n");
    }

    private static String option(String value, String text, boolean selected) {
        return "<option value=\"" + esc(value) + "\"" + (selected ? " selected" : "") + ">" + esc(text) + "</option>";
    }

    private static void message(StringBuilder b, MessageSignals s, boolean marked) {
        Message m = s.message();
        String id = esc(m.id());
        Map<String, String> flags = flags(s);
        b.append("<li class=\"msg").append(flags.containsKey(Label.THREAT.json()) ? " msg-threat" : "")
                .append("\" id=\"").append(id).append("\"><article aria-labelledby=\"h-").append(id).append("\">")
                .append("<h2 class=\"msg-head\" id=\"h-").append(id).append("\"><span class=\"who\">")
                .append(esc(m.sender().isEmpty() ? "(notice)" : m.sender())).append("</span> <time datetime=\"")
                .append(esc(JsonReport.time(m.sentAt()))).append("\">").append(esc(when(m))).append("</time>")
                .append(" <span class=\"mid\">").append(id).append("</span></h2>\n");
        b.append("<input type=\"hidden\" name=\"shown\" value=\"").append(id).append("\">");
        b.append("<div class=\"msg-body\">");
        if (m.metadata().containsKey(Crops.BOX) && m.metadata().containsKey(Crops.IMAGE)) {
            b.append("<img class=\"crop\" src=\"/case/crop/").append(id).append("\" alt=\"The screenshot this message"
                    + " was read from (cropped to the message)\">");
        }
        b.append("<p class=\"text\">").append(highlighted(m.text(), s.classification().spans())).append("</p>");
        if (!m.attachments().isEmpty()) {
            b.append("<p class=\"meta\">Attachments: ");
            b.append(String.join(", ", m.attachments().stream().map(a -> esc(a.name())).toList())).append("</p>");
        }
        b.append("</div>");
        if (!flags.isEmpty()) {
            b.append("<ul class=\"flags\" aria-label=\"Flags\">");
            for (Map.Entry<String, String> f : flags.entrySet()) {
                b.append("<li class=\"flag flag-").append(esc(f.getKey())).append("\">").append(esc(f.getValue()));
                List<String> words = words(m.text(), s.classification().spans(), f.getKey());
                if (!words.isEmpty()) {
                    b.append(": <span class=\"words\">");
                    b.append(String.join(", ", words.stream().map(w -> "&ldquo;" + esc(w) + "&rdquo;").toList()));
                    b.append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<p class=\"meta\">From ").append(esc(m.source() == null ? "" : m.source().file()))
                .append(m.source() != null && m.source().line() > 0 ? ", line " + m.source().line() : "")
                .append(m.edited() ? " &middot; edited" : "").append(m.zoneSource().name().equals("ASSUMED")
                        ? " &middot; time zone assumed (UK time)" : "").append("</p>")
                .append("<p class=\"mark\"><input type=\"checkbox\" name=\"marked\" value=\"").append(id)
                .append("\" id=\"mk-").append(id).append('"').append(marked ? " checked" : "")
                .append("><label for=\"mk-").append(id).append("\">Mark this message</label></p>")
                .append("</article></li>\n");
    }

    private static String when(Message m) {
        return m.sentAt().toLocalDate() + " " + m.sentAt().toLocalTime().withNano(0);
    }

    /** The words behind one flag: the text of its spans. */
    private static List<String> words(String text, List<Span> spans, String label) {
        List<String> words = new ArrayList<>();
        for (Span sp : spans) {
            if (sp.label().equals(label) && sp.start() >= 0 && sp.end() <= text.length() && sp.start() < sp.end()) {
                String w = text.substring(sp.start(), sp.end());
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** The text, escaped, with each span's characters in a mark element (overlapping spans merged). */
    static String highlighted(String text, List<Span> spans) {
        List<Span> valid = spans.stream().filter(sp -> sp.start() >= 0 && sp.end() <= text.length()
                && sp.start() < sp.end()).sorted(Comparator.comparingInt(Span::start)).toList();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        int i = 0;
        while (i < valid.size()) {
            int start = Math.max(valid.get(i).start(), at);
            int end = valid.get(i).end();
            List<String> labels = new ArrayList<>();
            while (i < valid.size() && valid.get(i).start() < end) {
                end = Math.max(end, valid.get(i).end());
                if (!labels.contains(valid.get(i).label())) {
                    labels.add(valid.get(i).label());
                }
                i++;
            }
            if (start >= end) {
                continue;
            }
            out.append(esc(text.substring(at, start))).append("<mark title=\"").append(esc(String.join(", ",
                    labels.stream().map(l -> NAMES.getOrDefault(l, l)).toList()))).append("\">")
                    .append(esc(text.substring(start, end))).append("</mark>");
            at = end;
        }
        out.append(esc(text.substring(at)));
        return out.toString();
    }
}
