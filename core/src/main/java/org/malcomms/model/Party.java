package org.malcomms.model;

/** A person in the timeline, by the name the export gives them, with how many messages they sent. */
public record Party(String name, int messagesSent) {
}
