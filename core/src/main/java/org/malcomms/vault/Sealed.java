package org.malcomms.vault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed-file format of an encrypted case: AES-256-GCM in 64 KiB segments, so that files of any size are
 * written and read in constant memory. A file is the magic {@code MCS1}, a 16-byte random salt (from which its key
 * is derived, see {@link CaseKey}), then segments of at most 64 KiB of plaintext plus a 16-byte tag. Segment
 * {@code i} is sealed with the nonce {@code 0^7 || i (4 bytes) || last (1 byte)} and the file's path within the case
 * as associated data, so a segment cannot be moved, dropped, reordered or truncated, and a whole file cannot be
 * swapped with another, without the tag failing.
 */
final class Sealed {
    static final int SEGMENT = 1 << 16;
    private static final int TAG = 16;
    private static final byte[] MAGIC = "MCS1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealed() {
    }

    /** Thrown when a sealed file does not authenticate: altered, truncated, swapped, or sealed under another key. */
    static final class BrokenSeal extends IOException {
        BrokenSeal(String path) {
            super(path + ": does not authenticate (altered, truncated or swapped with another file)");
        }
    }

    static boolean isSealed(byte[] start) {
        return Arrays.equals(start, MAGIC);
    }

    static OutputStream seal(OutputStream out, CaseKey key, String path) throws IOException {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        out.write(MAGIC);
        out.write(salt);
        return new SealingStream(out, key.fileKey(salt), path);
    }

    static InputStream open(InputStream in, CaseKey key, String path) throws IOException {
        byte[] header = in.readNBytes(MAGIC.length + 16);
        if (header.length < MAGIC.length + 16 || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new BrokenSeal(path);
        }
        return new OpeningStream(in, key.fileKey(Arrays.copyOfRange(header, MAGIC.length, header.length)), path);
    }

    private static Cipher cipher(int mode, SecretKeySpec key, long index, boolean last, String path) {
        if (index > 0xffffffffL) {
            throw new IllegalStateException("file too large to seal");
        }
        byte[] nonce = ByteBuffer.allocate(12).put(new byte[7]).putInt((int) index).put((byte) (last ? 1 : 0))
                .array();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            c.updateAAD(path.getBytes(StandardCharsets.UTF_8));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    private static final class SealingStream extends FilterOutputStream {
        private final SecretKeySpec key;
        private final String path;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long index;
        private boolean closed;

        SealingStream(OutputStream out, SecretKeySpec key, String path) {
            super(out);
            this.key = key;
            this.path = path;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    emit(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, key, index++, last, path).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot seal " + path, e);
            }
            filled = 0;
        }

        @Override
        public void flush() {
            // segments are written whole; the last one only on close
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                emit(true);
                out.close();
            }
        }
    }

    private static final class OpeningStream extends InputStream {
        private final InputStream in;
        private final SecretKeySpec key;
        private final String path;
        private byte[] plain = new byte[0];
        private int pos;
        private long index;
        private boolean done;
        private byte[] next;

        OpeningStream(InputStream in, SecretKeySpec key, String path) {
            this.in = in;
            this.key = key;
            this.path = path;
        }

        private boolean fill() throws IOException {
            while (pos == plain.length) {
                if (done) {
                    return false;
                }
                byte[] segment = next != null ? next : in.readNBytes(SEGMENT + TAG);
                next = segment.length == SEGMENT + TAG ? in.readNBytes(SEGMENT + TAG) : null;
                boolean last = next == null || next.length == 0;
                if (segment.length < TAG) {
                    throw new BrokenSeal(path);
                }
                try {
                    plain = cipher(Cipher.DECRYPT_MODE, key, index++, last, path).doFinal(segment);
                } catch (AEADBadTagException e) {
                    throw new BrokenSeal(path);
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot open " + path, e);
                }
                pos = 0;
                done = last;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? plain[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
