package org.malcomms.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.malcomms.vault.Hashes;

/**
 * One file inside a zip, opened straight from the zip each time (never unpacked to disk). Reading more than the
 * size the zip declared for it fails with {@link ZipLimitException}, so a lying entry cannot expand without end.
 */
final class ZipEntrySource implements SourceInput {
    private final Path zip;
    private final String entry;
    private final String name;
    private final long size;
    private String sha256;

    ZipEntrySource(Path zip, String entry, String name, long size) {
        this.zip = zip;
        this.entry = entry;
        this.name = name;
        this.size = size;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized String sha256() {
        if (sha256 == null) {
            try (InputStream in = open()) {
                sha256 = Hashes.sha256(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sha256;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean contained() {
        return true;
    }

    @Override
    public InputStream open() throws IOException {
        ZipFile file = new ZipFile(zip.toFile());
        ZipEntry e = file.getEntry(entry);
        if (e == null) {
            file.close();
            throw new IOException(name + " is no longer in the zip");
        }
        return new Limited(file.getInputStream(e), file, size, name);
    }

    /** Stops reading an entry past its declared size, and closes the zip with the stream. */
    private static final class Limited extends FilterInputStream {
        private final ZipFile file;
        private final long limit;
        private final String name;
        private long read;

        Limited(InputStream in, ZipFile file, long limit, String name) {
            super(in);
            this.file = file;
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws ZipLimitException {
            read += n;
            if (read > limit) {
                throw new ZipLimitException(name + " expands past the " + limit + " bytes the zip declared for it");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                file.close();
            }
        }
    }
}
