package org.malcomms.ingest.screenshot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Warnings;

/**
 * Seconds per screenshot: renders four test layouts at 720x1480 and one at 1080x2220 (JPEG), reads each once to warm up (loading Tesseract), then
 * times {@code rounds} reads of each, wall clock and the reading thread's CPU time (Tesseract runs on
 * that thread, single-threaded). Not a test; run it pinned to one core (see the README).
 */
public final class ScreenshotBench {
    private ScreenshotBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("malcomms-bench");
        List<Path> shots = new ArrayList<>();
        shots.add(Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes", Conversations.NEIGHBOUR),
                dir.resolve("wa-light.png"), "png"));
        shots.add(Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_DARK, "Dan Hughes", Conversations.NEIGHBOUR),
                dir.resolve("wa-dark.png"), "png"));
        shots.add(Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "Dan Hughes", Conversations.EX_PARTNER),
                dir.resolve("imessage.png"), "png"));
        shots.add(Shots.save(ChatRenderer.render(ChatRenderer.INSTAGRAM, "Dan Hughes", Conversations.EX_PARTNER),
                dir.resolve("instagram.png"), "png"));
        shots.add(Shots.save(Shots.scaled(ChatRenderer.render(ChatRenderer.WHATSAPP_DARK, "Dan Hughes",
                Conversations.NEIGHBOUR), 1.5), dir.resolve("wa-1080.jpg"), "jpg"));
        ScreenshotImporter importer = new ScreenshotImporter();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ImportContext context = new ImportContext(Shots.LONDON, Warnings.silent(), s -> { });
        long warm = System.nanoTime();
        importer.read(new FileSource(shots.get(0)), context, m -> { });
        System.out.printf("first screenshot (loads Tesseract): %.2f s%n", (System.nanoTime() - warm) / 1e9);
        for (Path shot : shots) {
            int[] messages = new int[1];
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                messages[0] = 0;
                importer.read(new FileSource(shot), context, m -> messages[0]++);
            }
            System.out.printf("%-14s %d messages  %.3f s per screenshot (wall), %.3f s CPU%n", shot.getFileName(),
                    messages[0], (System.nanoTime() - start) / 1e9 / rounds,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9 / rounds);
        }
        for (Path shot : shots) {
            Files.delete(shot);
        }
        Files.delete(dir);
    }
}
