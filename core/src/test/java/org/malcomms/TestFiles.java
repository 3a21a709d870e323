package org.malcomms;

import java.net.URISyntaxException;
import java.nio.file.Path;
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

    public static FileSource source(String resource) {
        return new FileSource(path(resource));
    }

    /** The bundled example case at the repository root. */
    public static Path example() {
        return Path.of("..", "examples", "salon-dispute", "chat.txt").toAbsolutePath().normalize();
    }
}
