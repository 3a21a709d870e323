package org.malcomms.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.malcomms.Malcomms;

/** The real web app on a free port over a fresh data folder, with the launch URLs it announces collected. */
final class TestServer implements AutoCloseable {
    final Path data;
    final WebApp app;
    final List<String> announced = new CopyOnWriteArrayList<>();

    TestServer() throws IOException {
        data = Files.createTempDirectory("malcomms-web-test-");
        app = WebApp.start(data.resolve("cases"), 0, Malcomms.standard(), announced::add);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
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
