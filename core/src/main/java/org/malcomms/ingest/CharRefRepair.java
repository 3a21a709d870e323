package org.malcomms.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Mends numeric character references that strict XML parsers reject: an emoji written as a surrogate pair
 * ({@code &#55357;&#56832;}) becomes one reference ({@code &#128512;}); a lone surrogate or a control character
 * not allowed in XML becomes U+FFFD. Everything else passes through unchanged.
 */
final class CharRefRepair extends Reader {
    private final BufferedReader in;
    private String pending = "";
    private int pendingPos;

    CharRefRepair(Reader in) {
        this.in = new BufferedReader(in, 1 << 16);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int c = readOne();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            cbuf[off + n++] = (char) c;
            if (c == '>' && !in.ready()) {
                break;
            }
        }
        return n;
    }

    private int readOne() throws IOException {
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos++);
        }
        int c = in.read();
        if (c != '&') {
            return c;
        }
        in.mark(24);
        int v = reference();
        if (v < 0) {
            in.reset();
            return '&';
        }
        if (Character.isHighSurrogate((char) v) && v <= 0xFFFF) {
            in.mark(24);
            int low = in.read() == '&' ? reference() : -1;
            if (low >= 0 && low <= 0xFFFF && Character.isLowSurrogate((char) low)) {
                v = Character.toCodePoint((char) v, (char) low);
            } else {
                in.reset();
                v = 0xFFFD;
            }
        } else if (!allowed(v)) {
            v = 0xFFFD;
        }
        pending = "#" + v + ";";
        pendingPos = 0;
        return '&';
    }

    /** Reads "#123;" or "#x7B;" after an '&'; the value, or -1 when it is not a numeric reference. */
    private int reference() throws IOException {
        if (in.read() != '#') {
            return -1;
        }
        int c = in.read();
        int radix = 10;
        if (c == 'x' || c == 'X') {
            radix = 16;
            c = in.read();
        }
        long v = 0;
        int digits = 0;
        while (c >= 0 && Character.digit(c, radix) >= 0 && digits < 8) {
            v = v * radix + Character.digit(c, radix);
            digits++;
            c = in.read();
        }
        if (c != ';' || digits == 0 || v > 0x10FFFF) {
            return -1;
        }
        return (int) v;
    }

    private static boolean allowed(int v) {
        return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
                || v >= 0x10000;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
