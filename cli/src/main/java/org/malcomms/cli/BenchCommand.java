package org.malcomms.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Importer;
import org.malcomms.ingest.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code malcomms bench} (hidden): writes a synthetic export per format and measures how fast each importer reads
 * it, in MB per second of elapsed time and per second of the reading thread's CPU time (one core; the second is
 * the fair figure on a shared machine). With {@code --generate} it only writes the export, e.g. for a memory test of
 * {@code malcomms import} under {@code -Xmx256m}.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Measure import speed per format on generated exports (MB/s on one core).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--messages", paramLabel = "N", defaultValue = "200000",
            description = "Messages per generated export (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Formats to measure (default: all).")
    List<String> formats = SampleExports.FORMATS;

    @Option(names = "--generate", paramLabel = "FORMAT", description = "Only write an export in FORMAT to --out.")
    String generate;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --generate writes.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (generate != null) {
            if (out == null) {
                throw new IllegalArgumentException("--generate needs --out FILE");
            }
            SampleExports.write(generate, messages, out);
            System.out.println("wrote " + messages + " messages, " + Files.size(out) + " bytes, to " + out);
            return 0;
        }
        Path dir = Files.createTempDirectory("malcomms-bench-");
        try {
            System.out.println(String.format(Locale.ROOT, "%-12s %10s %8s %8s %8s %10s %10s", "format", "messages",
                    "MB", "wall s", "cpu s", "MB/s wall", "MB/s cpu"));
            for (String format : formats) {
                Path file = dir.resolve(SampleExports.fileName(format));
                SampleExports.write(format, messages, file);
                Importer importer = Importers.standard().byFormat(format.equals("discord-csv") ? "discord" : format)
                        .orElseThrow();
                read(importer, file); // warm-up
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long count = read(importer, file);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                double mb = Files.size(file) / 1e6;
                System.out.println(String.format(Locale.ROOT, "%-12s %10d %8.1f %8.2f %8.2f %10.1f %10.1f", format,
                        count, mb, seconds, cpu, mb / seconds, mb / cpu));
                Files.delete(file);
            }
        } finally {
            try (var left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
        return 0;
    }

    private static long read(Importer importer, Path file) throws Exception {
        long[] count = {0};
        importer.read(new FileSource(file), ImportContext.quiet(ZoneId.of("Europe/London")), m -> count[0]++);
        return count[0];
    }
}
