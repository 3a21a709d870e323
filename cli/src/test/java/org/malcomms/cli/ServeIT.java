package org.malcomms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code malcomms serve} from the real jar: the launch URL on stdout, loopback only, refusal without the token. */
class ServeIT {
    @Test
    void printsALoopbackLaunchUrlAndRefusesRequestsWithoutItsToken(@TempDir Path data) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("malcomms.jar", Jar.root().resolve("cli/target/malcomms.jar").toString()),
                "serve", "--no-browser", "--port", "0", "--data", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}");
            String base = url.substring(0, url.indexOf("/?"));
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
            HttpResponse<String> launch = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(launch.statusCode()).isEqualTo(302);
            assertThat(launch.headers().firstValue("Set-Cookie")).get().asString().contains("HttpOnly");
            assertThat(Files.isDirectory(data)).isTrue();
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
    }
}
