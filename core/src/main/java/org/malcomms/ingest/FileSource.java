package org.malcomms.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.malcomms.vault.Hashes;

/** A plain file on disk as an import source; its hash is computed once, on first use. */
public final class FileSource implements SourceInput {
    private final Path path;
    private final String name;
    private final boolean contained;
    private String sha256;

    public FileSource(Path path, String name, boolean contained) {
        this.path = path;
        this.name = name;
        this.contained = contained;
    }

    public FileSource(Path path, String name) {
        this(path, name, false);
    }

    public FileSource(Path path) {
        this(path, path.getFileName().toString());
    }

    public Path path() {
        return path;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized String sha256() {
        if (sha256 == null) {
            try {
                sha256 = Hashes.sha256(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sha256;
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contained() {
        return contained;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
