package org.malcomms.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.malcomms.ingest.screenshot.ScreenshotImporter;

/** The importers malcomms knows, and format detection over them. */
public final class Importers {
    private static final int HEAD_BYTES = 64 * 1024;
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every built-in format. */
    public static Importers standard() {
        return new Importers(List.of(new WhatsAppImporter(),
                new TelegramImporter(),
                MessengerImporter.messenger(),
                MessengerImporter.instagram(),
                new DiscordImporter(),
                new XArchiveImporter(),
                new SmsBackupImporter(),
                new EmailImporter(),
                new CsvImporter(),
                new ImessageImporter(),
                new ScreenshotImporter()));
    }

    public List<String> formats() {
        List<String> names = new ArrayList<>();
        importers.forEach(i -> names.add(i.format()));
        return names;
    }

    public Optional<Importer> byFormat(String format) {
        return importers.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    /** The importer most sure of this input, or an {@link InputException} naming the file when none is. */
    public Importer detect(SourceInput input) throws IOException, InputException {
        Importer best = detectOrNull(input);
        if (best == null) {
            throw new InputException(input.name(), 0,
                    "not a supported format (tried " + String.join(", ", formats()) + "); use --from to force one");
        }
        return best;
    }

    /** The importer most sure of this input, or null when none is at least half sure. */
    public Importer detectOrNull(SourceInput input) throws IOException {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Importer best = null;
        double bestScore = 0;
        for (Importer importer : importers) {
            double score = importer.detect(input.name(), head);
            if (score > bestScore) {
                best = importer;
                bestScore = score;
            }
        }
        return bestScore < 0.5 ? null : best;
    }
}
