package org.malcomms.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malcomms.Malcomms;
import org.malcomms.ingest.Inputs;
import org.malcomms.ingest.SourceInput;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;
import org.malcomms.report.JsonReport;
import org.malcomms.vault.AtomicFiles;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code malcomms import}: normalised messages as JSON Lines. */
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
        Timeline timeline = input.read(malcomms, vault, sources);
        if (vault == null && out == null) {
            write(timeline, System.out);
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            write(timeline, buffer);
            byte[] lines = buffer.toByteArray();
            if (vault != null) {
                vault.derive("messages.jsonl", lines, sources.stream().map(SourceInput::sha256).toList(),
                        "malcomms import");
            }
            if (out != null) {
                AtomicFiles.write(out, lines);
            } else {
                System.out.write(lines);
            }
        }
        System.out.flush();
        System.err.println("malcomms: " + timeline.messages().size() + " messages, " + timeline.skipped()
                + " skipped");
        return 0;
    }

    private static void write(Timeline timeline, OutputStream to) throws IOException {
        OutputStream buffered = new java.io.BufferedOutputStream(to, 1 << 16);
        for (Message m : timeline.messages()) {
            buffered.write((JsonReport.messageLine(m) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        buffered.flush();
    }
}
