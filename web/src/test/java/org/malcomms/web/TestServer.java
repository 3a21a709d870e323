package org.malcomms.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malcomms.Malcomms;
import org.malcomms.vault.CaseVault;

/**
 * The real web app on a free port over a fresh data folder, with the launch URLs it announces collected and a clock
 * the test moves on (for the idle timeout).
 */
final class TestServer implements AutoCloseable {
    /** The passphrase the tests give their cases. */
    static final String PASSPHRASE = "correct horse battery staple";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Path data;
    final WebApp app;
    final List<String> announced = new CopyOnWriteArrayList<>();
    final TestClock clock = new TestClock();

    TestServer() throws IOException {
        this(Malcomms.standard());
    }

    TestServer(Malcomms malcomms) throws IOException {
        data = Files.createTempDirectory("malcomms-web-test-");
        app = WebApp.start(data.resolve("cases"), 0, malcomms, announced::add, clock);
    }

    /** A clock that stands still until the test moves it on. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock has one zone");
        }
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Starts a session with a fresh launch token, as a browser would; returns the Cookie header value. */
    String session() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(app.launchUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new AssertionError("the launch link gave " + r.statusCode());
        }
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The session's CSRF secret, read from a form on the first page. */
    String csrf(String cookie) throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/", cookie).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the first page");
        }
        return m.group(1);
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts an encrypted case called {@code name} with {@link #PASSPHRASE}; returns the response (302 to /case). */
    HttpResponse<String> newCase(String cookie, String name) throws Exception {
        String pass = URLEncoder.encode(PASSPHRASE, StandardCharsets.UTF_8);
        return post("/cases", cookie, "mode=new&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&passphrase=" + pass + "&passphrase2=" + pass + "&csrf=" + URLEncoder.encode(csrf(cookie),
                StandardCharsets.UTF_8));
    }

    /** Uploads one file to the open case as the upload form does. */
    HttpResponse<String> upload(String cookie, String fileName, String contentType, byte[] content)
            throws Exception {
        String boundary = "----malcomms-test-" + Guard.random();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf(cookie)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/case/upload")).header("Cookie", cookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the case called {@code name} with {@link #PASSPHRASE} outside the app, as the command line would. */
    CaseVault vault(String name) throws IOException {
        return CaseVault.open(data.resolve("cases").resolve(name), "test", "test", PASSPHRASE.toCharArray());
    }

    static Path root() {
        return Path.of(System.getProperty("malcomms.root", "..")).toAbsolutePath().normalize();
    }

    static Path example() {
        return root().resolve("examples/salon-dispute/chat.txt");
    }

    static Path resource(String name) {
        return Path.of("src/test/resources").resolve(name).toAbsolutePath();
    }

    @Override
    public void close() throws IOException {
        app.close();
        deleteTree(data);
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
