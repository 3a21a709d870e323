package org.malcomms.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the timeline, in the fields of the import contract.
 * The id is empty until the timeline is ordered; {@link #withId} gives the numbered copy.
 */
public record Message(
        String id,
        String platform,
        String conversation,
        Channel channel,
        String sender,
        OffsetDateTime sentAt,
        ZoneSource zoneSource,
        MessageKind kind,
        String text,
        List<Attachment> attachments,
        boolean edited,
        SourceLocation source) {

    public Message {
        attachments = List.copyOf(attachments);
        text = text == null ? "" : text;
        sender = sender == null ? "" : sender;
    }

    public Message withId(String newId) {
        return new Message(newId, platform, conversation, channel, sender, sentAt, zoneSource, kind, text,
                attachments, edited, source);
    }

    public Message withChannel(Channel newChannel) {
        return new Message(id, platform, conversation, newChannel, sender, sentAt, zoneSource, kind, text,
                attachments, edited, source);
    }
}
