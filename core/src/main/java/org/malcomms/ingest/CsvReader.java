package org.malcomms.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming CSV (RFC 4180 and what spreadsheets write): quoted fields with doubled quotes and newlines inside,
 * a chosen delimiter. A field longer than {@link LineReader#MAX_LINE} is cut and the record marked, so one huge
 * cell cannot exhaust memory.
 */
final class CsvReader implements Closeable {
    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private long line = 1;
    private long recordLine;
    private boolean truncated;
    private boolean eof;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The delimiter a header line uses: the most frequent of comma, semicolon and tab outside quotes. */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semis++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private int peek() throws IOException {
        if (pos >= end) {
            if (eof) {
                return -1;
            }
            end = in.read(buf, 0, buf.length);
            pos = 0;
            if (end <= 0) {
                end = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos];
    }

    /** The next record's fields, or null at the end. Blank lines are skipped. */
    List<String> next() throws IOException {
        truncated = false;
        while (true) {
            int c = peek();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeNewline();
                continue;
            }
            break;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = peek();
            if (c == -1) {
                fields.add(finish(field, wasQuoted));
                return fields;
            }
            if (quoted) {
                int run = pos;
                while (run < end && buf[run] != '"' && buf[run] != '\r' && buf[run] != '\n') {
                    run++;
                }
                if (run > pos) {
                    addRun(field, pos, run);
                    pos = run;
                    continue;
                }
                pos++;
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        add(field, '"');
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r' && peek() == '\n') {
                    // CRLF inside a quoted cell is one line break, kept as LF like every other text
                    continue;
                } else {
                    if (c == '\n' || c == '\r') {
                        line++;
                    }
                    add(field, c == '\r' ? '\n' : (char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                pos++;
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                pos++;
                fields.add(finish(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                consumeNewline();
                fields.add(finish(field, wasQuoted));
                return fields;
            } else {
                int run = pos + 1;
                while (run < end && buf[run] != delimiter && buf[run] != '\r' && buf[run] != '\n') {
                    run++;
                }
                addRun(field, pos, run);
                pos = run;
            }
        }
    }

    private void addRun(StringBuilder field, int from, int to) {
        int n = Math.min(to - from, LineReader.MAX_LINE - field.length());
        if (n < to - from) {
            truncated = true;
        }
        if (n > 0) {
            field.append(buf, from, n);
        }
    }

    private static String finish(StringBuilder field, boolean wasQuoted) {
        return wasQuoted ? field.toString() : field.toString().strip();
    }

    private void consumeNewline() throws IOException {
        int c = peek();
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private void add(StringBuilder field, char c) {
        if (field.length() < LineReader.MAX_LINE) {
            field.append(c);
        } else {
            truncated = true;
        }
    }

    /** The line on which the record last returned began. */
    long recordLine() {
        return recordLine;
    }

    /** Whether a field of the record last returned was cut because it was too long. */
    boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
