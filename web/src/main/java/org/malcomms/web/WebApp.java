package org.malcomms.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.ingest.InputException;
import org.malcomms.model.Message;
import org.malcomms.model.Perspective;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Exhibit;
import org.malcomms.vault.PassphraseException;

/**
 * The local web app behind {@code malcomms serve}: Javalin on 127.0.0.1 only, server-rendered pages, and the
 * core called exactly as the command line calls it. Close it to stop the server and remove its upload folder.
 */
public final class WebApp implements AutoCloseable {
    static final int MAX_FILE_MB = 512;
    static final int MAX_REQUEST_MB = 2048;
    static final int MAX_FIELD_CHARS = 20_000;
    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    private final Path dataDir;
    private final Malcomms malcomms;
    private final Guard guard;
    private final Path uploads;
    private final Consumer<String> announce;
    private final Javalin app;

    private WebApp(Path dataDir, Malcomms malcomms, Consumer<String> announce, Clock clock) throws IOException {
        this.dataDir = dataDir;
        this.malcomms = malcomms;
        this.announce = announce;
        this.guard = new Guard(clock, () -> announce.accept(launchUrl()));
        this.uploads = Files.createTempDirectory("malcomms-upload-");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(MAX_FILE_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = 1_000_000;
            config.routes.before(this::admit);
            config.routes.get("/assets/{file}", this::asset);
            config.routes.get("/", this::home);
            config.routes.post("/cases", this::openCase);
            config.routes.post("/exit", this::exit);
            config.routes.get("/case", ctx -> ctx.html(CasePages.evidence(session(ctx), open(ctx))));
            config.routes.post("/case/upload", this::upload);
            config.routes.get("/case/timeline", this::timeline);
            config.routes.post("/case/marks", this::marks);
            config.routes.get("/case/facts", ctx -> ctx.html(FactsPage.render(session(ctx), open(ctx).facts())));
            config.routes.post("/case/facts", this::saveFacts);
            config.routes.get("/case/assessment", this::assessment);
            config.routes.get("/case/download/{kind}", this::download);
            config.routes.get("/case/crop/{id}", this::crop);
            config.routes.exception(NoCase.class, (e, ctx) -> ctx.redirect("/"));
            config.routes.exception(InputException.class, (e, ctx) -> failed(ctx, 422, "Cannot read "
                    + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> failed(ctx, 500, e.getMessage() == null
                    ? e.toString() : e.getMessage()));
        });
    }

    /**
     * Starts the app on 127.0.0.1 at {@code port} (0 for any free port). {@code announce} receives each new launch
     * URL issued after a quick exit or an idle timeout ended the browser's session.
     */
    public static WebApp start(Path dataDir, int port, Malcomms malcomms, Consumer<String> announce)
            throws IOException {
        return start(dataDir, port, malcomms, announce, Clock.systemUTC());
    }

    /** As {@link #start(Path, int, Malcomms, Consumer)}, with sessions timed out by {@code clock}. */
    static WebApp start(Path dataDir, int port, Malcomms malcomms, Consumer<String> announce, Clock clock)
            throws IOException {
        Files.createDirectories(dataDir);
        WebApp web = new WebApp(dataDir, malcomms, announce, clock);
        web.app.start("127.0.0.1", port);
        web.guard.port(web.app.port());
        return web;
    }

    public int port() {
        return app.port();
    }

    /** A URL with a fresh one-time launch token: the first browser to open it gets the session. */
    public String launchUrl() {
        return "http://127.0.0.1:" + port() + "/?token=" + guard.issueLaunchToken();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        try (Stream<Path> files = Files.walk(uploads)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void admit(Context ctx) {
        if (ctx.path().startsWith("/assets/")) {
            Guard.headers(ctx);
            return;
        }
        WebSession s = guard.admit(ctx);
        if (s != null) {
            ctx.attribute("session", s);
        }
    }

    /** Shows what went wrong in words, never a stack trace. */
    private static void failed(Context ctx, int status, String what) {
        WebSession s = session(ctx);
        ctx.status(status).html(s == null ? Layout.refusal(what) : CasePages.error(s, what));
    }

    private static WebSession session(Context ctx) {
        return ctx.attribute("session");
    }

    /** Thrown when a case page is asked for before a case is open: the browser is sent to the first step. */
    private static final class NoCase extends RuntimeException {
        NoCase() {
            super("no case open", null, false, false);
        }
    }

    private static OpenCase open(Context ctx) {
        OpenCase c = session(ctx).openCase();
        if (c == null) {
            throw new NoCase();
        }
        return c;
    }

    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) {
            ctx.status(404).result("");
            return;
        }
        try (InputStream in = WebApp.class.getResourceAsStream("/web/" + file)) {
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private void home(Context ctx) throws IOException {
        List<String> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dataDir)) {
            dirs.filter(d -> Files.exists(d.resolve("custody.log"))).map(d -> d.getFileName().toString()).sorted()
                    .forEach(cases::add);
        }
        ctx.html(CasePages.home(session(ctx), cases, dataDir));
    }

    private void openCase(Context ctx) throws IOException {
        WebSession s = session(ctx);
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").trim();
        if (!name.matches("[A-Za-z0-9 _\\-]{1,60}") || name.startsWith("-")) {
            s.notice("A case name may use letters, numbers, spaces, - and _ (up to 60).");
            ctx.redirect("/");
            return;
        }
        Path dir = dataDir.resolve(name);
        boolean isNew = "new".equals(ctx.formParam("mode"));
        String pass = ctx.formParam("passphrase") == null ? "" : ctx.formParam("passphrase");
        String actor = ctx.formParam("actor") == null || ctx.formParam("actor").isBlank()
                ? System.getProperty("user.name", "unknown") : ctx.formParam("actor").trim();
        synchronized (OpenCase.WRITES) {
            boolean exists = CaseVault.state(dir) != CaseState.NEW;
            if (isNew && exists) {
                s.notice("There is already a case called " + name + ". Open it, or choose another name.");
            } else if (!isNew && !exists) {
                s.notice("There is no case called " + name + ".");
            } else if (isNew && !pass.equals(ctx.formParam("passphrase2"))) {
                s.notice("The two passphrases are not the same, so nothing was created. Type them again.");
            } else {
                try {
                    s.open(new OpenCase(name, CaseOpener.open(dir, actor, pass.toCharArray()), malcomms));
                    s.notice(isNew ? "Started the case. Now add the messages." : "Opened the case.");
                    ctx.redirect("/case");
                    return;
                } catch (PassphraseException e) {
                    s.notice(isNew ? "Nothing was created: " + e.getMessage() + "."
                            : "That passphrase does not open the case " + name + ". Nothing in the case was changed."
                            + " Check it (and Caps Lock) and try again.");
                }
            }
        }
        ctx.redirect("/");
    }

    /** Quick exit: ends this browser's session (so Back shows nothing) and prints a fresh link to return with. */
    private void exit(Context ctx) {
        guard.end(ctx);
        announce.accept(launchUrl());
        ctx.status(204);
    }

    private void upload(Context ctx) throws IOException {
        WebSession s = session(ctx);
        OpenCase c = open(ctx);
        List<String> added = new ArrayList<>();
        Path batch = Files.createTempDirectory(uploads, "batch-");
        try {
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                String name = plainName(f.filename());
                if (name.isEmpty()) {
                    continue;
                }
                Path tmp = batch.resolve(added.size() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
                try (InputStream in = f.content()) {
                    Files.copy(in, tmp);
                }
                Exhibit e = c.preserve(tmp, name);
                added.add(e.ref() + " " + name);
                Files.delete(tmp);
            }
        } finally {
            try (Stream<Path> left = Files.list(batch)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(batch);
        }
        s.notice(added.isEmpty() ? "No file was chosen." : "Added " + String.join(", ", added) + ".");
        if ("progress".equals(ctx.header("X-Upload"))) {
            ctx.contentType("text/plain; charset=utf-8").result("/case");
        } else {
            ctx.redirect("/case");
        }
    }

    /** The last part of a browser-supplied file name, without any folder part or control characters. */
    static String plainName(String browserName) {
        if (browserName == null) {
            return "";
        }
        String n = browserName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
        return n.equals(".") || n.equals("..") ? "" : n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    /** Sends the person back to add evidence when the case holds no readable messages yet. */
    private static boolean noMessages(Context ctx, OpenCase c) throws IOException, InputException {
        if (!c.timeline().messages().isEmpty()) {
            return false;
        }
        session(ctx).notice("There are no messages in this case yet. Add the chat export from your phone first.");
        ctx.redirect("/case");
        return true;
    }

    private void timeline(Context ctx) throws IOException, InputException {
        OpenCase c = open(ctx);
        if (noMessages(ctx, c)) {
            return;
        }
        CaseResult result = c.assess(null, Perspective.COMPLAINANT);
        TimelinePage.Filter filter = new TimelinePage.Filter(blankToNull(ctx.queryParam("person")),
                blankToNull(ctx.queryParam("flag")), date(ctx.queryParam("from")), date(ctx.queryParam("to")),
                pageNumber(ctx.queryParam("page")));
        ctx.html(TimelinePage.render(session(ctx), result, filter, new LinkedHashSet<>(c.facts().markedMessages()),
                c.warnings()));
    }

    private void marks(Context ctx) throws IOException {
        WebSession s = session(ctx);
        Set<String> shown = Set.copyOf(ctx.formParams("shown"));
        List<String> ticked = ctx.formParams("marked").stream().filter(id -> id.matches("[A-Za-z0-9._:-]{1,40}"))
                .toList();
        Facts saved = open(ctx).updateFacts(facts -> {
            Set<String> marked = new LinkedHashSet<>(facts.markedMessages());
            marked.removeAll(shown);
            marked.addAll(ticked);
            return facts.withMarked(marked.stream().sorted().toList());
        });
        s.notice(saved.markedMessages().size() + " message(s) marked and saved with the case.");
        ctx.redirect("/case/timeline");
    }

    private void saveFacts(Context ctx) throws IOException {
        WebSession s = session(ctx);
        open(ctx).updateFacts(facts -> facts.withAccount(field(ctx, "vulnerability"), field(ctx, "relationship"),
                field(ctx, "impact"), field(ctx, "senderIdentity"), field(ctx, "courtOrders"), field(ctx, "notes")));
        s.notice("Saved with the case.");
        ctx.redirect("/case/facts");
    }

    private static String field(Context ctx, String name) {
        String v = blankToNull(ctx.formParam(name));
        if (v == null) {
            return null;
        }
        v = v.replace("\r\n", "\n");
        return v.length() > MAX_FIELD_CHARS ? v.substring(0, MAX_FIELD_CHARS) : v;
    }

    private void assessment(Context ctx) throws IOException, InputException {
        String who = blankToNull(ctx.queryParam("complainant"));
        OpenCase c = open(ctx);
        if (noMessages(ctx, c)) {
            return;
        }
        CaseResult result = c.assess(who, perspective(ctx));
        ctx.html(AssessmentPage.render(session(ctx), result, who));
    }

    private void download(Context ctx) throws IOException, InputException {
        String asked = ctx.pathParam("kind");
        OpenCase.Download kind = OpenCase.Download.named(asked);
        if (kind == null && !asked.equals("bundle")) {
            ctx.status(404).html(CasePages.error(session(ctx), "There is no such download."));
            return;
        }
        OpenCase c = open(ctx);
        if (noMessages(ctx, c)) {
            return;
        }
        CaseResult result = c.assess(blankToNull(ctx.queryParam("complainant")), perspective(ctx));
        if (kind != null) {
            byte[] bytes = c.report(kind, result);
            ctx.header("Content-Disposition", "attachment; filename=\"" + kind.file + "\"")
                    .contentType(kind.mediaType).result(bytes);
            return;
        }
        Path zip = uploads.resolve("bundle-" + Guard.random() + ".zip");
        try {
            c.bundle(result, zip);
            ctx.header("Content-Disposition", "attachment; filename=\"" + OpenCase.BUNDLE + "\"")
                    .contentType("application/zip");
            try (InputStream in = Files.newInputStream(zip); var out = ctx.outputStream()) {
                in.transferTo(out);
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private void crop(Context ctx) throws IOException, InputException {
        OpenCase c = open(ctx);
        String id = ctx.pathParam("id");
        Message m = c.timeline().messages().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        byte[] png = m == null ? null : Crops.crop(c.vault().files(), m).orElse(null);
        if (png == null) {
            ctx.status(404).result("");
            return;
        }
        ctx.contentType("image/png").result(png);
    }

    private static Perspective perspective(Context ctx) {
        return "defence".equals(ctx.queryParam("perspective")) ? Perspective.DEFENCE : Perspective.COMPLAINANT;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int pageNumber(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim().toLowerCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
