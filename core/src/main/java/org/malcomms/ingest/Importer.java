package org.malcomms.ingest;

import java.io.IOException;
import java.util.function.Consumer;
import org.malcomms.model.Message;

/**
 * Reads one export format. An importer pushes messages to the sink in the export's own order and never holds
 * the whole export in memory; parts it cannot read are reported to {@link ImportContext#warnings()} and skipped.
 * It throws {@link InputException} only when the input as a whole is not in its format.
 */
public interface Importer {
    /** The format name used by --from, e.g. "whatsapp". */
    String format();

    /** How sure this importer is, from 0 to 1, that an input with this name and these first bytes is its format. */
    double detect(String name, byte[] head);

    void read(SourceInput input, ImportContext context, Consumer<Message> sink) throws IOException, InputException;
}
