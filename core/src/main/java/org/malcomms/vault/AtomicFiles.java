package org.malcomms.vault;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash leaves either the old file or the new one, never half of it: the content goes to
 * a temporary file ({@code .tmp-*}) in the same folder, is forced to disk, and is then renamed over the target.
 */
public final class AtomicFiles {
    /**
     * Run at every point where a crash may fall between two steps of a write: just before each rename (when its
     * temporary file is complete) and just after it. It does nothing in use; the crash-safety tests make it throw
     * at the Nth point to stop a write there, as a killed process would.
     */
    static volatile Runnable crashPoint = () -> { };

    private AtomicFiles() {
    }

    /** Writes content to a stream; the stream must not be closed by it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tmp-", ".part");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            });
            out.flush();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        rename(tmp, target);
    }

    /** Renames a complete file over another in one step, and forces the folder entry to disk. */
    public static void rename(Path from, Path to) throws IOException {
        crashPoint.run();
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(to.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename itself is still atomic
        }
        crashPoint.run();
    }
}
