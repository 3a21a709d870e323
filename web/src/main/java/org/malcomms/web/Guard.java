package org.malcomms.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may talk to the app: only a browser that arrived with the one-time launch token (which then starts a session
 * held in an HttpOnly, SameSite=Strict cookie), only under the host names of this machine, and, for every form
 * sent, only with the session's CSRF secret. A session unused for {@link #IDLE} ends (with the case it had open,
 * and so its key), and a fresh launch link is announced for the person to come back with. It also sets the
 * security headers on every response.
 */
final class Guard {
    static final String COOKIE = "malcomms_session";
    static final String CSRF_FIELD = "csrf";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final Duration IDLE = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Set<String> expired = ConcurrentHashMap.newKeySet();
    private final Set<String> launchTokens = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Runnable announceLaunch;
    private volatile int port;

    /** {@code announceLaunch} prints a fresh launch link; it is called when a session that timed out comes back. */
    Guard(Clock clock, Runnable announceLaunch) {
        this.clock = clock;
        this.announceLaunch = announceLaunch;
    }

    /** A fresh one-time launch token; it starts one session and is then spent. */
    String issueLaunchToken() {
        String token = random();
        launchTokens.add(token);
        return token;
    }

    void port(int port) {
        this.port = port;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * Runs before every request: refuses foreign host names (DNS rebinding), lets the stylesheet and script through,
     * turns a valid launch token into a session, and refuses everything else that has no session or, for a POST,
     * no matching CSRF secret. Returns the session, or null when the request was refused or redirected.
     */
    WebSession admit(Context ctx) {
        headers(ctx);
        String host = ctx.header("Host");
        if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
            refuse(ctx, "This address is not allowed.");
            return null;
        }
        Instant now = clock.instant();
        endIdle(now);
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && expired.remove(cookie)) {
            announceLaunch.run();
            refuse(ctx, "To keep the case private, the app closed it after " + IDLE.toMinutes() + " minutes without"
                    + " use. A new link was printed in the window where malcomms serve runs: open it to carry on.");
            return null;
        }
        WebSession session = cookie == null ? null : sessions.get(cookie);
        String token = ctx.queryParam("token");
        if (token != null && session == null) {
            if (!launchTokens.remove(token)) {
                refuse(ctx, "This link has already been used or is not valid. Start malcomms serve again for a new"
                        + " link.");
                return null;
            }
            String id = random();
            session = new WebSession(random(), now);
            sessions.put(id, session);
            ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect("/");
            return null;
        }
        if (session == null) {
            refuse(ctx, "This page is not available. Open the link that malcomms serve printed.");
            return null;
        }
        if (ctx.method() == HandlerType.POST && !same(session.csrf(), ctx.formParam(CSRF_FIELD))) {
            refuse(ctx, "This form has expired. Go back, reload the page and try again.");
            return null;
        }
        session.used(now);
        return session;
    }

    /** Ends every session unused for {@link #IDLE}, remembering its id to explain why when it comes back. */
    private void endIdle(Instant now) {
        sessions.forEach((id, s) -> {
            if (s.idleSince(now).compareTo(IDLE) >= 0 && sessions.remove(id, s)) {
                expired.add(id);
            }
        });
    }

    /** Ends the browser's session (quick exit): its cookie no longer opens anything. */
    void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(Context ctx, String why) {
        ctx.status(403).contentType("text/html; charset=utf-8").result(Layout.refusal(why));
        ctx.skipRemainingHandlers();
    }
}
