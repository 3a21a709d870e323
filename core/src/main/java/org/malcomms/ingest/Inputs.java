package org.malcomms.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user names (files or folders) into the sources to import, in a stable order. */
public final class Inputs {
    private Inputs() {
    }

    public static List<SourceInput> expand(List<Path> paths) throws InputException, IOException {
        List<SourceInput> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputException(path.toString(), 0, "no such file or folder");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (!p.getFileName().toString().startsWith(".")) {
                            sources.add(new FileSource(p, path.relativize(p).toString()));
                        }
                    }
                }
            } else if (!Files.isReadable(path)) {
                throw new InputException(path.toString(), 0, "cannot be read (permission denied)");
            } else {
                sources.add(new FileSource(path));
            }
        }
        return sources;
    }
}
