package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * DiscordChatExporter output, JSON ({@code guild, channel, messages[]}, streamed) or CSV
 * ({@code AuthorID,Author,Date,Content,Attachments,Reactions}). Message ids are 64-bit snowflakes kept as text;
 * the sender is the nickname shown in the channel, with the account name and id in metadata.
 */
public final class DiscordImporter implements Importer {
    private static final String CSV_HEADER = "AuthorID,Author,Date,Content,Attachments,Reactions";
    private static final List<DateTimeFormatter> CSV_LOCAL = List.of(
            DateTimeFormatter.ofPattern("dd-MMM-yy hh:mm a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ENGLISH));

    @Override
    public String format() {
        return "discord";
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head).stripLeading();
        if (h.startsWith("{")) {
            return h.contains("\"guild\"") && h.contains("\"channel\"") && (h.contains("\"messages\"")
                    || h.contains("\"dateRange\"")) ? 0.95 : 0;
        }
        return h.replace("\"", "").startsWith(CSV_HEADER.substring(0, 30)) ? 0.95 : 0;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        java.io.PushbackReader pb = new java.io.PushbackReader(Text.reader(input.open()), 1);
        int c;
        do {
            c = pb.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        if (c < 0) {
            pb.close();
            throw new InputException(input.name(), 1, "empty file, not a Discord export");
        }
        pb.unread(c);
        if (c == '{') {
            readJson(pb, input, context, sink);
        } else {
            readCsv(pb, input, context, sink);
        }
    }

    private void readJson(Reader reader, SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        long emitted = 0;
        try (JsonParser p = Json.parser(reader)) {
            p.nextToken();
            String guild = "";
            String channelName = "";
            String channelType = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ((field.equals("guild") || field.equals("channel")) && t == JsonToken.START_OBJECT) {
                    JsonNode n = p.readValueAsTree();
                    if (field.equals("guild")) {
                        guild = String.valueOf(Json.text(n, "name"));
                    } else {
                        channelName = String.valueOf(Json.text(n, "name"));
                        channelType = String.valueOf(Json.text(n, "type"));
                    }
                } else if (field.equals("messages") && t == JsonToken.START_ARRAY) {
                    boolean dm = channelType.startsWith("Direct");
                    String conversation = dm || guild.isEmpty() ? channelName : guild + " / #" + channelName;
                    Channel channel = "DirectTextChat".equals(channelType) ? Channel.DIRECT : Channel.GROUP;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        long line = Json.line(p);
                        Message m = jsonMessage(p.readValueAsTree(), line, input, context, conversation, channel);
                        if (m != null) {
                            emitted++;
                            sink.accept(m);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (emitted == 0) {
                throw new InputException(input.name(), line, "not readable as Discord JSON: " + Json.reason(e));
            }
            context.warnings().skipped(input.name(), line, "JSON broken here (" + Json.reason(e)
                    + "); the rest of the file could not be read");
        }
    }

    private static Message jsonMessage(JsonNode n, long line, SourceInput input, ImportContext context,
                                       String conversation, Channel channel) {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(String.valueOf(Json.text(n, "timestamp")));
        } catch (DateTimeException e) {
            context.warnings().skipped(input.name(), line, "message without a readable timestamp");
            return null;
        }
        JsonNode author = n.path("author");
        String nickname = Json.text(author, "nickname");
        String name = Json.text(author, "name");
        String sender = nickname != null && !nickname.isEmpty() ? nickname : name == null ? "" : name;
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode a : Json.array(n, "attachments")) {
            String file = Json.text(a, "fileName");
            if (file != null) {
                attachments.add(new Attachment(file, WhatsAppImporter.attachmentType(file)));
            }
        }
        for (JsonNode s : Json.array(n, "stickers")) {
            attachments.add(new Attachment(String.valueOf(Json.text(s, "name")), "sticker"));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "messageId", Json.text(n, "id"));
        put(meta, "authorId", Json.text(author, "id"));
        put(meta, "authorName", name);
        if (author.path("isBot").asBoolean(false)) {
            meta.put("bot", "true");
        }
        put(meta, "replyTo", Json.text(n.path("reference"), "messageId"));
        List<String> reactions = new ArrayList<>();
        for (JsonNode r : Json.array(n, "reactions")) {
            reactions.add(Json.text(r.path("emoji"), "name") + " x" + r.path("count").asInt(1));
        }
        if (!reactions.isEmpty()) {
            meta.put("reactions", String.join("; ", reactions));
        }
        List<String> mentions = new ArrayList<>();
        Json.array(n, "mentions").forEach(m -> mentions.add(String.valueOf(Json.text(m, "name"))));
        if (!mentions.isEmpty()) {
            meta.put("mentions", String.join(", ", mentions));
        }
        String type = String.valueOf(Json.text(n, "type"));
        MessageKind kind = type.equals("Default") || type.equals("Reply") || type.equals("null")
                ? (attachments.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA) : MessageKind.SYSTEM;
        if (kind == MessageKind.SYSTEM) {
            meta.put("type", type);
        }
        String content = Json.text(n, "content");
        return new Message("", "discord", conversation, channel, sender, Times.exact(at, context.zone()),
                ZoneSource.EXPORT, kind, content == null ? "" : content, attachments,
                n.hasNonNull("timestampEdited"), new SourceLocation(input.name(), input.sha256(), line), List.of(),
                meta);
    }

    private void readCsv(Reader reader, SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        try (CsvReader csv = new CsvReader(reader, ',')) {
            List<String> header = csv.next();
            if (header == null || !String.join(",", header).startsWith("AuthorID,Author,Date,Content")) {
                throw new InputException(input.name(), 1, "not a Discord CSV export: the first line is not \""
                        + CSV_HEADER + "\"");
            }
            String base = input.name().substring(input.name().lastIndexOf('/') + 1)
                    .substring(input.name().lastIndexOf('!') + 1).replaceFirst("\\.csv$", "");
            List<String> row;
            while ((row = csv.next()) != null) {
                long line = csv.recordLine();
                if (row.size() < 4 || csv.truncated()) {
                    context.warnings().skipped(input.name(), line, csv.truncated() ? "a cell longer than 1 MB"
                            : "row with " + row.size() + " cells, expected 6");
                    continue;
                }
                OffsetDateTime at;
                ZoneSource zoneSource = ZoneSource.EXPORT;
                try {
                    at = Times.exact(OffsetDateTime.parse(row.get(2)), context.zone());
                } catch (DateTimeException e) {
                    at = localCsvDate(row.get(2), context);
                    zoneSource = ZoneSource.ASSUMED;
                }
                if (at == null) {
                    context.warnings().skipped(input.name(), line, "unreadable date \"" + Text.clip(row.get(2))
                            + "\"");
                    continue;
                }
                List<Attachment> attachments = new ArrayList<>();
                if (row.size() > 4 && !row.get(4).isBlank()) {
                    for (String url : row.get(4).split(",")) {
                        String u = url.strip();
                        String file = u.substring(u.lastIndexOf('/') + 1);
                        attachments.add(new Attachment(file, WhatsAppImporter.attachmentType(file)));
                    }
                }
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("authorId", row.get(0));
                if (row.size() > 5 && !row.get(5).isBlank()) {
                    meta.put("reactions", row.get(5));
                }
                sink.accept(new Message("", "discord", base, Channel.GROUP, row.get(1), at, zoneSource,
                        attachments.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA, row.get(3), attachments,
                        false, new SourceLocation(input.name(), input.sha256(), line), List.of(), meta));
            }
        }
    }

    private static OffsetDateTime localCsvDate(String s, ImportContext context) {
        for (DateTimeFormatter f : CSV_LOCAL) {
            try {
                return LocalDateTime.parse(s.strip(), f).atZone(context.zone()).toOffsetDateTime();
            } catch (DateTimeException e) {
                // try the next layout
            }
        }
        return null;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
