package org.malcomms.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ending in LF, CRLF or CR) without ever holding more than {@code maxChars} of one line: the rest of
 * an overlong line is read and dropped, and {@link #truncated()} says so. A 50 MB line costs no more memory than
 * the cap.
 */
final class LineReader implements Closeable {
    /** Longer lines than this are cut; no real message comes near it. */
    static final int MAX_LINE = 1 << 20;

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private long lineNumber;
    private boolean truncated;
    private final StringBuilder line = new StringBuilder(256);

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    LineReader(Reader in) {
        this(in, MAX_LINE);
    }

    /** The next line without its ending, or null at the end of the input. */
    String next() throws IOException {
        truncated = false;
        String whole = wholeInBuffer();
        if (whole != null) {
            return whole;
        }
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            append(start, pos);
            if (pos < end) {
                char c = buf[pos++];
                if (c == '\r') {
                    if (pos >= end) {
                        end = in.read(buf, 0, buf.length);
                        pos = 0;
                        if (end < 0) {
                            end = 0;
                        }
                    }
                    if (pos < end && buf[pos] == '\n') {
                        pos++;
                    }
                }
                lineNumber++;
                return line.toString();
            }
        }
    }

    /**
     * The next line when it lies wholly in the buffer, ending included (a CR with the character after it), and
     * within the cap: taken straight from the buffer. Otherwise null, and nothing is consumed.
     */
    private String wholeInBuffer() {
        int i = pos;
        while (i < end && buf[i] != '\n' && buf[i] != '\r') {
            i++;
        }
        if (i >= end || i - pos > maxChars || (buf[i] == '\r' && i + 1 >= end)) {
            return null;
        }
        String s = new String(buf, pos, i - pos);
        pos = buf[i] == '\r' && buf[i + 1] == '\n' ? i + 2 : i + 1;
        lineNumber++;
        return s;
    }

    private void append(int from, int to) {
        int room = maxChars - line.length();
        int n = to - from;
        if (n > room) {
            truncated = true;
            n = Math.max(room, 0);
        }
        line.append(buf, from, n);
    }

    /** Whether the line last returned was longer than the cap and has been cut. */
    boolean truncated() {
        return truncated;
    }

    /** The 1-based number of the line last returned. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
