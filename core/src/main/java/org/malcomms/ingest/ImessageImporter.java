package org.malcomms.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;
import org.sqlite.SQLiteConfig;

/**
 * The Messages app's database on a Mac ({@code ~/Library/Messages/chat.db}, SQLite): iMessage, and SMS relayed
 * from an iPhone. The input is copied to a private temporary file (it may be a zip entry), opened read-only, and
 * the copy deleted afterwards; the user's file is never opened by SQLite. Rows of {@code message} are read in
 * ROWID order, which is each message's source line; the chat comes from {@code chat_message_join}, the other
 * person from {@code handle}, attachments from {@code message_attachment_join}. Times are seconds (or, on newer
 * macOS, nanoseconds) since 2001-01-01 UTC. A tapback (reaction) is a {@code system} entry of its own, sent by
 * the person who reacted, with {@code metadata.reaction} and {@code metadata.reactionTo} (the target's guid):
 * kept in the timeline rather than folded into the target, so it streams and a reaction to a threat stays visible.
 * An unsent message (a retraction date, or an edit that left no text) is {@code deleted}; columns older macOS
 * versions lack are read as their defaults.
 */
public final class ImessageImporter implements Importer {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1);
    /** 2001-01-01T00:00:00Z in seconds since 1970. */
    private static final long APPLE_EPOCH = 978_307_200L;
    /** Stored times above this are nanoseconds (macOS 10.13 and later), below it seconds. */
    private static final long NANOS_FROM = 1_000_000_000_000L;
    private static final int GROUP_STYLE = 43;
    /** The stand-in Messages puts in the text where each attachment sits. */
    private static final String OBJECT_REPLACEMENT = "\uFFFC";
    private static final List<String> REACTIONS = List.of("love", "like", "dislike", "laugh", "emphasis",
            "question", "emoji");

    @Override
    public String format() {
        return "imessage";
    }

    @Override
    public double detect(String name, byte[] head) {
        if (!startsWith(head, MAGIC)) {
            return 0;
        }
        // the schema is usually on the first pages; any other SQLite file is still more likely this than not
        return new String(head, StandardCharsets.ISO_8859_1).contains("chat_message_join") ? 0.97 : 0.6;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        try (InputStream in = input.open()) {
            if (!startsWith(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new InputException(input.name(), 0, "not an iMessage chat.db: not an SQLite database");
            }
        }
        Path copy = Files.createTempFile("malcomms-imessage-", ".db");
        try {
            try (InputStream in = input.open(); OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            withoutWal(copy);
            read(copy, input, context, sink);
        } finally {
            Files.deleteIfExists(copy);
            for (String sibling : List.of("-wal", "-shm", "-journal")) {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + sibling));
            }
        }
    }

    /**
     * Marks the private copy as a rollback-journal database. chat.db is in WAL mode, and SQLite opening a WAL
     * database, even read-only, creates {@code -wal} and {@code -shm} files beside it; the user's {@code -wal}
     * file is not part of the input, so there is nothing in WAL mode to read.
     */
    private static void withoutWal(Path copy) throws IOException {
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer versions = ByteBuffer.allocate(2);
            if (ch.read(versions, 18) == 2 && (versions.get(0) == 2 || versions.get(1) == 2)) {
                ch.write(ByteBuffer.wrap(new byte[] {1, 1}), 18);
            }
        }
    }

    private void read(Path copy, SourceInput input, ImportContext context, Consumer<Message> sink)
            throws InputException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        long emitted = 0;
        long row = 0;
        try (Connection db = config.createConnection("jdbc:sqlite:file:" + copy.toAbsolutePath() + "?mode=ro")) {
            Set<String> columns = columns(db, "message");
            if (columns.isEmpty()) {
                throw new InputException(input.name(), 0, "not an iMessage chat.db: there is no message table");
            }
            for (String needed : List.of("text", "date", "handle_id", "is_from_me")) {
                if (!columns.contains(needed)) {
                    throw new InputException(input.name(), 0, "not an iMessage chat.db: the message table has no "
                            + needed + " column");
                }
            }
            Set<String> attachmentColumns = columns(db, "attachment");
            boolean attachments = !attachmentColumns.isEmpty() && !columns(db, "message_attachment_join").isEmpty();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery(query(columns));
                 PreparedStatement files = attachments ? db.prepareStatement(attachmentQuery(attachmentColumns))
                         : null) {
                while (rs.next()) {
                    row = rs.getLong("rowid");
                    Message m = message(new Row(rs), files, input, context);
                    if (m != null) {
                        emitted++;
                        sink.accept(m);
                    }
                }
            }
        } catch (SQLException e) {
            String reason = Text.clip(String.valueOf(e.getMessage()));
            if (emitted == 0) {
                throw new InputException(input.name(), row, "not readable as an iMessage chat.db: " + reason);
            }
            context.warnings().skipped(input.name(), row, "database damaged here (" + reason
                    + "); the rest of the file could not be read");
        }
    }

    private static Set<String> columns(Connection db, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The message rows with their chat and handle; columns older macOS versions lack are read as defaults. */
    private static String query(Set<String> columns) {
        return "SELECT m.ROWID AS rowid, m.text AS text, m.handle_id AS handle_id, m.date AS date,"
                + " m.is_from_me AS is_from_me, "
                + optional(columns, "guid", "NULL") + ", "
                + optional(columns, "attributedBody", "NULL") + ", "
                + optional(columns, "date_edited", "0") + ", "
                + optional(columns, "date_retracted", "0") + ", "
                + optional(columns, "is_sent", "1") + ", "
                + optional(columns, "item_type", "0") + ", "
                + optional(columns, "associated_message_type", "0") + ", "
                + optional(columns, "associated_message_guid", "NULL") + ", "
                + optional(columns, "cache_has_attachments", "1") + ", "
                + optional(columns, "service", "NULL") + ", "
                + optional(columns, "group_title", "NULL") + ","
                + " h.id AS handle, c.chat_identifier AS chat_identifier, c.display_name AS display_name,"
                + " c.style AS style"
                + " FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id"
                + " LEFT JOIN chat c ON c.ROWID ="
                + " (SELECT MIN(j.chat_id) FROM chat_message_join j WHERE j.message_id = m.ROWID)"
                + " ORDER BY m.ROWID";
    }

    private static String optional(Set<String> columns, String column, String fallback) {
        return (columns.contains(column.toLowerCase(Locale.ROOT)) ? "m." + column : fallback) + " AS " + column;
    }

    private static String attachmentQuery(Set<String> columns) {
        return "SELECT " + (columns.contains("filename") ? "a.filename" : "NULL") + " AS filename, "
                + (columns.contains("mime_type") ? "a.mime_type" : "NULL") + " AS mime_type, "
                + (columns.contains("transfer_name") ? "a.transfer_name" : "NULL") + " AS transfer_name"
                + " FROM message_attachment_join j JOIN attachment a ON a.ROWID = j.attachment_id"
                + " WHERE j.message_id = ? ORDER BY a.ROWID";
    }

    /** One message row, read once. */
    private record Row(long rowid, String guid, String text, byte[] attributedBody, String handle, long date,
                       long dateEdited, long dateRetracted, boolean fromMe, boolean sent, int itemType,
                       int associatedType, String associatedGuid, boolean hasAttachments, String service,
                       String groupTitle, String chatIdentifier, String displayName, int style) {
        Row(ResultSet rs) throws SQLException {
            this(rs.getLong("rowid"), rs.getString("guid"), rs.getString("text"), rs.getBytes("attributedBody"),
                    rs.getString("handle"), rs.getLong("date"), rs.getLong("date_edited"),
                    rs.getLong("date_retracted"), rs.getLong("is_from_me") != 0, rs.getLong("is_sent") != 0,
                    rs.getInt("item_type"), rs.getInt("associated_message_type"),
                    rs.getString("associated_message_guid"), rs.getLong("cache_has_attachments") != 0,
                    rs.getString("service"), rs.getString("group_title"), rs.getString("chat_identifier"),
                    rs.getString("display_name"), rs.getInt("style"));
        }
    }

    private static Message message(Row r, PreparedStatement files, SourceInput input, ImportContext context) {
        Instant at = appleTime(r.date());
        if (at == null) {
            context.warnings().skipped(input.name(), r.rowid(), "message without a readable date (" + r.date() + ")");
            return null;
        }
        String text = r.text();
        if ((text == null || text.isEmpty()) && r.attributedBody() != null) {
            text = TypedStreamText.text(r.attributedBody());
            if (text == null) {
                context.warnings().skipped(input.name(), r.rowid(),
                        "message text is in an attributedBody of a shape not understood");
                return null;
            }
        }
        text = text == null ? "" : text.replace(OBJECT_REPLACEMENT, "");
        List<Attachment> attached = files != null && r.hasAttachments()
                ? attachments(files, r.rowid(), input, context) : List.of();

        boolean group = r.style() == GROUP_STYLE;
        String conversation = notBlank(r.displayName()) ? r.displayName()
                : notBlank(r.chatIdentifier()) ? r.chatIdentifier() : r.handle() == null ? "" : r.handle();
        String sender = r.fromMe() ? SmsBackupImporter.OWNER
                : r.handle() != null ? r.handle() : group || r.chatIdentifier() == null ? "" : r.chatIdentifier();

        Map<String, String> meta = new LinkedHashMap<>();
        putIf(meta, "guid", r.guid());
        putIf(meta, "service", r.service());
        meta.put("direction", r.fromMe() ? "sent" : "received");
        if (r.fromMe() && !r.sent()) {
            meta.put("notSent", "true");
        }
        MessageKind kind = attached.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA;
        boolean edited = false;
        int reaction = r.associatedType() % 1000;
        boolean tapback = r.associatedType() >= 2000 && r.associatedType() < 4000 && reaction < REACTIONS.size();
        if (r.dateRetracted() > 0 || r.dateEdited() > 0 && text.isEmpty() && attached.isEmpty()) {
            kind = MessageKind.DELETED;
            meta.put("unsent", "true");
        } else if (tapback) {
            kind = MessageKind.SYSTEM;
            meta.put("reaction", REACTIONS.get(reaction));
            if (r.associatedType() >= 3000) {
                meta.put("reactionRemoved", "true");
            }
            putIf(meta, "reactionTo", r.associatedGuid() == null ? null
                    : r.associatedGuid().substring(r.associatedGuid().indexOf(r.associatedGuid().contains("/")
                    ? '/' : ':') + 1));
            if (text.isEmpty()) {
                text = (r.associatedType() >= 3000 ? "removed a " : "") + REACTIONS.get(reaction) + " reaction";
            }
        } else if (r.itemType() != 0) {
            kind = MessageKind.SYSTEM;
            meta.put("itemType", Integer.toString(r.itemType()));
            if (text.isEmpty()) {
                text = switch (r.itemType()) {
                    case 1 -> "changed the group's members";
                    case 2 -> "named the conversation" + (notBlank(r.groupTitle()) ? " " + r.groupTitle() : "");
                    case 3 -> "left the conversation or changed its photo";
                    default -> "conversation event";
                };
            }
        } else if (r.dateEdited() > 0) {
            edited = true;
            Instant editedAt = appleTime(r.dateEdited());
            if (editedAt != null) {
                meta.put("editedAt", editedAt.toString());
            }
        }
        return new Message("", "imessage", conversation, group ? Channel.GROUP : Channel.DIRECT, sender,
                Times.exact(at, context.zone()), ZoneSource.EXPORT, kind, text, attached, edited,
                new SourceLocation(input.name(), input.sha256(), r.rowid()), List.of(), meta);
    }

    private static List<Attachment> attachments(PreparedStatement files, long rowid, SourceInput input,
                                                ImportContext context) {
        List<Attachment> out = new ArrayList<>();
        try {
            files.setLong(1, rowid);
            try (ResultSet rs = files.executeQuery()) {
                while (rs.next()) {
                    String name = notBlank(rs.getString("transfer_name")) ? rs.getString("transfer_name")
                            : lastPart(rs.getString("filename"));
                    String mime = rs.getString("mime_type");
                    out.add(new Attachment(name == null ? "(unnamed)" : name,
                            mime != null && mime.contains("/") ? mime.substring(0, mime.indexOf('/')) : "file"));
                }
            }
        } catch (SQLException e) {
            context.warnings().skipped(input.name(), rowid, "attachments of this message could not be read ("
                    + Text.clip(String.valueOf(e.getMessage())) + ")");
        }
        return out;
    }

    /** A stored time (seconds, or nanoseconds, since 2001-01-01 UTC) that a real message could carry, else null. */
    static Instant appleTime(long stored) {
        if (stored <= 0) {
            return null;
        }
        Instant at = stored > NANOS_FROM
                ? Instant.ofEpochSecond(APPLE_EPOCH + stored / 1_000_000_000L, stored % 1_000_000_000L)
                : Instant.ofEpochSecond(APPLE_EPOCH + stored);
        return Times.millis(at.toEpochMilli()) == null ? null : at;
    }

    private static String lastPart(String path) {
        if (path == null) {
            return null;
        }
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void putIf(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
