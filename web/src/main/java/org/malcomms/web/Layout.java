package org.malcomms.web;

import org.malcomms.report.Html;

/**
 * The page shell every screen shares: a neutral tab title (never the case name: someone may be looking over a
 * shoulder), the quick-exit button, a skip link, the navigation, and the local stylesheet and script. Every piece
 * of text that came from a file or a person goes through {@link #esc}.
 */
final class Layout {
    static final String TITLE = "Notes";
    static final String EXIT_URL = "https://www.bbc.co.uk/weather";

    private Layout() {
    }

    static String esc(String s) {
        return Html.escape(s);
    }

    /** The hidden field that carries the session's CSRF secret in every form. */
    static String csrf(WebSession s) {
        return "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + esc(s.csrf()) + "\">";
    }

    static String page(WebSession s, String current, String heading, String body) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append("<meta name=\"csrf\" content=\"").append(esc(s.csrf())).append("\">")
                .append("<title>").append(TITLE).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .append("<script src=\"/assets/app.js\" defer></script></head><body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"top\"><a id=\"quick-exit\" class=\"quick-exit\" href=\"").append(EXIT_URL)
                .append("\" rel=\"noreferrer\">Quick exit <span class=\"key\">(Esc)</span></a>\n");
        nav(h, s, current);
        h.append("</header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>").append(esc(heading)).append("</h1>\n");
        String notice = s.takeNotice();
        if (notice != null) {
            h.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>\n");
        }
        h.append(body).append("</main>\n<footer><p>This app runs only on this computer; nothing you add leaves it."
                + " It is not legal advice. If you are in danger, call 999.</p></footer>\n</body></html>\n");
        return h.toString();
    }

    private static void nav(StringBuilder h, WebSession s, String current) {
        h.append("<nav aria-label=\"Steps\"><ol class=\"steps\">");
        item(h, "/", "1. Case", current);
        if (s.openCase() != null) {
            item(h, "/case", "2. Add evidence", current);
            item(h, "/case/timeline", "3. Messages", current);
            item(h, "/case/facts", "4. What happened", current);
            item(h, "/case/assessment", "5. Assessment", current);
        }
        h.append("</ol></nav>\n");
    }

    private static void item(StringBuilder h, String href, String label, String current) {
        h.append("<li><a href=\"").append(href).append('"');
        if (href.equals(current)) {
            h.append(" aria-current=\"page\"");
        }
        h.append('>').append(label).append("</a></li>");
    }

    /** The page shown when a request is refused: it names nothing about the case. */
    static String refusal(String why) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + TITLE
                + "</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main id=\"main\">"
                + "<h1>Not available</h1><p>" + esc(why) + "</p></main></body></html>\n";
    }
}
