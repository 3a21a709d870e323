package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;

/** The app's gate over plain HTTP: launch token, session cookie, CSRF, host names and security headers. */
class GuardTest {
    private static TestServer server;

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
        return TestServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return server.post(path, cookie, form);
    }

    private static String session() throws Exception {
        return server.session();
    }

    private static String csrf(String cookie) throws Exception {
        return server.csrf(cookie);
    }

    private static String pass(String passphrase, String again) {
        return "&passphrase=" + URLEncoder.encode(passphrase, StandardCharsets.UTF_8) + "&passphrase2="
                + URLEncoder.encode(again, StandardCharsets.UTF_8);
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
        String token = csrf(cookie);
        String form = "mode=new&name=csrf-case" + pass(TestServer.PASSPHRASE, TestServer.PASSPHRASE);
        assertThat(post("/cases", cookie, form).statusCode()).isEqualTo(403);
        assertThat(post("/cases", cookie, form + "&csrf=" + "A".repeat(token.length())).statusCode()).isEqualTo(403);
        String otherSessionsToken = csrf(session());
        assertThat(post("/cases", cookie, form + "&csrf=" + otherSessionsToken).statusCode()).isEqualTo(403);
        assertThat(server.data.resolve("cases/csrf-case")).doesNotExist();
        HttpResponse<String> ok = post("/cases", cookie, form + "&csrf=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(server.data.resolve("cases/csrf-case/custody.log")).exists();
        assertThat(CaseVault.state(server.data.resolve("cases/csrf-case"))).isEqualTo(CaseState.ENCRYPTED);
    }

    @Test
    void aNewCaseNeedsALongEnoughPassphraseTypedTwiceTheSame() throws Exception {
        String cookie = session();
        String token = "&csrf=" + URLEncoder.encode(csrf(cookie), StandardCharsets.UTF_8);
        HttpResponse<String> shortOne = post("/cases", cookie, "mode=new&name=short" + pass("seven77", "seven77")
                + token);
        assertThat(shortOne.headers().firstValue("Location")).contains("/");
        assertThat(get(server.base() + "/", cookie).body()).contains("Nothing was created: the passphrase is too"
                + " short; choose one of at least 8 characters");
        HttpResponse<String> differ = post("/cases", cookie, "mode=new&name=differ" + pass(TestServer.PASSPHRASE,
                TestServer.PASSPHRASE + "!") + token);
        assertThat(differ.headers().firstValue("Location")).contains("/");
        assertThat(get(server.base() + "/", cookie).body()).contains("The two passphrases are not the same, so"
                + " nothing was created");
        assertThat(server.data.resolve("cases/differ")).doesNotExist();
        assertThat(CaseVault.state(server.data.resolve("cases/short"))).isEqualTo(CaseState.NEW);
        assertThat(get(server.base() + "/case", cookie).statusCode()).as("no case is open").isEqualTo(302);
        assertThat(post("/cases", cookie, "mode=new&name=short" + pass("eight888", "eight888") + token)
                .headers().firstValue("Location")).as("the name can be used once a passphrase is accepted")
                .contains("/case");
    }

    @Test
    void aSessionUnusedForHalfAnHourEndsAndAFreshLinkIsAnnounced() throws Exception {
        String cookie = session();
        server.clock.advance(Guard.IDLE.minusMinutes(1));
        assertThat(get(server.base() + "/", cookie).statusCode()).as("use keeps it alive").isEqualTo(200);
        server.clock.advance(Guard.IDLE.minusMinutes(1));
        assertThat(get(server.base() + "/", cookie).statusCode()).isEqualTo(200);
        int announced = server.announced.size();
        server.clock.advance(Guard.IDLE);
        HttpResponse<String> late = get(server.base() + "/", cookie);
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.body()).contains("after 30 minutes without use").contains("A new link was printed")
                .doesNotContain("csrf");
        assertThat(server.announced).hasSize(announced + 1);
        assertThat(get(server.base() + "/", cookie).statusCode()).as("the session stays ended").isEqualTo(403);
        assertThat(server.announced).as("one new link per ended session").hasSize(announced + 1);
        assertThat(get(server.announced.get(announced), null).statusCode()).as("the new link works")
                .isEqualTo(302);
    }

    @Test
    void anEmptyCaseSendsThePersonToAddEvidenceAndAnUnreadableFileIsKeptButNamed() throws Exception {
        String cookie = session();
        assertThat(server.newCase(cookie, "empty").statusCode()).isEqualTo(302);
        for (String path : new String[] {"/case/timeline", "/case/assessment", "/case/download/json"}) {
            HttpResponse<String> r = get(server.base() + path, cookie);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains("/case");
        }
        assertThat(get(server.base() + "/case", cookie).body()).contains("no messages in this case yet");
        HttpResponse<String> up = server.upload(cookie, "../notes <b>.bin", "application/octet-stream",
                "not a chat export".getBytes(StandardCharsets.UTF_8));
        assertThat(up.statusCode()).isEqualTo(302);
        String page = get(server.base() + "/case", cookie).body();
        assertThat(page).contains("notes &lt;b&gt;.bin").contains("Kept as evidence; not readable as messages")
                .doesNotContain("<b>.bin");
        try (var left = java.nio.file.Files.list(server.data.resolve("cases/empty/originals"))) {
            assertThat(left).singleElement().satisfies(f -> assertThat(java.nio.file.Files.readString(f,
                    StandardCharsets.ISO_8859_1)).as("kept encrypted").doesNotContain("not a chat export"));
        }
    }

    @Test
    void formsSentAtOnceKeepTheCustodyChainIntact() throws Exception {
        String cookie = session();
        String token = URLEncoder.encode(csrf(cookie), StandardCharsets.UTF_8);
        server.newCase(cookie, "busy");
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
                server.data.resolve("cases/busy"), TestServer.PASSPHRASE.toCharArray());
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
