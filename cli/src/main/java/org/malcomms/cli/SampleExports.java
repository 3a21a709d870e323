package org.malcomms.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes synthetic exports of any size in each supported format, for the benchmark: two people exchanging
 * numbered messages a minute apart, some of them multi-line and with emoji, streamed straight to disk.
 */
final class SampleExports {
    /** The formats this class can write, as {@code --from} names them (CSV twice: Discord's and a generic one). */
    static final List<String> FORMATS = List.of("whatsapp", "telegram", "messenger", "discord", "discord-csv", "x",
            "sms", "email", "csv", "imessage");
    private static final long START = 1_700_000_000L;
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
            Locale.ROOT);
    private static final String[] WORDS = {"you", "said", "what", "never", "again", "tomorrow", "park", "message",
        "stop", "please", "really", "think", "about", "it", "ok", "fine", "why", "now", "😡", "🙂"};

    private SampleExports() {
    }

    static String fileName(String format) {
        return switch (format) {
            case "whatsapp" -> "WhatsApp Chat with Sam.txt";
            case "telegram" -> "result.json";
            case "messenger" -> "message_1.json";
            case "discord" -> "channel.json";
            case "discord-csv" -> "channel.csv";
            case "x" -> "direct-messages.js";
            case "sms" -> "sms-backup.xml";
            case "email" -> "mail.mbox";
            case "csv" -> "messages.csv";
            case "imessage" -> "chat.db";
            default -> throw new IllegalArgumentException("no sample for " + format + "; known: " + FORMATS);
        };
    }

    static void write(String format, int messages, Path file) throws IOException {
        if (format.equals("imessage")) {
            chatDb(messages, file);
            return;
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            switch (format) {
                case "whatsapp" -> whatsapp(w, messages);
                case "telegram" -> telegram(w, messages);
                case "messenger" -> messenger(w, messages);
                case "discord" -> discord(w, messages);
                case "discord-csv" -> discordCsv(w, messages);
                case "x" -> x(w, messages);
                case "sms" -> sms(w, messages);
                case "email" -> email(w, messages);
                case "csv" -> csv(w, messages);
                default -> throw new IllegalArgumentException("no sample for " + format + "; known: " + FORMATS);
            }
        }
    }

    private static String sender(int i) {
        return i % 2 == 0 ? "Sam Okafor" : "Priya Shah";
    }

    private static String text(int i) {
        StringBuilder sb = new StringBuilder("message ").append(i);
        int words = 6 + (i * 7) % 9;
        for (int k = 0; k < words; k++) {
            sb.append(' ').append(WORDS[(i * 31 + k * 17) % WORDS.length]);
        }
        if (i % 10 == 3) {
            sb.append("\nand another line");
        }
        return sb.toString();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static long second(int i) {
        return START + i * 60L;
    }

    private static void whatsapp(Writer w, int n) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm", Locale.ROOT);
        for (int i = 0; i < n; i++) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(second(i), 0, ZoneOffset.UTC);
            w.write(f.format(t) + " - " + sender(i) + ": " + text(i) + "\n");
        }
    }

    private static void telegram(Writer w, int n) throws IOException {
        w.write("{\n \"name\": \"Sam Okafor\",\n \"type\": \"personal_chat\",\n \"id\": 1,\n \"messages\": [\n");
        for (int i = 0; i < n; i++) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(second(i), 0, ZoneOffset.UTC);
            w.write((i > 0 ? ",\n" : "") + "  {\n   \"id\": " + i + ",\n   \"type\": \"message\",\n   \"date\": \""
                    + ISO_LOCAL.format(t) + "\",\n   \"date_unixtime\": \"" + second(i) + "\",\n   \"from\": " + json(sender(i))
                    + ",\n   \"from_id\": \"user" + (i % 2) + "\",\n   \"text\": " + json(text(i))
                    + ",\n   \"text_entities\": []\n  }");
        }
        w.write("\n ]\n}\n");
    }

    private static void messenger(Writer w, int n) throws IOException {
        w.write("{\n  \"participants\": [{\"name\": \"Sam Okafor\"}, {\"name\": \"Priya Shah\"}],\n  \"messages\": [\n");
        for (int i = n - 1; i >= 0; i--) {
            String mojibake = new String(text(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            w.write("    {\n      \"sender_name\": " + json(sender(i)) + ",\n      \"timestamp_ms\": " + second(i) * 1000
                    + ",\n      \"content\": " + json(mojibake) + ",\n      \"is_geoblocked_for_viewer\": false\n    }"
                    + (i > 0 ? ",\n" : "\n"));
        }
        w.write("  ],\n  \"title\": \"Sam Okafor\",\n  \"thread_path\": \"inbox/samokafor_1\"\n}\n");
    }

    private static void discord(Writer w, int n) throws IOException {
        w.write("{\n  \"guild\": {\"id\": \"1\", \"name\": \"Club\"},\n  \"channel\": {\"id\": \"2\", \"type\":"
                + " \"GuildTextChat\", \"name\": \"general\"},\n  \"messages\": [\n");
        for (int i = 0; i < n; i++) {
            w.write((i > 0 ? ",\n" : "") + "    {\"id\": \"" + (1_000_000_000_000_000L + i) + "\", \"type\": \"Default\","
                    + " \"timestamp\": \"" + Instant.ofEpochSecond(second(i)).atOffset(ZoneOffset.ofHours(1))
                    + "\", \"timestampEdited\": null, \"content\": " + json(text(i)) + ", \"author\": {\"id\": \""
                    + (i % 2) + "\", \"name\": " + json(sender(i)) + ", \"nickname\": " + json(sender(i))
                    + ", \"isBot\": false}, \"attachments\": [], \"reactions\": [], \"mentions\": []}");
        }
        w.write("\n  ],\n  \"messageCount\": " + n + "\n}\n");
    }

    private static void discordCsv(Writer w, int n) throws IOException {
        w.write("\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\",\"Reactions\"\n");
        for (int i = 0; i < n; i++) {
            w.write("\"" + (i % 2) + "\",\"" + sender(i) + "\",\"" + Instant.ofEpochSecond(second(i))
                    .atOffset(ZoneOffset.ofHours(1)) + "\",\"" + text(i).replace("\"", "\"\"") + "\",\"\",\"\"\n");
        }
    }

    private static void x(Writer w, int n) throws IOException {
        w.write("window.YTD.direct_messages.part0 = [ {\n  \"dmConversation\" : {\n    \"conversationId\" :"
                + " \"1-2\",\n    \"messages\" : [\n");
        for (int i = n - 1; i >= 0; i--) {
            w.write("      { \"messageCreate\" : { \"recipientId\" : \"" + (2 - i % 2) + "\", \"reactions\" : [ ],"
                    + " \"urls\" : [ ], \"text\" : " + json(text(i).replace("&", "&amp;")) + ", \"mediaUrls\" : [ ],"
                    + " \"senderId\" : \"" + (1 + i % 2) + "\", \"id\" : \"" + (1_500_000_000_000_000L + i)
                    + "\", \"createdAt\" : \"" + Instant.ofEpochSecond(second(i)) + "\" } }" + (i > 0 ? ",\n" : "\n"));
        }
        w.write("    ]\n  }\n} ]\n");
    }

    private static void sms(Writer w, int n) throws IOException {
        w.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"" + n + "\">\n");
        for (int i = 0; i < n; i++) {
            w.write("  <sms protocol=\"0\" address=\"+447700900123\" date=\"" + second(i) * 1000 + "\" type=\""
                    + (1 + i % 2) + "\" subject=\"null\" body=\"" + xml(text(i)) + "\" toa=\"null\" sc_toa=\"null\""
                    + " service_center=\"null\" read=\"1\" status=\"-1\" locked=\"0\" date_sent=\"0\" sub_id=\"1\""
                    + " contact_name=\"Sam Okafor\" />\n");
        }
        w.write("</smses>\n");
    }

    /** A Messages chat.db (SQLite) with the columns the importer reads; times in nanoseconds since 2001. */
    private static void chatDb(int n, Path file) throws IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = db.createStatement()) {
            st.executeUpdate("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,"
                    + " service TEXT NOT NULL)");
            st.executeUpdate("CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " style INTEGER, chat_identifier TEXT, display_name TEXT)");
            st.executeUpdate("CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT"
                    + " NULL, text TEXT, handle_id INTEGER DEFAULT 0, attributedBody BLOB, service TEXT, date INTEGER,"
                    + " is_from_me INTEGER DEFAULT 0, is_sent INTEGER DEFAULT 0, cache_has_attachments INTEGER"
                    + " DEFAULT 0, item_type INTEGER DEFAULT 0, associated_message_type INTEGER DEFAULT 0,"
                    + " date_edited INTEGER DEFAULT 0)");
            st.executeUpdate("CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, message_date"
                    + " INTEGER DEFAULT 0, PRIMARY KEY (chat_id, message_id))");
            st.executeUpdate("CREATE INDEX chat_message_join_idx_message_id_only ON chat_message_join(message_id)");
            st.executeUpdate("INSERT INTO handle VALUES (1, '+447700900123', 'iMessage')");
            st.executeUpdate("INSERT INTO chat VALUES (1, 'iMessage;-;+447700900123', 45, '+447700900123', '')");
            db.setAutoCommit(false);
            try (PreparedStatement m = db.prepareStatement("INSERT INTO message (ROWID, guid, text, handle_id,"
                    + " service, date, is_from_me, is_sent) VALUES (?, ?, ?, 1, 'iMessage', ?, ?, ?)");
                 PreparedStatement j = db.prepareStatement("INSERT INTO chat_message_join VALUES (1, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long date = (second(i) - 978_307_200L) * 1_000_000_000L;
                    m.setInt(1, i + 1);
                    m.setString(2, "GUID-" + i);
                    m.setString(3, text(i));
                    m.setLong(4, date);
                    m.setInt(5, i % 2);
                    m.setInt(6, i % 2);
                    m.executeUpdate();
                    j.setInt(1, i + 1);
                    j.setLong(2, date);
                    j.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void email(Writer w, int n) throws IOException {
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME;
        DateTimeFormatter asctime = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);
        for (int i = 0; i < n; i++) {
            var t = Instant.ofEpochSecond(second(i)).atOffset(ZoneOffset.UTC);
            w.write("From sender@example.com " + asctime.format(t) + "\nFrom: " + sender(i) + " <p" + (i % 2)
                    + "@example.com>\nTo: other@example.com\nSubject: Re: the fence\nDate: " + rfc.format(t)
                    + "\nMessage-ID: <" + i + "@example.com>\nContent-Type: text/plain; charset=utf-8\n\n" + text(i)
                    + "\n\n");
        }
    }

    private static void csv(Writer w, int n) throws IOException {
        w.write("date,sender,message\n");
        for (int i = 0; i < n; i++) {
            w.write(Instant.ofEpochSecond(second(i)) + "," + sender(i) + ",\"" + text(i).replace("\"", "\"\"")
                    + "\"\n");
        }
    }
}
