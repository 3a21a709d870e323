package org.malcomms.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.malcomms.ingest.screenshot.ScreenshotSets;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;

/**
 * Imports every source and merges them into one numbered timeline. Within a source the export's own order is
 * kept (exports are not always in time order and the order is evidence); across sources, messages are merged by
 * time, earlier source first on a tie. A message read from two sources (the same platform, conversation, sender,
 * instant and text: an export and a later export of the same chat) appears once, the later source recorded in
 * {@link Message#alsoIn()}.
 *
 * <p>{@link #stream} holds one message per source at a time: a single source is numbered as it is read, several
 * are first written to temporary spill files and merged from there.
 */
public final class TimelineBuilder {
    /** How many messages the merge holds back while looking for the same message in another source. */
    private static final int WINDOW = 10_000;
    /** Photos, video, audio and documents beside an export: passed over unopened (a download has thousands). */
    private static final java.util.regex.Pattern MEDIA = java.util.regex.Pattern.compile(
            "(?i)\\.(jpe?g|png|gif|webp|heic|mp4|mov|3gp|mkv|webm|opus|ogg|m4a|mp3|aac|wav|pdf|docx?|xlsx?|vcf)$");

    /** Screenshots, when no export is beside them. */
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("(?i)\\.(jpe?g|png)$");

    private final Importers importers;
    private final ImportContext context;

    public TimelineBuilder(Importers importers, ImportContext context) {
        this.importers = importers;
        this.context = context;
    }

    /** Imports the sources; {@code format} forces one format for all, or is null to detect each. */
    public Timeline build(List<SourceInput> sources, String format) throws IOException, InputException {
        List<Message> messages = new ArrayList<>();
        stream(sources, format, messages::add);
        return new Timeline(messages, context.warnings().count());
    }

    /** Imports the sources and passes each message, numbered, to {@code out} in timeline order. */
    public void stream(List<SourceInput> sources, String format, Consumer<Message> out)
            throws IOException, InputException {
        if (sources.isEmpty()) {
            return;
        }
        List<Planned> plan = plan(sources, format);
        Consumer<Message> numbered = new Numbering(out);
        if (plan.size() == 1) {
            Planned p = plan.get(0);
            read(p, numbered);
            return;
        }
        List<MessageSpill> spills = new ArrayList<>();
        try {
            boolean any = false;
            // screenshots are stitched and matched against exports across all inputs, so those are read whole
            boolean screenshots = plan.stream().anyMatch(p -> p.importer().format().equals("screenshot"));
            List<List<Message>> whole = new ArrayList<>();
            for (Planned p : plan) {
                if (screenshots) {
                    List<Message> messages = new ArrayList<>();
                    any |= read(p, messages::add);
                    whole.add(messages);
                } else {
                    MessageSpill spill = new MessageSpill();
                    spills.add(spill);
                    any |= read(p, m -> write(spill, m));
                }
            }
            for (List<Message> messages : ScreenshotSets.reconcile(whole)) {
                MessageSpill spill = new MessageSpill();
                spills.add(spill);
                messages.forEach(m -> write(spill, m));
            }
            if (!any) {
                throw new InputException(sources.get(0).name(), 0, "no message export found in the inputs (tried "
                        + String.join(", ", importers.formats()) + ")");
            }
            for (MessageSpill spill : spills) {
                spill.rewind();
            }
            merge(spills, numbered);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (MessageSpill spill : spills) {
                spill.close();
            }
        }
    }

    private static void write(MessageSpill spill, Message m) {
        try {
            spill.write(m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Planned(SourceInput source, Importer importer) {
    }

    private List<Planned> plan(List<SourceInput> sources, String format) throws IOException, InputException {
        List<Planned> plan = new ArrayList<>();
        Boolean exportBeside = null;
        for (SourceInput source : sources) {
            Importer importer;
            if (format != null) {
                importer = importers.byFormat(format).orElseThrow(() -> new InputException(source.name(), 0,
                        "unknown format " + format + "; known: " + String.join(", ", importers.formats())));
            } else if (source.contained()) {
                boolean image = IMAGE.matcher(source.name()).find();
                if (image && exportBeside == null) {
                    exportBeside = exportAmong(sources);
                }
                // images beside an export are its attachments; images on their own are screenshots to read
                boolean passOver = image ? exportBeside : MEDIA.matcher(source.name()).find();
                importer = passOver ? null : importers.detectOrNull(source);
                if (importer == null) {
                    context.progress().accept("passed over " + source.name() + ": not a message export");
                    continue;
                }
            } else {
                importer = importers.detect(source);
            }
            plan.add(new Planned(source, importer));
        }
        if (plan.isEmpty()) {
            throw new InputException(sources.get(0).name(), 0,
                    "no message export found (tried " + String.join(", ", importers.formats()) + ")");
        }
        return plan;
    }

    /** True when a folder or zip among the inputs holds a message export other than images. */
    private boolean exportAmong(List<SourceInput> sources) throws IOException {
        for (SourceInput s : sources) {
            if (s.contained() && !MEDIA.matcher(s.name()).find() && importers.detectOrNull(s) != null) {
                return true;
            }
        }
        return false;
    }

    /** Reads one source; false when it was passed over (found inside a folder or zip, and not in its format). */
    private boolean read(Planned p, Consumer<Message> sink) throws IOException, InputException {
        SourceInput source = p.source();
        context.progress().accept("reading " + source.name() + " as " + p.importer().format());
        long[] count = {0};
        try {
            p.importer().read(source, context, m -> {
                count[0]++;
                sink.accept(m);
            });
        } catch (InputException e) {
            if (source.contained() && count[0] == 0) {
                context.progress().accept("passed over " + e.getMessage());
                return false;
            }
            throw e;
        } catch (ZipLimitException e) {
            throw new InputException(source.name(), 0, "refused: " + e.getMessage());
        }
        context.progress().accept("read " + count[0] + " messages from " + source.name());
        return true;
    }

    /** A message waiting in the merge window, and the sources already matched to it. */
    private static final class Held {
        Message message;
        final int source;
        final Set<Integer> matched = new HashSet<>();

        Held(Message message, int source) {
            this.message = message;
            this.source = source;
        }
    }

    /** What makes two messages the same message read twice. */
    private record Key(String platform, String conversation, String sender, Instant at, String text) {
        static Key of(Message m) {
            return new Key(m.platform(), m.conversation(), m.sender(), m.sentAt().toInstant(), m.text());
        }
    }

    /**
     * Merges the sources by time. The last {@link #WINDOW} messages are held back before being passed on, so a
     * message read again from another source within that distance (exports are not always in time order, e.g.
     * around a clock change) is recorded as the same message rather than passed on twice.
     */
    private static void merge(List<MessageSpill> spills, Consumer<Message> out) throws IOException {
        Message[] heads = new Message[spills.size()];
        for (int s = 0; s < heads.length; s++) {
            heads[s] = spills.get(s).next();
        }
        ArrayDeque<Held> window = new ArrayDeque<>();
        Map<Key, List<Held>> index = new HashMap<>();
        while (true) {
            int best = -1;
            for (int s = 0; s < heads.length; s++) {
                if (heads[s] != null && (best < 0 || heads[s].sentAt().toInstant().isBefore(
                        heads[best].sentAt().toInstant()))) {
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            Message m = heads[best];
            heads[best] = spills.get(best).next();
            Key key = Key.of(m);
            Held twin = null;
            for (Held h : index.getOrDefault(key, List.of())) {
                if (h.source != best && !h.matched.contains(best)) {
                    twin = h;
                    break;
                }
            }
            if (twin != null) {
                twin.matched.add(best);
                twin.message = twin.message.withAlsoIn(m.source());
                for (var also : m.alsoIn()) {
                    twin.message = twin.message.withAlsoIn(also);
                }
                continue;
            }
            Held held = new Held(m, best);
            window.addLast(held);
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(held);
            if (window.size() > WINDOW) {
                release(window, index, out);
            }
        }
        while (!window.isEmpty()) {
            release(window, index, out);
        }
    }

    private static void release(ArrayDeque<Held> window, Map<Key, List<Held>> index, Consumer<Message> out) {
        Held oldest = window.removeFirst();
        Key key = Key.of(oldest.message);
        List<Held> same = index.get(key);
        same.remove(oldest);
        if (same.isEmpty()) {
            index.remove(key);
        }
        out.accept(oldest.message);
    }

    /** Gives each message its id, m-000001 upwards, in the order passed on. */
    private static final class Numbering implements Consumer<Message> {
        private final Consumer<Message> out;
        private long next = 1;

        Numbering(Consumer<Message> out) {
            this.out = out;
        }

        @Override
        public void accept(Message m) {
            String digits = Long.toString(next++);
            String id = digits.length() >= 6 ? "m-" + digits : "m-" + "000000".substring(digits.length()) + digits;
            out.accept(m.withId(id));
        }
    }
}
