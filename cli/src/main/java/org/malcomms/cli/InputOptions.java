package org.malcomms.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.malcomms.Malcomms;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.InputException;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.Warnings;
import org.malcomms.model.Timeline;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads exports shares: the inputs, the zone, a forced format, and the case folder. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Export files or folders to read.")
    List<Path> inputs;

    @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "Europe/London",
            description = "Zone for exports that carry none (default: ${DEFAULT-VALUE}).")
    String tz;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Force the input format instead of detecting it.")
    String from;

    @Option(names = "--columns", split = ",", paramLabel = "FIELD=COLUMN",
            description = "For CSV: which column holds each field, e.g. sentAt=Date,sender=From,text=Message"
                    + " (also conversation, attachments, sentAtPattern).")
    java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();

    @Option(names = "--case", paramLabel = "DIR", description = "Also preserve the originals and a custody log in DIR"
            + " (encrypted unless --no-encrypt).")
    Path caseDir;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is acting, for the custody log"
            + " (default: the login name).")
    String actor;

    ZoneId zone() {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone " + tz + " (use a name such as Europe/London)");
        }
    }

    @Option(names = "--no-encrypt", description = "Start the case folder unencrypted (new cases are encrypted with a"
            + " passphrase from the terminal or MALCOMMS_PASSPHRASE).")
    boolean noEncrypt;

    /** Opens (or starts) the case folder when one was named; null otherwise. */
    CaseVault vault() throws IOException {
        return caseDir == null ? null : CaseAccess.openOrCreate(caseDir, actor, noEncrypt);
    }

    /** Reads the inputs into one timeline, preserving each original in the vault first, if there is one. */
    Timeline read(Malcomms malcomms, CaseVault vault, List<SourceInput> sources) throws IOException, InputException {
        if (vault != null) {
            for (SourceInput s : sources) {
                vault.preserve(s);
            }
        }
        return malcomms.importAll(sources, from, context());
    }

    ImportContext context() {
        return new ImportContext(zone(), new Warnings(w -> System.err.println("malcomms: " + w)),
                p -> System.err.println("malcomms: " + p), columns);
    }
}
