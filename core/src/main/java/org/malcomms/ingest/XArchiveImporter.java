package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * The X (Twitter) archive's {@code data/direct-messages.js}, {@code direct-messages-group.js} and
 * {@code tweets.js}: JavaScript files that assign one JSON array ({@code window.YTD.<name>.part0 = [...]}); the
 * prefix is skipped and the array streamed. DMs name people only by numeric id; their text is HTML-escaped and
 * links are t.co short links, both undone. A conversation's messages (listed newest first) are passed on oldest
 * first. Tweets are public posts by the archive's owner.
 */
public final class XArchiveImporter implements Importer {
    /** The archive's owner, who wrote every tweet in tweets.js (the account's name is in another file). */
    static final String OWNER = "archive owner";
    private static final Pattern PREFIX = Pattern.compile("^\\s*window\\.YTD\\.([A-Za-z0-9_]+)\\.part\\d+\\s*=");
    private static final DateTimeFormatter TWEET_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    @Override
    public String format() {
        return "x";
    }

    @Override
    public double detect(String name, byte[] head) {
        Matcher m = PREFIX.matcher(Text.head(head));
        if (!m.find()) {
            return 0;
        }
        String kind = m.group(1);
        return kind.startsWith("direct_messages") || kind.equals("tweets") || kind.equals("tweet") ? 0.95 : 0;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        Reader reader = Text.reader(input.open());
        StringBuilder prefix = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '=' && prefix.length() < 200) {
            prefix.append((char) c);
        }
        Matcher m = PREFIX.matcher(prefix.append('='));
        if (c != '=' || !m.find()) {
            reader.close();
            throw new InputException(input.name(), 1, "not an X archive file: it does not start with"
                    + " \"window.YTD.<name>.part0 =\"");
        }
        String kind = m.group(1);
        boolean group = kind.contains("group");
        boolean tweets = kind.startsWith("tweet");
        long[] emitted = {0};
        Consumer<Message> counting = msg -> {
            emitted[0]++;
            sink.accept(msg);
        };
        try (JsonParser p = Json.parser(reader)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException(input.name(), 1, "not an X archive file: no array after the \"=\"");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long line = Json.line(p);
                JsonNode item = p.readValueAsTree();
                if (tweets) {
                    tweet(item.has("tweet") ? item.get("tweet") : item, line, input, context, counting);
                } else {
                    conversation(item.path("dmConversation"), line, group, input, context, counting);
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (emitted[0] == 0) {
                throw new InputException(input.name(), line, "not readable as an X archive file: " + Json.reason(e));
            }
            context.warnings().skipped(input.name(), line, "JSON broken here (" + Json.reason(e)
                    + "); the rest of the file could not be read");
        }
    }

    private static void conversation(JsonNode conv, long line, boolean group, SourceInput input,
                                     ImportContext context, Consumer<Message> sink) {
        String id = Json.text(conv, "conversationId");
        if (id == null) {
            context.warnings().skipped(input.name(), line, "DM conversation without a conversationId");
            return;
        }
        String name = id;
        List<Message> out = new ArrayList<>();
        for (JsonNode event : Json.array(conv, "messages")) {
            JsonNode nameUpdate = event.get("conversationNameUpdate");
            if (nameUpdate != null && Json.text(nameUpdate, "name") != null && name.equals(id)) {
                name = unescape(Json.text(nameUpdate, "name"));
            }
        }
        for (JsonNode event : Json.array(conv, "messages")) {
            JsonNode mc = event.get("messageCreate");
            if (mc == null) {
                continue;
            }
            OffsetDateTime at;
            try {
                at = Times.exact(OffsetDateTime.parse(String.valueOf(Json.text(mc, "createdAt"))), context.zone());
            } catch (DateTimeException e) {
                context.warnings().skipped(input.name(), line, "DM " + Json.text(mc, "id")
                        + " without a readable createdAt");
                continue;
            }
            String text = links(unescape(Json.text(mc, "text") == null ? "" : Json.text(mc, "text")), mc);
            List<Attachment> attachments = new ArrayList<>();
            for (JsonNode u : Json.array(mc, "mediaUrls")) {
                String url = u.asText();
                String file = url.substring(url.lastIndexOf('/') + 1);
                attachments.add(new Attachment(file, WhatsAppImporter.attachmentType(file)));
            }
            Map<String, String> meta = new LinkedHashMap<>();
            putIf(meta, "messageId", Json.text(mc, "id"));
            putIf(meta, "recipientId", Json.text(mc, "recipientId"));
            List<String> reactions = new ArrayList<>();
            for (JsonNode r : Json.array(mc, "reactions")) {
                reactions.add(Json.text(r, "reactionKey") + " " + Json.text(r, "senderId"));
            }
            if (!reactions.isEmpty()) {
                meta.put("reactions", String.join("; ", reactions));
            }
            boolean edited = Json.array(mc, "editHistory").size() > 1;
            out.add(new Message("", "x", name, group ? Channel.GROUP : Channel.DIRECT,
                    String.valueOf(Json.text(mc, "senderId")), at, ZoneSource.EXPORT,
                    attachments.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA, text, attachments, edited,
                    new SourceLocation(input.name(), input.sha256(), line), List.of(), meta));
        }
        if (out.size() > 1 && out.get(0).sentAt().isAfter(out.get(out.size() - 1).sentAt())) {
            java.util.Collections.reverse(out);
        }
        out.forEach(sink);
    }

    private static void tweet(JsonNode t, long line, SourceInput input, ImportContext context,
                              Consumer<Message> sink) {
        OffsetDateTime at;
        try {
            at = Times.exact(OffsetDateTime.parse(String.valueOf(Json.text(t, "created_at")), TWEET_TIME),
                    context.zone());
        } catch (DateTimeException e) {
            context.warnings().skipped(input.name(), line, "tweet without a readable created_at");
            return;
        }
        String text = links(unescape(String.valueOf(Json.text(t, "full_text") != null ? Json.text(t, "full_text")
                : Json.text(t, "text"))), t.path("entities"));
        List<Attachment> attachments = new ArrayList<>();
        JsonNode media = t.path("extended_entities").path("media");
        if (!media.isArray()) {
            media = t.path("entities").path("media");
        }
        for (JsonNode m : media) {
            String url = String.valueOf(Json.text(m, "media_url_https"));
            attachments.add(new Attachment(url.substring(url.lastIndexOf('/') + 1),
                    "photo".equals(Json.text(m, "type")) ? "image" : String.valueOf(Json.text(m, "type"))));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        putIf(meta, "tweetId", Json.text(t, "id_str"));
        putIf(meta, "inReplyTo", Json.text(t, "in_reply_to_screen_name"));
        List<String> mentions = new ArrayList<>();
        t.path("entities").path("user_mentions").forEach(u -> mentions.add("@" + Json.text(u, "screen_name")));
        if (!mentions.isEmpty()) {
            meta.put("mentions", String.join(", ", mentions));
        }
        boolean edited = t.path("edit_info").path("initial").path("editTweetIds").size() > 1;
        sink.accept(new Message("", "x", "tweets", Channel.PUBLIC, OWNER, at, ZoneSource.EXPORT,
                attachments.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA, text, attachments, edited,
                new SourceLocation(input.name(), input.sha256(), line), List.of(), meta));
    }

    /** Replaces each t.co link with the address it stands for, where the archive lists it. */
    private static String links(String text, JsonNode holder) {
        String out = text;
        for (JsonNode u : holder.path("urls")) {
            String shortUrl = Json.text(u, "url");
            String expanded = Json.text(u, "expanded");
            if (expanded == null) {
                expanded = Json.text(u, "expanded_url");
            }
            if (shortUrl != null && expanded != null && !shortUrl.isEmpty()) {
                out = out.replace(shortUrl, expanded);
            }
        }
        return out;
    }

    /** Undoes the archive's HTML escaping of text. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static void putIf(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
