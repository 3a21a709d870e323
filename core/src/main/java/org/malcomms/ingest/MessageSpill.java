package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * A temporary file holding one source's messages while several sources are merged, so the merge holds only one
 * message per source in memory. The file is private to the run and deleted when closed.
 */
final class MessageSpill implements Closeable {
    private final Path file;
    private JsonGenerator out;
    private JsonParser in;
    private long count;

    MessageSpill() throws IOException {
        file = Files.createTempFile("malcomms-spill-", ".json");
        file.toFile().deleteOnExit();
        out = Json.MAPPER.getFactory().createGenerator(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void write(Message m) throws IOException {
        out.writeStartObject();
        out.writeStringField("p", m.platform());
        out.writeStringField("c", m.conversation());
        out.writeStringField("ch", m.channel().name());
        out.writeStringField("s", m.sender());
        out.writeStringField("t", m.sentAt().toString());
        out.writeStringField("z", m.zoneSource().name());
        out.writeStringField("k", m.kind().name());
        out.writeStringField("x", m.text());
        out.writeArrayFieldStart("a");
        for (Attachment a : m.attachments()) {
            out.writeString(a.name());
            out.writeString(a.type());
        }
        out.writeEndArray();
        out.writeBooleanField("e", m.edited());
        out.writeArrayFieldStart("l");
        location(m.source());
        m.alsoIn().forEach(this::locationUnchecked);
        out.writeEndArray();
        out.writeObjectFieldStart("m");
        for (var e : m.metadata().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        count++;
    }

    private void location(SourceLocation l) throws IOException {
        out.writeString(l.file());
        out.writeString(l.sha256());
        out.writeNumber(l.line());
    }

    private void locationUnchecked(SourceLocation l) {
        try {
            location(l);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    /** Ends writing; {@link #next()} then reads the messages back in the order written. */
    void rewind() throws IOException {
        out.close();
        out = null;
        in = Json.MAPPER.getFactory().createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The next message, or null after the last. */
    Message next() throws IOException {
        if (in.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonNode n = in.readValueAsTree();
        List<Attachment> attachments = new ArrayList<>();
        JsonNode a = n.get("a");
        for (int i = 0; i + 1 < a.size(); i += 2) {
            attachments.add(new Attachment(a.get(i).asText(), a.get(i + 1).asText()));
        }
        JsonNode l = n.get("l");
        List<SourceLocation> locations = new ArrayList<>();
        for (int i = 0; i + 2 < l.size(); i += 3) {
            locations.add(new SourceLocation(l.get(i).asText(), l.get(i + 1).asText(), l.get(i + 2).asLong()));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        n.get("m").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
        return new Message("", n.get("p").asText(), n.get("c").asText(), Channel.valueOf(n.get("ch").asText()),
                n.get("s").asText(), OffsetDateTime.parse(n.get("t").asText()), ZoneSource.valueOf(n.get("z")
                .asText()), MessageKind.valueOf(n.get("k").asText()), n.get("x").asText(), attachments,
                n.get("e").asBoolean(), locations.get(0), locations.subList(1, locations.size()), meta);
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
