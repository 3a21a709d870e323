package org.malcomms.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One original input (a file, or an entry of a zip) that an importer may open as often as it needs:
 * some formats are read twice, once to learn the file's conventions and once to parse it.
 */
public interface SourceInput {
    /** The name shown to people and written in each message's source, e.g. "chat.txt" or "export.zip!_chat.txt". */
    String name();

    /** Hex SHA-256 of the bytes {@link #open()} returns. */
    String sha256();

    long size();

    InputStream open() throws IOException;

    /**
     * Whether this input was found inside a folder or zip the user named, rather than named itself. Such an
     * input that is not a message export (a photo beside the chat) is passed over instead of being an error.
     */
    default boolean contained() {
        return false;
    }
}
