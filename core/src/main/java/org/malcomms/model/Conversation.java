package org.malcomms.model;

import java.util.List;

/** A conversation as an export names it, with its channel and the people seen sending in it. */
public record Conversation(String platform, String title, Channel channel, List<String> participants) {
    public Conversation {
        participants = List.copyOf(participants);
    }
}
