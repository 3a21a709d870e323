package org.malcomms.ingest;

import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * What an importer needs besides its input: the zone for exports that carry none, where to report skipped parts,
 * and where to say how far it has got (stderr in the command line).
 */
public record ImportContext(ZoneId zone, Warnings warnings, Consumer<String> progress) {
    public static ImportContext quiet(ZoneId zone) {
        return new ImportContext(zone, Warnings.silent(), s -> { });
    }
}
