package org.malcomms.web;

import static org.malcomms.web.Layout.csrf;
import static org.malcomms.web.Layout.esc;

import java.io.IOException;
import java.util.List;
import org.malcomms.vault.Verification;

/** The first two steps: choose or start a case, then add evidence to it and see what was preserved. */
final class CasePages {
    private CasePages() {
    }

    static String home(WebSession s, List<String> cases, java.nio.file.Path dataDir) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"lead\">Keep the messages safely as evidence, see what the law says about them, and get"
                + " a report you can take to the police, a solicitor or the platform.</p>\n");
        OpenCase open = s.openCase();
        if (open != null) {
            b.append("<p><a class=\"button\" href=\"/case\">Continue with the open case: ").append(esc(open.name()))
                    .append("</a></p>\n");
        }
        if (!cases.isEmpty()) {
            b.append("<section aria-labelledby=\"open-h\"><h2 id=\"open-h\">Open a case</h2>\n")
                    .append("<form method=\"post\" action=\"/cases\" class=\"stack\">").append(csrf(s))
                    .append("<input type=\"hidden\" name=\"mode\" value=\"open\">")
                    .append("<label for=\"open-name\">Case</label><select id=\"open-name\" name=\"name\">");
            cases.forEach(c -> b.append("<option>").append(esc(c)).append("</option>"));
            b.append("</select>");
            passphrase(b, "open-pass", "passphrase", "current-password", "The passphrase you chose when you started"
                    + " the case.");
            actor(b, "open-actor");
            b.append("<button type=\"submit\">Open this case</button></form></section>\n");
        }
        b.append("<section aria-labelledby=\"new-h\"><h2 id=\"new-h\">Start a new case</h2>\n")
                .append("<form method=\"post\" action=\"/cases\" class=\"stack\">").append(csrf(s))
                .append("<input type=\"hidden\" name=\"mode\" value=\"new\">")
                .append("<label for=\"new-name\">A name for the case (only you see it; letters, numbers, spaces)"
                        + "</label><input id=\"new-name\" name=\"name\" required maxlength=\"60\""
                        + " pattern=\"[A-Za-z0-9 _\\-]{1,60}\" autocomplete=\"off\" aria-describedby=\"new-name-hint\">"
                        + "<p class=\"hint\" id=\"new-name-hint\">The name is also the name of the case's folder on"
                        + " this computer, so choose one that tells an onlooker nothing.</p>");
        passphrase(b, "new-pass", "passphrase", "new-password", "At least 8 characters; a few unrelated words are"
                + " easy to remember and hard to guess. The case is encrypted with this passphrase: without it the"
                + " case cannot be opened, and it cannot be recovered if you forget it.");
        passphrase(b, "new-pass2", "passphrase2", "new-password", "Type it again, to be sure.");
        actor(b, "new-actor");
        b.append("<button type=\"submit\">Start the case</button></form>\n<p class=\"hint\">Cases are kept in ")
                .append(esc(dataDir.toAbsolutePath().toString())).append(".</p></section>\n");
        return Layout.page(s, "/", "Your cases", b.toString());
    }

    private static void passphrase(StringBuilder b, String id, String name, String autocomplete, String hint) {
        b.append("<label for=\"").append(id).append("\">").append(name.equals("passphrase2") ? "Passphrase again"
                        : "Passphrase").append("</label><input type=\"password\" id=\"").append(id)
                .append("\" name=\"").append(name).append("\" required autocomplete=\"").append(autocomplete)
                .append("\" aria-describedby=\"").append(id).append("-hint\"><p class=\"hint\" id=\"").append(id)
                .append("-hint\">").append(esc(hint)).append("</p>");
    }

    private static void actor(StringBuilder b, String id) {
        b.append("<label for=\"").append(id).append("\">Your name, for the evidence record (optional)</label>")
                .append("<input id=\"").append(id).append("\" name=\"actor\" maxlength=\"80\" autocomplete=\"name\">");
    }

    static String evidence(WebSession s, OpenCase c) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<p>Case: <strong>").append(esc(c.name())).append("</strong></p>\n")
                .append("<section aria-labelledby=\"add-h\"><h2 id=\"add-h\">Add files</h2>\n")
                .append("<form id=\"upload\" method=\"post\" action=\"/case/upload\" enctype=\"multipart/form-data\""
                        + " class=\"stack\">").append(csrf(s))
                .append("<label for=\"files\">Choose or drop files: chat exports (.txt), zip files from an export,"
                        + " screenshots</label><input type=\"file\" id=\"files\" name=\"files\" multiple required"
                        + " class=\"drop\"><button type=\"submit\">Add to the case</button>")
                .append("<div id=\"upload-status\" class=\"upload-status\" hidden><label for=\"upload-progress\">"
                        + "Uploading</label> <progress id=\"upload-progress\" max=\"100\" value=\"0\"></progress>"
                        + " <span id=\"upload-percent\" aria-live=\"polite\"></span></div></form>\n")
                .append("<p class=\"hint\">Each file is copied into the case unchanged and fingerprinted (SHA-256),"
                        + " and every step is written to the case's evidence record. Files up to ")
                .append(WebApp.MAX_FILE_MB).append(" MB each.</p></section>\n");
        List<OpenCase.Original> originals = c.originals();
        b.append("<section aria-labelledby=\"ex-h\"><h2 id=\"ex-h\">Evidence in this case</h2>\n");
        if (originals.isEmpty()) {
            b.append("<p>Nothing yet. Add the chat export you saved from your phone.</p>\n");
        } else {
            b.append("<div class=\"scroll\"><table><caption class=\"visually-hidden\">Preserved files</caption><thead>"
                    + "<tr><th scope=\"col\">Exhibit</th><th scope=\"col\">File</th><th scope=\"col\">Size</th>"
                    + "<th scope=\"col\">Received</th><th scope=\"col\">Read as messages?</th></tr></thead><tbody>");
            for (OpenCase.Original o : originals) {
                b.append("<tr><td>").append(esc(o.exhibit().ref())).append("</td><td>").append(esc(o.exhibit().name()))
                        .append("<br><span class=\"hash\">SHA-256 ").append(esc(o.exhibit().sha256()))
                        .append("</span></td><td>").append(o.exhibit().size()).append(" bytes</td><td>")
                        .append(esc(o.exhibit().receivedAt())).append("</td><td>")
                        .append(o.readable() ? "Yes" : "Kept as evidence; not readable as messages: "
                                + esc(o.problem())).append("</td></tr>");
            }
            b.append("</tbody></table></div>\n<p><a class=\"button\" href=\"/case/timeline\">See the messages</a></p>\n");
        }
        b.append("</section>\n");
        Verification.Result check = Verification.check(c.vault().files());
        b.append("<section aria-labelledby=\"ck-h\"><h2 id=\"ck-h\">Evidence record</h2>\n");
        if (check.intact()) {
            b.append("<p class=\"ok\" id=\"integrity\">Intact: ").append(check.entries()).append(" recorded steps, ")
                    .append(check.originals()).append(" originals and ").append(check.derived())
                    .append(" derived files checked.</p>\n");
        } else {
            b.append("<p class=\"bad\" id=\"integrity\">Something in the case folder was changed: ")
                    .append(esc(check.problems().get(0))).append("</p>\n");
        }
        b.append(c.vault().encrypted() ? "<p id=\"encryption\">The case is encrypted with its passphrase: without the"
                + " passphrase it cannot be opened, and a forgotten passphrase cannot be recovered.</p>"
                : "<p id=\"encryption\" class=\"bad\">This case is not encrypted (it was started without a"
                + " passphrase): anyone who can open its folder can read the messages.</p>");
        b.append("<p class=\"hint\">Folder: ").append(esc(c.dir().toAbsolutePath().toString())).append("</p></section>\n");
        return Layout.page(s, "/case", "Add evidence", b.toString());
    }

    static String error(WebSession s, String what) {
        return Layout.page(s, "", "Something went wrong", "<p class=\"bad\">" + esc(what) + "</p>"
                + "<p><a href=\"/case\">Back to the evidence</a></p>");
    }
}
