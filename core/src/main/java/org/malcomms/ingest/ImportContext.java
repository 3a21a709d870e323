package org.malcomms.ingest;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an importer needs besides its input: the zone for exports that carry none, where to report skipped parts,
 * where to say how far it has got (stderr in the command line), and, for generic CSV, which column holds which
 * field (from {@code --columns sentAt=Date,sender=From,text=Message}).
 */
public record ImportContext(ZoneId zone, Warnings warnings, Consumer<String> progress, Map<String, String> columns) {
    public ImportContext {
        columns = Map.copyOf(columns);
    }

    public ImportContext(ZoneId zone, Warnings warnings, Consumer<String> progress) {
        this(zone, warnings, progress, Map.of());
    }

    public static ImportContext quiet(ZoneId zone) {
        return new ImportContext(zone, Warnings.silent(), s -> { });
    }
}
