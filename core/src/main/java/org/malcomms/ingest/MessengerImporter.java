package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * Facebook Messenger and Instagram "Download your information" JSON: one {@code message_N.json} per file (a thread
 * is split over several; the folder or zip gives them all). Files list messages newest first; each file is read
 * whole (Meta caps a file at 10,000 messages) and passed on oldest first. Every string is repaired from mojibake.
 * Both the classic shape ({@code sender_name, timestamp_ms, content}) and the end-to-end-encrypted export
 * ({@code senderName, timestamp, text}) are read; reactions are kept in the message's metadata.
 */
public final class MessengerImporter implements Importer {
    private final String platform;

    private MessengerImporter(String platform) {
        this.platform = platform;
    }

    public static MessengerImporter messenger() {
        return new MessengerImporter("messenger");
    }

    public static MessengerImporter instagram() {
        return new MessengerImporter("instagram");
    }

    @Override
    public String format() {
        return platform;
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head);
        if (!h.stripLeading().startsWith("{")) {
            return 0;
        }
        boolean classic = h.contains("\"sender_name\"") && h.contains("\"timestamp_ms\"");
        boolean e2ee = h.contains("\"senderName\"") && h.contains("\"timestamp\"");
        if (!classic && !e2ee && !(h.contains("\"participants\"") && h.contains("\"messages\""))) {
            return 0;
        }
        boolean instagramPath = name.toLowerCase(java.util.Locale.ROOT).contains("instagram");
        boolean mine = platform.equals("instagram") == instagramPath;
        return (classic || e2ee ? 0.9 : 0.6) + (mine ? 0.05 : -0.05);
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        List<JsonNode> messages = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, String> thread = new LinkedHashMap<>();
        int participants = 0;
        try (JsonParser p = Json.parser(Text.reader(input.open()))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(input.name(), Json.line(p), "not a Messenger or Instagram export: it does"
                        + " not start with a JSON object");
            }
            try {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals("messages") && t == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            lines.add(Json.line(p));
                            messages.add(p.readValueAsTree());
                        }
                    } else if (field.equals("participants") && t == JsonToken.START_ARRAY) {
                        JsonNode list = p.readValueAsTree();
                        participants = list.size();
                    } else if (t != null && t.isScalarValue()) {
                        thread.put(field, Json.unmojibake(p.getValueAsString()));
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                if (messages.isEmpty()) {
                    throw new InputException(input.name(), line, "not readable as Messenger JSON: "
                            + Json.reason(e));
                }
                context.warnings().skipped(input.name(), line, "JSON broken here (" + Json.reason(e)
                        + "); the rest of the file could not be read");
            }
        } catch (JsonProcessingException e) {
            throw new InputException(input.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not readable as Messenger JSON: " + Json.reason(e));
        }
        String conversation = firstNonNull(thread.get("title"), thread.get("threadName"),
                thread.get("thread_path"), input.name());
        Channel channel = participants > 2 || "RegularGroup".equals(thread.get("thread_type"))
                ? Channel.GROUP : Channel.DIRECT;
        List<Message> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Message m = toMessage(messages.get(i), lines.get(i), input, context, conversation, channel);
            if (m != null) {
                out.add(m);
            }
        }
        // newest first in the file: passed on oldest first (stable for equal times)
        boolean descending = out.size() > 1 && out.get(0).sentAt().isAfter(out.get(out.size() - 1).sentAt());
        if (descending) {
            java.util.Collections.reverse(out);
        }
        out.forEach(sink);
    }

    private Message toMessage(JsonNode n, long line, SourceInput input, ImportContext context, String conversation,
                              Channel channel) {
        boolean e2ee = n.has("senderName") || (n.has("timestamp") && !n.has("timestamp_ms"));
        String sender = Json.unmojibake(Json.text(n, e2ee ? "senderName" : "sender_name"));
        String stamp = Json.text(n, e2ee ? "timestamp" : "timestamp_ms");
        Instant at;
        try {
            at = stamp == null ? null : Times.millis(Long.parseLong(stamp.trim()));
        } catch (NumberFormatException e) {
            at = null;
        }
        if (at == null) {
            context.warnings().skipped(input.name(), line, "message without a readable timestamp");
            return null;
        }
        String text = Json.unmojibake(Json.text(n, e2ee ? "text" : "content"));
        List<Attachment> attachments = new ArrayList<>();
        for (String field : List.of("photos", "videos", "audio_files", "files", "gifs", "media")) {
            for (JsonNode a : Json.array(n, field)) {
                String uri = Json.unmojibake(Json.text(a, "uri"));
                if (uri != null) {
                    attachments.add(new Attachment(uri.substring(uri.lastIndexOf('/') + 1), type(field, uri)));
                }
            }
        }
        JsonNode sticker = n.get("sticker");
        if (sticker != null && sticker.isObject() && Json.text(sticker, "uri") != null) {
            String uri = Json.text(sticker, "uri");
            attachments.add(new Attachment(uri.substring(uri.lastIndexOf('/') + 1), "sticker"));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> reactions = new ArrayList<>();
        for (JsonNode r : Json.array(n, "reactions")) {
            String emoji = Json.unmojibake(Json.text(r, "reaction"));
            String actor = Json.unmojibake(Json.text(r, "actor"));
            if (emoji != null) {
                reactions.add(emoji + (actor == null ? "" : " " + actor));
            }
        }
        if (!reactions.isEmpty()) {
            meta.put("reactions", String.join("; ", reactions));
        }
        JsonNode share = n.get("share");
        if (share != null && share.isObject() && Json.text(share, "link") != null) {
            meta.put("link", Json.unmojibake(Json.text(share, "link")));
        }
        String callDuration = Json.text(n, "call_duration");
        if (callDuration != null) {
            meta.put("callDuration", callDuration);
        }
        String type = Json.text(n, "type");
        if (type != null) {
            meta.put("type", type);
        }
        boolean unsent = n.path(e2ee ? "isUnsent" : "is_unsent").asBoolean(false);
        MessageKind kind;
        if (unsent) {
            kind = MessageKind.DELETED;
        } else if (callDuration != null || "Call".equals(type) || "Subscribe".equals(type)
                || "Unsubscribe".equals(type)) {
            kind = MessageKind.SYSTEM;
        } else if (!attachments.isEmpty()) {
            kind = MessageKind.MEDIA;
        } else {
            kind = MessageKind.MESSAGE;
        }
        return new Message("", platform, conversation, channel, sender == null ? "" : sender,
                Times.exact(at, context.zone()), ZoneSource.EXPORT, kind, text == null ? "" : text, attachments,
                false, new SourceLocation(input.name(), input.sha256(), line), List.of(), meta);
    }

    private static String type(String field, String uri) {
        return switch (field) {
            case "photos", "gifs" -> "image";
            case "videos" -> "video";
            case "audio_files" -> "audio";
            case "media" -> WhatsAppImporter.attachmentType(uri);
            default -> "file";
        };
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
