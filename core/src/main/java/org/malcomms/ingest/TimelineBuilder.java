package org.malcomms.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.malcomms.ingest.screenshot.ScreenshotSets;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;

/**
 * Imports every source and merges them into one numbered timeline. Within a source the export's own order is
 * kept (exports are not always in time order and the order is evidence); across sources, messages are merged by
 * time, earlier source first on a tie.
 */
public final class TimelineBuilder {
    private final Importers importers;
    private final ImportContext context;

    public TimelineBuilder(Importers importers, ImportContext context) {
        this.importers = importers;
        this.context = context;
    }

    /** Imports the sources; {@code format} forces one format for all, or is null to detect each. */
    public Timeline build(List<SourceInput> sources, String format) throws IOException, InputException {
        List<List<Message>> perSource = new ArrayList<>();
        for (SourceInput source : sources) {
            Importer importer = format == null ? importers.detect(source) : importers.byFormat(format)
                    .orElseThrow(() -> new InputException(source.name(), 0, "unknown format " + format
                            + "; known: " + String.join(", ", importers.formats())));
            context.progress().accept("reading " + source.name() + " as " + importer.format());
            List<Message> messages = new ArrayList<>();
            importer.read(source, context, messages::add);
            context.progress().accept("read " + messages.size() + " messages from " + source.name());
            perSource.add(messages);
        }
        return new Timeline(number(merge(ScreenshotSets.reconcile(perSource))), context.warnings().count());
    }

    private static List<Message> merge(List<List<Message>> perSource) {
        int total = perSource.stream().mapToInt(List::size).sum();
        List<Message> merged = new ArrayList<>(total);
        int[] next = new int[perSource.size()];
        while (merged.size() < total) {
            int best = -1;
            for (int s = 0; s < perSource.size(); s++) {
                if (next[s] < perSource.get(s).size()) {
                    Message head = perSource.get(s).get(next[s]);
                    if (best < 0 || head.sentAt().toInstant().isBefore(
                            perSource.get(best).get(next[best]).sentAt().toInstant())) {
                        best = s;
                    }
                }
            }
            merged.add(perSource.get(best).get(next[best]++));
        }
        return merged;
    }

    private static List<Message> number(List<Message> messages) {
        List<Message> numbered = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            numbered.add(messages.get(i).withId(String.format("m-%06d", i + 1)));
        }
        return numbered;
    }
}
