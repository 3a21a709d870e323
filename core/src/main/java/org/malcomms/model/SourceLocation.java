package org.malcomms.model;

/** Where in which original file a message was read: file name, the file's SHA-256, and the line or record number. */
public record SourceLocation(String file, String sha256, long line) {
}
