package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Telegram Desktop's {@code result.json}: one chat ({@code name, type, id, messages}) or a whole account (chats
 * under {@code chats.list}), streamed message by message. {@code date_unixtime} gives the instant; the local
 * {@code date} beside it gives the offset the exporting computer used. Exports without {@code date_unixtime}
 * (before 2022) have only local time, so the {@code --tz} zone is assumed. Text arrays of strings and entity
 * objects are joined; {@code \x0C}-style escapes are repaired before parsing.
 */
public final class TelegramImporter implements Importer {
    @Override
    public String format() {
        return "telegram";
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head);
        if (!h.stripLeading().startsWith("{")) {
            return 0;
        }
        boolean messages = h.contains("\"messages\"");
        boolean telegram = h.contains("\"from_id\"") || h.contains("\"date_unixtime\"")
                || h.contains("\"personal_chat\"") || h.contains("\"personal_information\"")
                || h.contains("\"text_entities\"");
        if (messages && telegram) {
            return 0.95;
        }
        return telegram && h.contains("\"chats\"") ? 0.9 : 0;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        long[] emitted = {0};
        Consumer<Message> counting = m -> {
            emitted[0]++;
            sink.accept(m);
        };
        try (JsonParser p = Json.parser(Text.reader(input.open()))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(input.name(), Json.line(p), "not a Telegram export: it does not start with"
                        + " a JSON object");
            }
            new Walk(input, context, counting, p).object(Map.of());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (emitted[0] == 0) {
                throw new InputException(input.name(), line, "not readable as Telegram JSON: " + Json.reason(e));
            }
            context.warnings().skipped(input.name(), line, "JSON broken here (" + Json.reason(e)
                    + "); the rest of the file could not be read");
        }
    }

    /** One pass over the document, carrying each chat's name, type and id down to its messages. */
    private static final class Walk {
        private final SourceInput input;
        private final ImportContext context;
        private final Consumer<Message> sink;
        private final JsonParser p;

        Walk(SourceInput input, ImportContext context, Consumer<Message> sink, JsonParser p) {
            this.input = input;
            this.context = context;
            this.sink = sink;
            this.p = p;
        }

        /** Reads the object whose START_OBJECT is the current token. */
        void object(Map<String, String> outer) throws IOException {
            Map<String, String> chat = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("messages") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        long line = Json.line(p);
                        JsonNode n = p.readValueAsTree();
                        message(n, chat, line);
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    object(chat);
                } else if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        if (t == JsonToken.START_OBJECT) {
                            object(chat);
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if (t != null && t.isScalarValue()
                        && (field.equals("name") || field.equals("type") || field.equals("id"))) {
                    chat.put(field, p.getValueAsString());
                }
            }
        }

        private void message(JsonNode n, Map<String, String> chat, long line) {
            Instant exact = null;
            String unix = Json.text(n, "date_unixtime");
            String local = Json.text(n, "date");
            try {
                LocalDateTime localTime = local(local, unix != null);
                OffsetDateTime at;
                ZoneSource zoneSource;
                if (unix != null) {
                    exact = Instant.ofEpochSecond(Long.parseLong(unix));
                    at = withLocalOffset(exact, localTime, context);
                    zoneSource = ZoneSource.EXPORT;
                } else if (localTime != null) {
                    at = localTime.atZone(context.zone()).toOffsetDateTime();
                    zoneSource = ZoneSource.ASSUMED;
                } else {
                    context.warnings().skipped(input.name(), line, "message without a date");
                    return;
                }
                sink.accept(toMessage(n, chat, at, zoneSource, line));
            } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
                context.warnings().skipped(input.name(), line, "unreadable date \"" + Text.clip(
                        unix != null ? unix : String.valueOf(local)) + "\"");
            }
        }

        private Message toMessage(JsonNode n, Map<String, String> chat, OffsetDateTime at, ZoneSource zoneSource,
                                  long line) {
            String type = Json.text(n, "type");
            boolean service = "service".equals(type);
            String sender = service ? Json.text(n, "actor") : Json.text(n, "from");
            String senderId = service ? Json.text(n, "actor_id") : Json.text(n, "from_id");
            if (sender == null) {
                sender = n.has("from") || n.has("actor") ? "Deleted Account" : "";
            }
            String text = joinText(n.get("text"));
            List<Attachment> attachments = new ArrayList<>();
            attachment(n, "photo", "image", attachments);
            String mediaType = Json.text(n, "media_type");
            attachment(n, "file", mediaType == null ? "file" : mediaKind(mediaType, Json.text(n, "mime_type")),
                    attachments);
            MessageKind kind = MessageKind.MESSAGE;
            Map<String, String> meta = new LinkedHashMap<>();
            if (service) {
                kind = MessageKind.SYSTEM;
                String action = Json.text(n, "action");
                meta.put("action", action == null ? "" : action);
                if (text.isEmpty()) {
                    text = describe(n, action);
                }
            } else if (!attachments.isEmpty() || n.has("sticker_emoji") || n.has("poll") || n.has("contact_information")
                    || n.has("location_information")) {
                kind = MessageKind.MEDIA;
                if (attachments.isEmpty()) {
                    attachments.add(new Attachment("(" + firstPresent(n) + ")", firstPresent(n)));
                }
            }
            put(meta, "messageId", Json.text(n, "id"));
            put(meta, "senderId", senderId);
            put(meta, "replyTo", Json.text(n, "reply_to_message_id"));
            put(meta, "forwardedFrom", Json.text(n, "forwarded_from"));
            put(meta, "editedAt", Json.text(n, "edited"));
            put(meta, "chatType", chat.get("type"));
            boolean edited = n.hasNonNull("edited") || n.hasNonNull("edited_unixtime");
            String conversation = chat.getOrDefault("name", chat.getOrDefault("id", ""));
            if (conversation == null) {
                conversation = "";
            }
            return new Message("", "telegram", conversation, channel(chat.get("type")), sender, at, zoneSource, kind,
                    text, attachments, edited, new SourceLocation(input.name(), input.sha256(), line), List.of(),
                    meta);
        }
    }

    /** The local date; when the exact time is also given, an unreadable local date only loses its offset. */
    private static LocalDateTime local(String local, boolean exactGiven) {
        try {
            return local == null ? null : LocalDateTime.parse(local);
        } catch (DateTimeException e) {
            if (exactGiven) {
                return null;
            }
            throw e;
        }
    }

    /** The instant at the offset the export's local date shows, when that differs by whole quarter hours. */
    static OffsetDateTime withLocalOffset(Instant exact, LocalDateTime local, ImportContext context) {
        if (local != null) {
            long seconds = Duration.between(exact.atOffset(ZoneOffset.UTC).toLocalDateTime(), local).getSeconds();
            if (seconds % 900 == 0 && Math.abs(seconds) <= 18 * 3600) {
                return exact.atOffset(ZoneOffset.ofTotalSeconds((int) seconds));
            }
        }
        return Times.exact(exact, context.zone());
    }

    static String joinText(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder sb = new StringBuilder();
        if (text.isArray()) {
            for (JsonNode part : text) {
                if (part.isTextual()) {
                    sb.append(part.asText());
                } else if (part.isObject() && part.get("text") != null && part.get("text").isValueNode()) {
                    sb.append(part.get("text").asText());
                }
            }
        }
        return sb.toString();
    }

    private static void attachment(JsonNode n, String field, String type, List<Attachment> out) {
        String path = Json.text(n, field);
        if (path != null) {
            String name = path.startsWith("(") ? path : path.substring(path.lastIndexOf('/') + 1);
            out.add(new Attachment(name, type));
        }
    }

    private static String mediaKind(String mediaType, String mime) {
        return switch (mediaType) {
            case "voice_message", "audio_file" -> "audio";
            case "video_file", "video_message", "animation" -> "video";
            case "sticker" -> "sticker";
            default -> mime != null && mime.contains("/") ? mime.substring(0, mime.indexOf('/')) : "file";
        };
    }

    private static String firstPresent(JsonNode n) {
        for (String f : List.of("sticker_emoji", "poll", "contact_information", "location_information")) {
            if (n.has(f)) {
                return switch (f) {
                    case "sticker_emoji" -> "sticker";
                    case "contact_information" -> "contact";
                    case "location_information" -> "location";
                    default -> f;
                };
            }
        }
        return "file";
    }

    private static String describe(JsonNode n, String action) {
        StringBuilder sb = new StringBuilder(action == null ? "service message" : action.replace('_', ' '));
        List<String> members = new ArrayList<>();
        Json.array(n, "members").forEach(m -> members.add(m.asText()));
        if (!members.isEmpty()) {
            sb.append(": ").append(String.join(", ", members));
        }
        String title = Json.text(n, "title");
        if (title != null) {
            sb.append(": ").append(title);
        }
        String duration = Json.text(n, "duration_seconds");
        if (duration != null) {
            sb.append(" (").append(duration).append(" s)");
        }
        return sb.toString();
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }

    static Channel channel(String type) {
        if (type == null) {
            return Channel.DIRECT;
        }
        return switch (type) {
            case "personal_chat", "bot_chat", "saved_messages" -> Channel.DIRECT;
            case "public_channel" -> Channel.PUBLIC;
            default -> Channel.GROUP;
        };
    }
}
