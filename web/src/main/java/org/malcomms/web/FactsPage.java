package org.malcomms.web;

import static org.malcomms.web.Layout.csrf;
import static org.malcomms.web.Layout.esc;

/** Step 4: what happened offline and how it affected the person, saved with the case as derived/facts.yaml. */
final class FactsPage {
    private FactsPage() {
    }

    static String render(WebSession s, Facts f) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"lead\">The messages do not tell the whole story. What you write here is saved with the"
                + " case and recorded in its evidence record. Leave out anything you are not sure of.</p>\n")
                .append("<form method=\"post\" action=\"/case/facts\" class=\"stack\">").append(csrf(s));
        area(b, "relationship", "Who is the sender to you? (for example: ex-partner, colleague, a stranger)",
                f.relationship(), 2);
        area(b, "senderIdentity", "How do you know who sent them? (their number, they admitted it, someone saw"
                + " them do it)", f.senderIdentity(), 3);
        area(b, "impact", "How has this affected you? (fear, sleep, work, health, changed your routine)",
                f.impact(), 5);
        area(b, "vulnerability", "Anything that makes you more vulnerable to this (age, disability, illness,"
                + " pregnancy, living alone)", f.vulnerability(), 3);
        area(b, "courtOrders", "Any court order, bail condition or police warning against the sender (what, and"
                + " when)", f.courtOrders(), 2);
        area(b, "notes", "What happened offline (visits, calls, damage), with dates if you can", f.notes(), 6);
        b.append("<button type=\"submit\">Save</button></form>\n<section aria-labelledby=\"mk-h\"><h2 id=\"mk-h\">"
                + "Messages you marked</h2>");
        if (f.markedMessages().isEmpty()) {
            b.append("<p>None yet. <a href=\"/case/timeline\">Mark messages in the list</a>.</p>");
        } else {
            b.append("<ul id=\"marked\">");
            f.markedMessages().forEach(id -> b.append("<li><a href=\"/case/timeline#").append(esc(id)).append("\">")
                    .append(esc(id)).append("</a></li>"));
            b.append("</ul>");
        }
        b.append("</section>\n");
        return Layout.page(s, "/case/facts", "What happened", b.toString());
    }

    private static void area(StringBuilder b, String name, String label, String value, int rows) {
        b.append("<label for=\"").append(name).append("\">").append(esc(label)).append("</label><textarea id=\"")
                .append(name).append("\" name=\"").append(name).append("\" rows=\"").append(rows)
                .append("\" maxlength=\"").append(WebApp.MAX_FIELD_CHARS).append("\">")
                .append(esc(value == null ? "" : value)).append("</textarea>");
    }
}
