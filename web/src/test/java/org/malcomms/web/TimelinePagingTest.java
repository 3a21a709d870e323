package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A long history is shown a page at a time, filters kept across pages, and marks on other pages kept. */
class TimelinePagingTest {
    private static HttpResponse<String> send(HttpRequest.Builder b, String cookie) throws Exception {
        return TestServer.HTTP.send(b.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void pagesThroughSixHundredMessagesKeepingFiltersAndMarks() throws Exception {
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            chat.append(String.format("%02d/03/2025, %02d:%02d - %s: message number %d%n", 1 + i / 60 / 24 % 28,
                    i / 60 % 24, i % 60, i % 2 == 0 ? "Sam Reed" : "Alex Kerr", i + 1));
        }
        try (TestServer server = new TestServer()) {
            String cookie = server.session();
            String csrf = server.csrf(cookie);
            String form = "application/x-www-form-urlencoded";
            assertThat(server.newCase(cookie, "long").statusCode()).isEqualTo(302);
            assertThat(server.upload(cookie, "long-chat.txt", "text/plain", chat.toString().getBytes(
                    StandardCharsets.UTF_8)).statusCode()).isEqualTo(302);

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
            assertThat(server.get("/case/facts", cookie).body()).as("the marks saved with the case")
                    .contains("<ul id=\"marked\"><li><a href=\"/case/timeline#m-000002\">m-000002</a></li><li><a"
                            + " href=\"/case/timeline#m-000501\">m-000501</a></li></ul>");
        }
    }
}
