package org.malcomms.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Perspective;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.Timeline;
import org.malcomms.model.ZoneSource;
import org.malcomms.report.HtmlReport;
import org.malcomms.report.PdfReport;
import org.malcomms.report.ReportInput;
import org.malcomms.vault.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code malcomms bench-report}: renders the HTML and PDF reports of a generated case and prints how long each
 * took (wall-clock, and CPU time of the rendering thread, which does not depend on how busy the machine is).
 * The case is two people over several months: everyday messages, with abuse, threats, Arabic and emoji
 * mixed in, generated from a fixed seed so every run renders the same report.
 */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
        description = "Time the HTML and PDF reports of a generated case (default 5,000 messages).")
final class BenchReportCommand implements Callable<Integer> {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String[] EVERYDAY = {"Are you coming to the meeting tomorrow?", "Thanks, see you then 👍",
        "Can you send me the invoice again please", "Running ten minutes late, sorry",
        "مرحبا، هل وصلت الرسالة؟", "Ok 🙂", "The parcel arrived this morning", "Call me when you can"};
    private static final String[] ABUSE = {"You stupid cow", "Fucking thief, pay up", "Everyone will know what you"
        + " are", "Worthless lying bitch 😡", "I know where you live", "Watch your back 🔪", "You'll regret this"};

    @Option(names = "--messages", paramLabel = "N", defaultValue = "5000",
            description = "How many messages to generate (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the PDF to FILE.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Malcomms malcomms = Malcomms.standard();
        long t0 = System.nanoTime();
        CaseResult result = malcomms.assess(generate(messages), "Priya Shah", Perspective.COMPLAINANT);
        ReportInput input = ReportInput.of(result);
        long t1 = System.nanoTime();
        String html = HtmlReport.render(input);
        long t2 = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        byte[] pdf = PdfReport.render(input);
        long t3 = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        if (out != null) {
            AtomicFiles.write(out, pdf);
        }
        System.out.printf("messages %d%nassess %.2f s%nhtml %.2f s (%d bytes)%npdf %.2f s, %.2f s of CPU on the"
                + " rendering thread (%d bytes, %d pages)%n", messages, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                html.length(), (t3 - t2) / 1e9, cpu / 1e9, pdf.length, pages(pdf));
        return 0;
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static Timeline generate(int n) {
        Random random = new Random(20250101L);
        List<Message> list = new ArrayList<>(n);
        OffsetDateTime at = OffsetDateTime.of(2025, 1, 6, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 1; i <= n; i++) {
            at = at.plusMinutes(5 + random.nextInt(60));
            boolean fromAccused = random.nextInt(3) > 0;
            String text = fromAccused && random.nextInt(6) == 0 ? ABUSE[random.nextInt(ABUSE.length)]
                    : EVERYDAY[random.nextInt(EVERYDAY.length)];
            list.add(new Message(String.format("m-%06d", i), "whatsapp", "Priya Shah & Dean Whitlock",
                    Channel.DIRECT, fromAccused ? "Dean Whitlock" : "Priya Shah", at, ZoneSource.ASSUMED,
                    MessageKind.MESSAGE, text, List.of(), false, new SourceLocation("generated.txt",
                    "0".repeat(64), i), List.of(), Map.of()));
        }
        return new Timeline(list, 0);
    }
}
