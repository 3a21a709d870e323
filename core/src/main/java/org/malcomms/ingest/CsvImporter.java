package org.malcomms.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * Any other table of messages as CSV, with its columns named by {@code --columns}: {@code sentAt}, {@code sender}
 * and {@code text} are needed; {@code conversation}, {@code attachments} and {@code sentAtPattern} (a
 * java.time pattern such as {@code dd/MM/yyyy HH:mm}) are optional. Without {@code --columns}, columns with the
 * usual names (date, time, timestamp; from, sender, author; text, message, body) are used. UTF-8 or UTF-16 (with
 * or without a byte-order mark), comma, semicolon or tab delimited, quoted newlines kept.
 * Times with an offset are exact; times without one get the {@code --tz} zone.
 */
public final class CsvImporter implements Importer {
    private static final List<String> FIELDS = List.of("sentAt", "sender", "text", "conversation", "attachments",
            "sentAtPattern");
    private static final Map<String, List<String>> USUAL = Map.of(
            "sentAt", List.of("sentat", "timestamp", "datetime", "date", "time", "sent", "date sent"),
            "sender", List.of("sender", "from", "author", "name", "sender name"),
            "text", List.of("text", "message", "body", "content", "message text"),
            "conversation", List.of("conversation", "chat", "thread", "channel"),
            "attachments", List.of("attachments", "attachment", "media"));
    private static final java.util.regex.Pattern EPOCH = java.util.regex.Pattern.compile("\\d{9,13}");
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d/M/yyyy[,] H:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.yyyy[,] H:mm[:ss]", Locale.ROOT));

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head);
        int nl = h.indexOf('\n');
        String first = (nl < 0 ? h : h.substring(0, nl)).strip();
        if (first.isEmpty() || first.startsWith("{") || first.startsWith("<") || first.startsWith("[")) {
            return 0;
        }
        List<String> header = splitHeader(first);
        if (header.size() < 3) {
            return 0;
        }
        Map<String, Integer> mapped = usualColumns(header);
        boolean usable = mapped.containsKey("sentAt") && mapped.containsKey("sender") && mapped.containsKey("text");
        return usable ? 0.6 : name.toLowerCase(Locale.ROOT).endsWith(".csv") ? 0.5 : 0;
    }

    private static List<String> splitHeader(String line) {
        char d = CsvReader.delimiterOf(line);
        try (CsvReader r = new CsvReader(new java.io.StringReader(line), d)) {
            List<String> row = r.next();
            return row == null ? List.of() : row;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, Integer> usualColumns(List<String> header) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var e : USUAL.entrySet()) {
            for (int i = 0; i < header.size(); i++) {
                if (e.getValue().contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                    out.putIfAbsent(e.getKey(), i);
                }
            }
        }
        return out;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        for (String key : context.columns().keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InputException(input.name(), 0, "--columns names an unknown field \"" + Text.clip(key)
                        + "\"; known: " + String.join(", ", FIELDS));
            }
        }
        BufferedReader reader = new BufferedReader(Text.reader(input.open()), 1 << 16);
        reader.mark(1 << 16);
        char[] firstChars = new char[(1 << 16) - 1];
        int n = reader.read(firstChars);
        reader.reset();
        String head = n <= 0 ? "" : new String(firstChars, 0, n);
        int nl = head.indexOf('\n');
        char delimiter = CsvReader.delimiterOf(nl < 0 ? head : head.substring(0, nl));
        try (CsvReader csv = new CsvReader(reader, delimiter)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new InputException(input.name(), 1, "empty CSV file");
            }
            Map<String, Integer> columns = columns(header, context, input);
            DateTimeFormatter pattern = null;
            if (context.columns().containsKey("sentAtPattern")) {
                try {
                    pattern = DateTimeFormatter.ofPattern(context.columns().get("sentAtPattern"), Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    throw new InputException(input.name(), 0, "--columns sentAtPattern is not a date pattern: "
                            + e.getMessage());
                }
            }
            String base = input.name().substring(Math.max(input.name().lastIndexOf('/'), input.name()
                    .lastIndexOf('!')) + 1).replaceFirst("(?i)\\.csv$", "");
            int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> row;
            while ((row = csv.next()) != null) {
                long line = csv.recordLine();
                if (csv.truncated()) {
                    context.warnings().skipped(input.name(), line, "a cell longer than 1 MB");
                    continue;
                }
                if (row.size() <= needed) {
                    context.warnings().skipped(input.name(), line, "row with " + row.size() + " cells, expected "
                            + header.size());
                    continue;
                }
                String when = row.get(columns.get("sentAt"));
                Stamp at = time(when, pattern, context);
                if (at == null) {
                    context.warnings().skipped(input.name(), line, "unreadable time \"" + Text.clip(when) + "\"");
                    continue;
                }
                List<Attachment> attachments = new ArrayList<>();
                if (columns.containsKey("attachments")) {
                    for (String a : row.get(columns.get("attachments")).split("[,;|]")) {
                        String file = a.strip();
                        if (!file.isEmpty()) {
                            String plain = file.substring(file.lastIndexOf('/') + 1);
                            attachments.add(new Attachment(plain, WhatsAppImporter.attachmentType(plain)));
                        }
                    }
                }
                String text = row.get(columns.get("text"));
                String conversation = columns.containsKey("conversation") ? row.get(columns.get("conversation"))
                        : base;
                sink.accept(new Message("", "csv", conversation, Channel.DIRECT, row.get(columns.get("sender")),
                        at.at(), at.source(), text.isEmpty() && !attachments.isEmpty() ? MessageKind.MEDIA
                        : MessageKind.MESSAGE, text, attachments, false,
                        new SourceLocation(input.name(), input.sha256(), line)));
            }
        }
    }

    private static Map<String, Integer> columns(List<String> header, ImportContext context, SourceInput input)
            throws InputException {
        Map<String, Integer> columns = usualColumns(header);
        for (var e : context.columns().entrySet()) {
            if (e.getKey().equals("sentAtPattern")) {
                continue;
            }
            int i = indexOf(header, e.getValue());
            if (i < 0) {
                throw new InputException(input.name(), 1, "--columns " + e.getKey() + "=" + Text.clip(e.getValue())
                        + ": no such column; the columns are " + Text.clip(String.join(", ", header)));
            }
            columns.put(e.getKey(), i);
        }
        for (String required : List.of("sentAt", "sender", "text")) {
            if (!columns.containsKey(required)) {
                throw new InputException(input.name(), 1, "which column holds " + required + "? Name it with"
                        + " --columns sentAt=COLUMN,sender=COLUMN,text=COLUMN (the columns are "
                        + Text.clip(String.join(", ", header)) + ")");
            }
        }
        return columns;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private record Stamp(OffsetDateTime at, ZoneSource source) {
    }

    private static Stamp time(String value, DateTimeFormatter pattern, ImportContext context) {
        String v = value.strip();
        if (pattern != null) {
            try {
                return new Stamp(Times.exact(OffsetDateTime.parse(v, pattern), context.zone()), ZoneSource.EXPORT);
            } catch (DateTimeException e) {
                try {
                    return new Stamp(LocalDateTime.parse(v, pattern).atZone(context.zone()).toOffsetDateTime(),
                            ZoneSource.ASSUMED);
                } catch (DateTimeException e2) {
                    return null;
                }
            }
        }
        if (EPOCH.matcher(v).matches()) {
            long number = Long.parseLong(v);
            Instant at = Times.millis(v.length() <= 10 ? number * 1000 : number);
            return at == null ? null : new Stamp(Times.exact(at, context.zone()), ZoneSource.EXPORT);
        }
        try {
            return new Stamp(Times.exact(OffsetDateTime.parse(v.replace(' ', 'T')), context.zone()),
                    ZoneSource.EXPORT);
        } catch (DateTimeException e) {
            // no offset: the layouts below, in the assumed zone
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return new Stamp(LocalDateTime.parse(v, f).atZone(context.zone()).toOffsetDateTime(),
                        ZoneSource.ASSUMED);
            } catch (DateTimeException e) {
                // the next layout
            }
        }
        return null;
    }
}
