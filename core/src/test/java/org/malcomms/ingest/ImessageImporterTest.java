package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.ZoneSource;
import org.malcomms.vault.Hashes;

class ImessageImporterTest {
    private static final String MESSAGE = "INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, service,"
            + " date, date_edited, date_retracted, is_from_me, is_sent, item_type, group_title,"
            + " associated_message_guid, associated_message_type, cache_has_attachments)"
            + " VALUES (?, ?, ?, ?, ?, 'iMessage', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final ImessageImporter importer = new ImessageImporter();

    @TempDir
    Path dir;

    /** A one-to-one chat and a group chat, with each kind of row the importer handles. */
    private Path sample() throws Exception {
        Path file = dir.resolve("chat.db");
        try (ChatDb db = ChatDb.create(file)) {
            db.sql("INSERT INTO handle (ROWID, id, country, service) VALUES (1, '+447700900123', 'gb', 'iMessage'),"
                    + " (2, 'sam.okafor@example.com', 'gb', 'iMessage')");
            db.sql("INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, display_name) VALUES"
                    + " (1, 'iMessage;-;+447700900123', 45, '+447700900123', 'iMessage', ''),"
                    + " (2, 'iMessage;+;chat493021776', 43, 'chat493021776', 'iMessage', 'Netball mums')");
            db.sql("INSERT INTO chat_handle_join VALUES (1, 1), (2, 1), (2, 2)");
            message(db, 1, "You'll regret this 😠\nI know where you live", null, 1,
                    ChatDb.nanos("2024-03-01T23:14:04.250Z"), 0, 0, 0, 0, null, null, 0, 0, 1);
            // an older row in the same database, its time still in seconds
            message(db, 2, "Leave me alone.", null, 1, ChatDb.seconds("2024-03-01T23:15:00Z"), 0, 0, 1, 0, null,
                    null, 0, 0, 1);
            message(db, 3, null, ChatDb.attributedBody("Nobody will believe you 🙂"), 1,
                    ChatDb.nanos("2024-06-01T21:59:55Z"), 0, 0, 0, 0, null, null, 0, 0, 1);
            message(db, 4, "I meant it as a joke", null, 1, ChatDb.nanos("2024-06-01T22:01:00Z"),
                    ChatDb.nanos("2024-06-01T22:03:10Z"), 0, 0, 0, null, null, 0, 0, 1);
            message(db, 5, "\uFFFCeveryone should see this", null, 2, ChatDb.nanos("2024-06-02T08:00:00Z"), 0, 0,
                    0, 1, null, null, 0, 1, 2);
            message(db, 6, "Laughed at “everyone should see this”", null, 1, ChatDb.nanos("2024-06-02T08:01:00Z"),
                    0, 0, 0, 0, null, "p:0/GUID-5", 2003, 0, 2);
            message(db, 7, null, null, 2, ChatDb.nanos("2024-06-02T08:02:00Z"), 0, 0, 2, 0, "Netball mums 🏐",
                    null, 0, 0, 2);
            // unsent with "Undo Send": text gone, both edit and retraction dates set
            message(db, 8, null, null, 1, ChatDb.nanos("2024-06-02T09:00:00Z"),
                    ChatDb.nanos("2024-06-02T09:01:00Z"), ChatDb.nanos("2024-06-02T09:01:00Z"), 0, 0, null, null,
                    0, 0, 1);
            message(db, 9, "no date", null, 1, 0, 0, 0, 0, 0, null, null, 0, 0, 1);
            message(db, 10, null, new byte[] {1, 2, 3, 'N', 'S'}, 1, ChatDb.nanos("2024-06-02T10:00:00Z"), 0, 0, 0,
                    0, null, null, 0, 0, 1);
            db.insert("INSERT INTO attachment (ROWID, guid, filename, uti, mime_type, transfer_name, total_bytes,"
                    + " original_guid) VALUES (1, 'AT-1', '~/Library/Messages/Attachments/4f/15/AT-1/IMG_0042.HEIC',"
                    + " 'public.heic', 'image/heic', 'IMG_0042.HEIC', 1893221, 'AT-1')");
            db.insert("INSERT INTO attachment (ROWID, guid, filename, uti, mime_type, transfer_name, total_bytes,"
                    + " original_guid) VALUES (2, 'AT-2', '~/Library/Messages/Attachments/0a/10/AT-2/Audio Message.caf',"
                    + " 'com.apple.coreaudio-format', NULL, NULL, 22001, 'AT-2')");
            db.sql("INSERT INTO message_attachment_join VALUES (5, 1), (5, 2)");
        }
        return file;
    }

    private static void message(ChatDb db, long rowid, String text, byte[] body, long handle, long date,
                                long edited, long retracted, int itemOrFromMe, int fromMe, String groupTitle,
                                String associatedGuid, int associatedType, int hasAttachments, long chat)
            throws Exception {
        // itemOrFromMe: 1 = sent by the owner (is_from_me), 2 = a group rename (item_type 2)
        boolean mine = itemOrFromMe == 1;
        db.insert(MESSAGE, rowid, "GUID-" + rowid, text, body, mine ? 1 : handle, date, edited, retracted,
                mine ? 1 : 0, mine ? 1 : 0, itemOrFromMe == 2 ? 2 : 0, groupTitle, associatedGuid, associatedType,
                hasAttachments);
        db.insert("INSERT INTO chat_message_join (chat_id, message_id, message_date) VALUES (?, ?, ?)", chat, rowid,
                date);
    }

    @Test
    void readsTheContractFieldsOfEachKindOfRow() throws Exception {
        Path file = sample();
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, new FileSource(file), w);
        assertThat(m).extracting(x -> x.source().line()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

        Message threat = m.get(0);
        assertThat(threat.platform()).isEqualTo("imessage");
        assertThat(threat.conversation()).isEqualTo("+447700900123");
        assertThat(threat.channel()).isEqualTo(Channel.DIRECT);
        assertThat(threat.sender()).isEqualTo("+447700900123");
        assertThat(threat.text()).isEqualTo("You'll regret this 😠\nI know where you live");
        assertThat(threat.sentAt().toString()).isEqualTo("2024-03-01T23:14:04.250Z");
        assertThat(threat.zoneSource()).isEqualTo(ZoneSource.EXPORT);
        assertThat(threat.kind()).isEqualTo(MessageKind.MESSAGE);
        assertThat(threat.edited()).isFalse();
        assertThat(threat.source().file()).isEqualTo("chat.db");
        assertThat(threat.source().sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(file)));
        assertThat(threat.metadata()).containsEntry("guid", "GUID-1").containsEntry("service", "iMessage")
                .containsEntry("direction", "received");

        Message reply = m.get(1);
        assertThat(reply.sender()).isEqualTo(SmsBackupImporter.OWNER);
        assertThat(reply.conversation()).isEqualTo("+447700900123");
        assertThat(reply.sentAt().toString()).isEqualTo("2024-03-01T23:15Z");
        assertThat(reply.metadata()).containsEntry("direction", "sent");

        // attributedBody only; summer time, so shown at +01:00 (London)
        assertThat(m.get(2).text()).isEqualTo("Nobody will believe you 🙂");
        assertThat(m.get(2).sentAt().toString()).isEqualTo("2024-06-01T22:59:55+01:00");

        assertThat(m.get(3).edited()).isTrue();
        assertThat(m.get(3).text()).isEqualTo("I meant it as a joke");
        assertThat(m.get(3).metadata()).containsEntry("editedAt", "2024-06-01T22:03:10Z");

        Message media = m.get(4);
        assertThat(media.channel()).isEqualTo(Channel.GROUP);
        assertThat(media.conversation()).isEqualTo("Netball mums");
        assertThat(media.sender()).isEqualTo("sam.okafor@example.com");
        assertThat(media.kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(media.text()).isEqualTo("everyone should see this");
        assertThat(media.attachments()).hasSize(2);
        assertThat(media.attachments().get(0).name()).isEqualTo("IMG_0042.HEIC");
        assertThat(media.attachments().get(0).type()).isEqualTo("image");
        assertThat(media.attachments().get(1).name()).isEqualTo("Audio Message.caf");
        assertThat(media.attachments().get(1).type()).isEqualTo("file");

        Message tapback = m.get(5);
        assertThat(tapback.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(tapback.sender()).isEqualTo("+447700900123");
        assertThat(tapback.text()).isEqualTo("Laughed at “everyone should see this”");
        assertThat(tapback.metadata()).containsEntry("reaction", "laugh").containsEntry("reactionTo", "GUID-5");

        assertThat(m.get(6).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(6).sender()).isEqualTo("sam.okafor@example.com");
        assertThat(m.get(6).text()).isEqualTo("named the conversation Netball mums 🏐");

        assertThat(m.get(7).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(7).edited()).isFalse();
        assertThat(m.get(7).metadata()).containsEntry("unsent", "true");

        assertThat(w.skips()).extracting(Warnings.Skip::line).containsExactly(9L, 10L);
        assertThat(w.skips()).allSatisfy(s -> assertThat(s.file()).isEqualTo("chat.db"));
        assertThat(w.skips().get(1).reason()).contains("attributedBody");
    }

    @Test
    void neverChangesTheUsersFileAndLeavesNoCopyBehind() throws Exception {
        Path file = sample();
        byte[] before = Files.readAllBytes(file);
        long copiesBefore = copies();
        Imported.read(importer, new FileSource(file), Warnings.silent());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(copies()).isEqualTo(copiesBefore);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside).containsExactly(file);
        }
    }

    private static long copies() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("malcomms-imessage-")).count();
        }
    }

    @Test
    void readsAWalModeDatabaseGivenWithoutItsWalFileFromMemory() throws Exception {
        Path file = dir.resolve("wal.db");
        try (ChatDb db = ChatDb.create(file)) {
            db.sql("PRAGMA journal_mode=WAL");
            db.sql("INSERT INTO handle (ROWID, id, service) VALUES (1, 'sam.okafor@example.com', 'iMessage')");
            db.sql("INSERT INTO chat (ROWID, guid, style, chat_identifier) VALUES (1, 'c', 45, 'sam.okafor@example.com')");
            message(db, 1, "still here", null, 1, ChatDb.nanos("2024-01-05T12:00:00Z"), 0, 0, 0, 0, null, null, 0,
                    0, 1);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[18]).as("file format: WAL").isEqualTo((byte) 2);
        // as from a zip entry: no file of the user's exists for SQLite to open
        long copiesBefore = copies();
        List<Message> m = Imported.read(importer, new Imported.Bytes("export.zip!chat.db", bytes),
                Warnings.silent());
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("still here");
            assertThat(x.source().file()).isEqualTo("export.zip!chat.db");
            assertThat(x.sentAt().toString()).isEqualTo("2024-01-05T12:00Z");
        });
        assertThat(copies()).as("copies, -wal and -shm files left behind").isEqualTo(copiesBefore);
    }

    @Test
    void readsAnOlderSchemaWithoutTheNewerColumns() throws Exception {
        Path file = dir.resolve("chat.db");
        try (ChatDb db = new ChatDb(file)) {
            db.sql("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,"
                    + " country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT)");
            db.sql("CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " style INTEGER, state INTEGER, chat_identifier TEXT, display_name TEXT)");
            db.sql("CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " text TEXT, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER"
                    + " DEFAULT 0, is_sent INTEGER DEFAULT 0)");
            db.sql("CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, PRIMARY KEY (chat_id,"
                    + " message_id))");
            db.sql("INSERT INTO handle VALUES (1, '07700900123', 'gb', 'SMS', '07700 900123')");
            db.sql("INSERT INTO chat VALUES (1, 'SMS;-;07700900123', 45, 3, '07700900123', NULL)");
            db.sql("INSERT INTO message VALUES (1, 'G1', 'I know where you live', 1, 'SMS', 731027644, 0, 0)");
            db.sql("INSERT INTO chat_message_join VALUES (1, 1)");
        }
        List<Message> m = Imported.read(importer, new FileSource(file), Warnings.silent());
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.sentAt().toString()).isEqualTo("2024-03-01T23:14:04Z");
            assertThat(x.sender()).isEqualTo("07700900123");
            assertThat(x.metadata()).containsEntry("service", "SMS");
            assertThat(x.attachments()).isEmpty();
        });
    }

    @Test
    void isDetectedByContent() throws Exception {
        Path file = sample();
        assertThat(Importers.standard().detect(new FileSource(file)).format()).isEqualTo("imessage");
        Path renamed = dir.resolve("backup.bin");
        Files.copy(file, renamed);
        assertThat(Importers.standard().detect(new FileSource(renamed)).format()).isEqualTo("imessage");
    }

    @Test
    void refusesDamagedOrForeignDatabasesNamingTheFile() throws Exception {
        byte[] valid = Files.readAllBytes(sample());
        byte[] truncated = Arrays.copyOf(valid, 200);
        assertThatThrownBy(() -> Imported.read(importer, new Imported.Bytes("chat.db", truncated), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("chat.db: ")
                .hasMessageContaining("not readable as an iMessage chat.db");
        byte[] header = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        System.arraycopy(header, 0, garbage, 0, header.length);
        assertThatThrownBy(() -> Imported.read(importer, new Imported.Bytes("chat.db", garbage), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("chat.db: ");
        assertThatThrownBy(() -> Imported.read(importer, new Imported.Bytes("notes.txt", "hello".getBytes()),
                Warnings.silent())).isInstanceOf(InputException.class).hasMessageContaining("not an SQLite");

        Path other = dir.resolve("photos.sqlite");
        try (ChatDb db = new ChatDb(other)) {
            db.sql("CREATE TABLE album (id INTEGER, title TEXT)");
        }
        assertThatThrownBy(() -> Imported.read(importer, new FileSource(other), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageContaining("photos.sqlite")
                .hasMessageContaining("no message table");
    }

    @Test
    void survivesCorruptedVariants() throws Exception {
        byte[] valid = Files.readAllBytes(sample());
        int variants = 300;
        int refused = 0;
        int read = 0;
        for (int variant = 0; variant < variants; variant++) {
            long seed = 9_000L + variant;
            Random r = new Random(seed);
            // half shift bytes (the shared mutations), half overwrite them in place, as a damaged disk does
            byte[] bytes = variant % 2 == 0 ? MutationFuzzTest.mutate(valid, r) : overwritten(valid, r);
            Warnings w = Warnings.silent();
            try {
                read += Imported.read(importer, new Imported.Bytes("chat.db", bytes), w).size();
            } catch (InputException e) {
                refused++;
                assertThat(e.file()).isEqualTo("chat.db");
            } catch (Exception | Error e) {
                throw new AssertionError("variant " + variant + " (seed " + seed + ") threw " + e, e);
            }
            assertThat(w.skips()).allSatisfy(s -> assertThat(s.file()).isEqualTo("chat.db"));
        }
        assertThat(refused).as("variants refused outright").isLessThan(variants);
        assertThat(read).isPositive();
    }

    private static byte[] overwritten(byte[] valid, Random r) {
        byte[] b = valid.clone();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }
}
