package org.malcomms.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Opens text inputs: the charset from a byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-8; the mark is dropped. */
final class Text {
    private Text() {
    }

    static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        long skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 > 0 && b1 == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (b0 == 0 && b1 > 0) {
            charset = StandardCharsets.UTF_16BE;
        }
        in.skipNBytes(skip);
        return new InputStreamReader(in, charset);
    }

    /** The first bytes of an input decoded as {@link #reader} would, for detection. */
    static String head(byte[] head) {
        try (Reader r = reader(new java.io.ByteArrayInputStream(head))) {
            char[] buf = new char[head.length];
            int n = r.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n);
        } catch (IOException e) {
            return "";
        }
    }

    /** Cuts a value for a warning, so hostile input cannot flood the terminal. */
    static String clip(String s) {
        String one = s.replaceAll("[\\p{Cntrl}]", " ");
        return one.length() > 60 ? one.substring(0, 60) + "..." : one;
    }
}
