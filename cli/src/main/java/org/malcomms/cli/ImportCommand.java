package org.malcomms.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malcomms.Malcomms;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Inputs;
import org.malcomms.ingest.SourceInput;
import org.malcomms.report.JsonReport;
import org.malcomms.vault.AtomicFiles;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code malcomms import}: normalised messages as JSON Lines. Without a case folder the messages are written as
 * they are read, so memory does not grow with the size of the export.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read exports and print one JSON object per message (JSON Lines), in timeline order.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Malcomms malcomms = Malcomms.standard();
        CaseVault vault = input.vault();
        List<SourceInput> sources = Inputs.expand(input.inputs);
        ImportContext context = input.context();
        long count;
        if (vault != null) {
            for (SourceInput s : sources) {
                vault.preserve(s);
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            count = write(malcomms, sources, context, buffer);
            byte[] lines = buffer.toByteArray();
            vault.derive("messages.jsonl", lines, sources.stream().map(SourceInput::sha256).toList(),
                    "malcomms import");
            if (out != null) {
                AtomicFiles.write(out, lines);
            } else {
                System.out.write(lines);
            }
        } else if (out != null) {
            Path tmp = Files.createTempFile("malcomms-import-", ".jsonl");
            try {
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    count = write(malcomms, sources, context, file);
                }
                AtomicFiles.write(out, o -> Files.copy(tmp, o));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else {
            count = write(malcomms, sources, context, System.out);
        }
        System.out.flush();
        System.err.println("malcomms: " + count + " messages, " + context.warnings().count() + " skipped");
        return 0;
    }

    private long write(Malcomms malcomms, List<SourceInput> sources, ImportContext context, OutputStream to)
            throws Exception {
        OutputStream buffered = new BufferedOutputStream(to, 1 << 16);
        long[] count = {0};
        try {
            malcomms.importEach(sources, input.from, context, m -> {
                try {
                    buffered.write(JsonReport.messageLine(m).getBytes(StandardCharsets.UTF_8));
                    buffered.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        buffered.flush();
        return count[0];
    }
}
