package org.malcomms.model;

/** A file a message refers to, as named in the export; type is a coarse kind such as image, video, audio, document. */
public record Attachment(String name, String type) {
}
