package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's gate over plain HTTP: launch token, session cookie, CSRF, host names and security headers. */
class GuardTest {
    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a session with a fresh launch token; returns the Cookie header value. */
    private static String session() throws Exception {
        HttpResponse<String> r = get(server.app.launchUrl(), null);
        assertThat(r.statusCode()).isEqualTo(302);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void refusesEveryPageWithoutTheLaunchTokenOrSession() throws Exception {
        for (String path : new String[] {"/", "/case", "/case/timeline", "/case/assessment", "/case/download/json"}) {
            HttpResponse<String> r = get(server.base() + path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).doesNotContain("csrf");
        }
        assertThat(get(server.base() + "/?token=not-a-token", null).statusCode()).isEqualTo(403);
        assertThat(get(server.base() + "/", "malcomms_session=guessed").statusCode()).isEqualTo(403);
    }

    @Test
    void launchTokenStartsAnHttpOnlyStrictSessionOnceAndIsThenSpent() throws Exception {
        String url = server.app.launchUrl();
        HttpResponse<String> first = get(url, null);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).contains("/");
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertThat(get(server.base() + "/", cookie).statusCode()).isEqualTo(200);
        assertThat(get(url, null).statusCode()).as("the token is one-time").isEqualTo(403);
    }

    @Test
    void formsWithoutTheSessionsCsrfSecretAreRefused() throws Exception {
        String cookie = session();
        String token = csrf(get(server.base() + "/", cookie).body());
        String form = "mode=new&name=csrf-case&passphrase=x";
        assertThat(post("/cases", cookie, form).statusCode()).isEqualTo(403);
        assertThat(post("/cases", cookie, form + "&csrf=" + "A".repeat(token.length())).statusCode()).isEqualTo(403);
        String otherSessionsToken = csrf(get(server.base() + "/", session()).body());
        assertThat(post("/cases", cookie, form + "&csrf=" + otherSessionsToken).statusCode()).isEqualTo(403);
        assertThat(server.data.resolve("cases/csrf-case")).doesNotExist();
        HttpResponse<String> ok = post("/cases", cookie, form + "&csrf=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(server.data.resolve("cases/csrf-case/custody.log")).exists();
    }

    @Test
    void anEmptyCaseSendsThePersonToAddEvidenceAndAnUnreadableFileIsKeptButNamed() throws Exception {
        String cookie = session();
        String token = URLEncoder.encode(csrf(get(server.base() + "/", cookie).body()), StandardCharsets.UTF_8);
        assertThat(post("/cases", cookie, "mode=new&name=empty&csrf=" + token).statusCode()).isEqualTo(302);
        for (String path : new String[] {"/case/timeline", "/case/assessment", "/case/download/json"}) {
            HttpResponse<String> r = get(server.base() + path, cookie);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains("/case");
        }
        assertThat(get(server.base() + "/case", cookie).body()).contains("no messages in this case yet");
        String boundary = "----malcomms-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                + URLDecoder.decode(token, StandardCharsets.UTF_8) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../notes <b>.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nnot a chat export\r\n--" + boundary + "--\r\n";
        HttpResponse<String> up = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/case/upload"))
                .header("Cookie", cookie).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).isEqualTo(302);
        String page = get(server.base() + "/case", cookie).body();
        assertThat(page).contains("notes &lt;b&gt;.bin").contains("Kept as evidence; not readable as messages")
                .doesNotContain("<b>.bin");
        try (var left = java.nio.file.Files.list(server.data.resolve("cases/empty/originals"))) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void formsSentAtOnceKeepTheCustodyChainIntact() throws Exception {
        String cookie = session();
        String token = URLEncoder.encode(csrf(get(server.base() + "/", cookie).body()), StandardCharsets.UTF_8);
        post("/cases", cookie, "mode=new&name=busy&csrf=" + token);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String form = "csrf=" + token + "&notes=visit+" + i;
                sent.add(pool.submit(() -> post("/case/facts", cookie, form).statusCode()));
            }
            for (var f : sent) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        org.malcomms.vault.Verification.Result check = org.malcomms.vault.Verification.check(
                server.data.resolve("cases/busy"));
        assertThat(check.problems()).isEmpty();
        assertThat(check.entries()).isEqualTo(17);
    }

    @Test
    void everyResponseCarriesTheStrictSecurityHeaders() throws Exception {
        String cookie = session();
        for (HttpResponse<String> r : new HttpResponse[] {get(server.base() + "/", null),
                get(server.base() + "/", cookie), get(server.base() + "/assets/app.css", null)}) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).contains(Guard.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        assertThat(Guard.CSP).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(get(server.base() + "/assets/../pom.xml", null).statusCode()).isIn(400, 403, 404);
    }

    @Test
    void refusesForeignHostNamesEvenWithASession() throws Exception {
        String cookie = session();
        try (Socket s = new Socket("127.0.0.1", server.app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: attacker.example:" + server.app.port() + "\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).contains(" 403");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        java.net.InetAddress other = null;
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var addr : java.util.Collections.list(nic.getInetAddresses())) {
                if (!addr.isLoopbackAddress() && addr instanceof java.net.Inet4Address) {
                    other = addr;
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no non-loopback address");
        java.net.InetAddress target = other;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new java.net.InetSocketAddress(target, server.app.port()), 2000);
            }
        }).isInstanceOf(java.io.IOException.class);
    }
}
