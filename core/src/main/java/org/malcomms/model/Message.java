package org.malcomms.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the timeline, in the fields of the import contract.
 * The id is empty until the timeline is ordered; {@link #withId} gives the numbered copy.
 * {@code alsoIn} lists other places the same message was read (a second export of the same chat);
 * {@code metadata} holds format-specific facts worth keeping (reactions, OCR confidence, a screenshot box),
 * by name, written out under "metadata" when not empty.
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
        SourceLocation source,
        List<SourceLocation> alsoIn,
        Map<String, String> metadata) {

    public Message {
        attachments = List.copyOf(attachments);
        text = text == null ? "" : text;
        sender = sender == null ? "" : sender;
        alsoIn = List.copyOf(alsoIn);
        metadata = metadata.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** A message read from one place, with no format-specific metadata. */
    public Message(String id, String platform, String conversation, Channel channel, String sender,
                   OffsetDateTime sentAt, ZoneSource zoneSource, MessageKind kind, String text,
                   List<Attachment> attachments, boolean edited, SourceLocation source) {
        this(id, platform, conversation, channel, sender, sentAt, zoneSource, kind, text, attachments, edited, source,
                List.of(), Map.of());
    }

    public Message withId(String newId) {
        return new Message(newId, platform, conversation, channel, sender, sentAt, zoneSource, kind, text,
                attachments, edited, source, alsoIn, metadata);
    }

    public Message withMetadata(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(metadata);
        all.putAll(more);
        return new Message(id, platform, conversation, channel, sender, sentAt, zoneSource, kind, text,
                attachments, edited, source, alsoIn, all);
    }

    public Message withAlsoIn(SourceLocation other) {
        List<SourceLocation> all = new java.util.ArrayList<>(alsoIn);
        all.add(other);
        return new Message(id, platform, conversation, channel, sender, sentAt, zoneSource, kind, text,
                attachments, edited, source, all, metadata);
    }
}
