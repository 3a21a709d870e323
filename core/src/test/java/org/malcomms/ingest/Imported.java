package org.malcomms.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.malcomms.model.Message;
import org.malcomms.vault.Hashes;

/** Test helpers: run one importer over a source and collect what it produced. */
final class Imported {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Imported() {
    }

    static List<Message> read(Importer importer, SourceInput source, Warnings warnings) throws Exception {
        return read(importer, source, warnings, Map.of());
    }

    static List<Message> read(Importer importer, SourceInput source, Warnings warnings, Map<String, String> columns)
            throws Exception {
        List<Message> out = new ArrayList<>();
        importer.read(source, new ImportContext(LONDON, warnings, s -> { }, columns), out::add);
        return out;
    }

    /** An input held in memory, for generated and mutated files. */
    record Bytes(String name, byte[] bytes) implements SourceInput {
        @Override
        public String sha256() {
            return Hashes.sha256(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
