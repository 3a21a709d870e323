package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long history is shown a page at a time, filters kept across pages, and marks on other pages kept. */
class TimelinePagingTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> send(HttpRequest.Builder b, String cookie) throws Exception {
        return HTTP.send(b.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void pagesThroughSixHundredMessagesKeepingFiltersAndMarks(@TempDir Path tmp) throws Exception {
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            chat.append(String.format("%02d/03/2025, %02d:%02d - %s: message number %d%n", 1 + i / 60 / 24 % 28,
                    i / 60 % 24, i % 60, i % 2 == 0 ? "Sam Reed" : "Alex Kerr", i + 1));
        }
        Path file = tmp.resolve("long-chat.txt");
        Files.writeString(file, chat.toString());
        try (TestServer server = new TestServer()) {
            HttpResponse<String> launch = HTTP.send(HttpRequest.newBuilder(URI.create(server.app.launchUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = launch.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String home = send(HttpRequest.newBuilder(URI.create(server.base() + "/")), cookie).body();
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(home);
            assertThat(m.find()).isTrue();
            String csrf = m.group(1);
            String form = "application/x-www-form-urlencoded";
            send(HttpRequest.newBuilder(URI.create(server.base() + "/cases")).header("Content-Type", form)
                    .POST(HttpRequest.BodyPublishers.ofString("mode=new&name=long&csrf=" + URLEncoder.encode(csrf,
                            StandardCharsets.UTF_8))), cookie);
            String boundary = "----paging";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + "long-chat.txt\"\r\nContent-Type: text/plain\r\n\r\n" + chat + "\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(send(HttpRequest.newBuilder(URI.create(server.base() + "/case/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)), cookie).statusCode()).isEqualTo(302);

            String first = send(HttpRequest.newBuilder(URI.create(server.base() + "/case/timeline")), cookie).body();
            assertThat(first).contains("600 of 600 messages match; page 1 of 3");
            assertThat(count(first, "<li class=\"msg")).isEqualTo(TimelinePage.PAGE);
            assertThat(first).contains("href=\"/case/timeline?page=2\"").doesNotContain("rel=\"prev\"");
            String third = send(HttpRequest.newBuilder(URI.create(server.base() + "/case/timeline?page=3")), cookie)
                    .body();
            assertThat(count(third, "<li class=\"msg")).isEqualTo(100);
            assertThat(third).contains("message number 600").doesNotContain("message number 500<");
            String alex = send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/case/timeline?person=Alex+Kerr&page=2")), cookie).body();
            assertThat(alex).contains("300 of 600 messages match; page 2 of 2")
                    .contains("href=\"/case/timeline?page=1&amp;person=Alex+Kerr\"").doesNotContain("Sam Reed</span>");

            String marks = "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                    + "&shown=m-000001&shown=m-000002&marked=m-000002";
            send(HttpRequest.newBuilder(URI.create(server.base() + "/case/marks")).header("Content-Type", form)
                    .POST(HttpRequest.BodyPublishers.ofString(marks)), cookie);
            String other = "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                    + "&shown=m-000501&marked=m-000501&marked=%3Cscript%3E";
            send(HttpRequest.newBuilder(URI.create(server.base() + "/case/marks")).header("Content-Type", form)
                    .POST(HttpRequest.BodyPublishers.ofString(other)), cookie);
            assertThat(Facts.read(server.data.resolve("cases/long")).markedMessages())
                    .containsExactly("m-000002", "m-000501");
        }
    }
}
