package org.malcomms.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.malcomms.TestFiles;

/** Builds test chat.db files with sqlite-jdbc: the schema in imessage/schema.sql and the rows a test inserts. */
final class ChatDb implements AutoCloseable {
    /** 2001-01-01T00:00:00Z, Apple's reference date, in seconds since 1970. */
    private static final long REFERENCE = 978_307_200L;
    private final Connection db;

    ChatDb(Path file) throws Exception {
        db = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** A database with the macOS schema and no rows. */
    static ChatDb create(Path file) throws Exception {
        ChatDb c = new ChatDb(file);
        String schema = Files.readString(TestFiles.path("imessage/schema.sql")).replaceAll("(?m)^--.*$", "");
        for (String statement : schema.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                c.sql(statement);
            }
        }
        return c;
    }

    void sql(String statement) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** The way macOS 10.13 and later store a time: nanoseconds since 2001-01-01 UTC. */
    static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return (at.getEpochSecond() - REFERENCE) * 1_000_000_000L + at.getNano();
    }

    /** The way older macOS stored a time: seconds since 2001-01-01 UTC. */
    static long seconds(String instant) {
        return Instant.parse(instant).getEpochSecond() - REFERENCE;
    }

    /**
     * An attributedBody as Messages writes it: an NSAttributedString in an Apple typedstream, the NSString's
     * UTF-8 bytes after its class chain, then the attribute run (an NSDictionary with the message part number).
     */
    static byte[] attributedBody(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        bytes(b, 0x04, 0x0B);
        ascii(b, "streamtyped");
        bytes(b, 0x81, 0xE8, 0x03, 0x84, 0x01, 0x40, 0x84, 0x84, 0x84, 0x12);
        ascii(b, "NSAttributedString");
        bytes(b, 0x00, 0x84, 0x84, 0x08);
        ascii(b, "NSObject");
        bytes(b, 0x00, 0x85, 0x92, 0x84, 0x84, 0x84, 0x08);
        ascii(b, "NSString");
        bytes(b, 0x01, 0x94, 0x84, 0x01, 0x2B);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < 0x80) {
            bytes(b, utf8.length);
        } else {
            bytes(b, 0x81, utf8.length & 0xFF, utf8.length >> 8 & 0xFF);
        }
        b.writeBytes(utf8);
        bytes(b, 0x86, 0x84, 0x02, 0x69, 0x49, 0x01, text.length() & 0x7F, 0x92, 0x84, 0x84, 0x84, 0x0C);
        ascii(b, "NSDictionary");
        bytes(b, 0x00, 0x94, 0x84, 0x01, 0x69, 0x01, 0x92, 0x84, 0x96, 0x96, 0x1D);
        ascii(b, "__kIMMessagePartAttributeName");
        bytes(b, 0x86, 0x92, 0x84, 0x84, 0x84, 0x08);
        ascii(b, "NSNumber");
        bytes(b, 0x00, 0x84, 0x84, 0x07);
        ascii(b, "NSValue");
        bytes(b, 0x00, 0x94, 0x84, 0x01, 0x2A, 0x84, 0x99, 0x99, 0x00, 0x86, 0x86, 0x86);
        return b.toByteArray();
    }

    private static void bytes(ByteArrayOutputStream b, int... values) {
        for (int v : values) {
            b.write(v);
        }
    }

    private static void ascii(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
