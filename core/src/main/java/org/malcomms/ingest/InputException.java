package org.malcomms.ingest;

/** An input that cannot be read at all, naming the file and, where known, the line (or byte offset). */
public class InputException extends Exception {
    private final String file;
    private final long line;

    public InputException(String file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
