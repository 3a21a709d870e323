package org.malcomms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.malcomms.ingest.FileSource;

/** Finds the test data files under src/test/resources. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path path(String resource) {
        try {
            return Path.of(TestFiles.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + resource, e);
        }
    }

    /** The rows of a tab-separated test file, each split into its fields; blank lines and "#" comments skipped. */
    public static List<String[]> rows(String resource) {
        try {
            return Files.readAllLines(path(resource), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FileSource source(String resource) {
        return new FileSource(path(resource));
    }

    /** The bundled example case at the repository root. */
    public static Path example() {
        return Path.of("..", "examples", "salon-dispute", "chat.txt").toAbsolutePath().normalize();
    }
}
