package org.malcomms.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * WhatsApp "Export chat" text files, Android and iOS. The file is read twice: once to decide the date order
 * (day-first or month-first, for the whole file) and who took part, then to emit messages in file order.
 */
public final class WhatsAppImporter implements Importer {

    private static final String TIME = "(?:klo\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
            + "(?:[\\s\\u00a0\\u202f]*(?:([aApP])\\.?[\\s\\u00a0\\u202f]?[mM]\\.?|([\\u0635\\u0645])))?";
    private static final String DATE = "(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})\\.?(?:\\s*BE)?";
    /** Header starts (matched with {@code lookingAt}); the message text follows the match. */
    private static final Pattern ANDROID = Pattern.compile(DATE + ",?\\s+" + TIME + "\\s+-\\s");
    private static final Pattern IOS = Pattern.compile("\\[" + DATE + ",?\\s+" + TIME + "\\]\\s");
    private static final Pattern FILE_ATTACHED = Pattern.compile(
            "^(\\S[^\\n]*?\\.[A-Za-z0-9]{2,5}) \\((?:file attached|bestand bijgevoegd|Datei angehängt|archivo adjunto"
                    + "|fichier joint|file allegato|arquivo anexado|dosya ekli)\\)(?:\\n(.*))?$", Pattern.DOTALL);
    private static final Pattern IOS_ATTACHED = Pattern.compile("^(?:.*?)<attached: ([^>]+)>$");
    private static final Pattern IOS_OMITTED = Pattern.compile(
            "^(image|video|audio|sticker|GIF|document|Contact card) omitted$");
    private static final Set<String> MEDIA_OMITTED = Set.of("<Media omitted>", "<Media weggelaten>",
            "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Médias omis>", "<Media omessi>", "<Mídia oculta>",
            "<Arquivo de mídia oculto>", "<Medya dahil edilmedi>", "<Media pominięte>", "<Медиафайлы не включены>",
            "<Mediat jätettiin pois>", "<Medier udeladt>", "<Media utelatt>", "<Media utelämnad>");
    private static final Set<String> DELETED = Set.of("This message was deleted", "You deleted this message",
            "Diese Nachricht wurde gelöscht.", "Du hast diese Nachricht gelöscht.", "Dit bericht is verwijderd",
            "Je hebt dit bericht verwijderd", "Se eliminó este mensaje.", "Eliminaste este mensaje.",
            "Ce message a été supprimé", "Vous avez supprimé ce message", "Questo messaggio è stato eliminato",
            "Hai eliminato questo messaggio", "Mensagem apagada", "Você apagou esta mensagem");
    private static final Pattern EDITED = Pattern.compile(
            "\\s*<(?:This message was edited|Diese Nachricht wurde bearbeitet|Dit bericht is bewerkt"
                    + "|Se editó este mensaje\\.?|Ce message a été modifié|Questo messaggio è stato modificato)>$");
    private static final Pattern CHAT_WITH = Pattern.compile(
            "^WhatsApp Chat (?:with|-|mit|met|con|avec) (.+)\\.(?:txt|zip)$");

    /** The longest deleted or media-omitted marker: longer texts need no look-up. */
    private static final int LONGEST_MARKER = Stream.concat(DELETED.stream(), MEDIA_OMITTED.stream())
            .mapToInt(String::length).max().orElseThrow();

    /** Continuation lines past this many characters of one message are dropped (with the 1 MB line cap). */
    private static final int MAX_TEXT = 4 << 20;

    @Override
    public String format() {
        return "whatsapp";
    }

    @Override
    public double detect(String name, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int headers = 0;
        int lines = 0;
        HeaderParser parser = new HeaderParser();
        for (String line : text.split("\\r?\\n|\\r")) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > 20) {
                break;
            }
            if (parser.parse(line) != null) {
                headers++;
            }
        }
        if (headers == 0) {
            return 0;
        }
        return headers >= Math.min(3, lines) ? 0.9 : 0.6;
    }

    /**
     * The line as the header patterns see it (direction marks dropped, Arabic-Indic digits and the Arabic comma made
     * ASCII), or null when it holds a line break character (U+0085, U+2028, U+2029), which no header line does.
     */
    static String normalise(String line) {
        boolean plain = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < '\u0085') {
                if (c == '\n' || c == '\r') {
                    return null;
                }
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            } else if (plain) {
                plain = c < '\u0600' || (c > '\u06f9' && !dropped(c));
            }
        }
        if (plain) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (dropped(c)) {
                continue;
            }
            if (c >= '\u0660' && c <= '\u0669') {
                sb.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                sb.append((char) ('0' + (c - '\u06f0')));
            } else if (c == '\u060c') {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A header line taken apart: date fields as written, clock time, and where in the raw line the text after the
     * header starts.
     */
    private record Header(int a, int b, int c, int hour, int minute, int second, boolean ios, String raw,
                          int restStart) {
    }

    /** Finds headers, one line at a time, reusing its matchers (one parser per pass over a file). */
    private static final class HeaderParser {
        private final Matcher android = ANDROID.matcher("");
        private final Matcher ios = IOS.matcher("");

        Header parse(String line) {
            if (!mayBeHeader(line)) {
                return null;
            }
            String n = normalise(line);
            if (n == null) {
                return null;
            }
            Matcher m = android.reset(n);
            boolean isIos = false;
            if (!m.lookingAt()) {
                m = ios.reset(n);
                if (!m.lookingAt()) {
                    return null;
                }
                isIos = true;
            }
            int hour = number(n, m, 4);
            boolean pm;
            if (m.start(8) >= 0) {
                pm = n.charAt(m.start(8)) == '\u0645'; // Arabic: sabahan (AM), masa'an (PM)
            } else {
                pm = m.start(7) >= 0 && Character.toLowerCase(n.charAt(m.start(7))) == 'p';
            }
            if (m.start(7) >= 0 || m.start(8) >= 0) {
                if (hour == 12) {
                    hour = pm ? 12 : 0;
                } else if (pm) {
                    hour += 12;
                }
            }
            int second = m.start(6) < 0 ? 0 : number(n, m, 6);
            // the rest is cut from the raw line, so the message text keeps its own characters (marks included)
            int restStart = n == line ? m.end() : rawIndex(line, m.end());
            return new Header(number(n, m, 1), number(n, m, 2), number(n, m, 3), hour, number(n, m, 5), second,
                    isIos, line, restStart);
        }

        /** A group of ASCII digits (at most four) as a number. */
        private static int number(String n, Matcher m, int group) {
            int value = 0;
            for (int i = m.start(group); i < m.end(group); i++) {
                value = value * 10 + (n.charAt(i) - '0');
            }
            return value;
        }
    }

    /** A cheap test before the patterns: a header starts (after direction marks) with a digit or '['. */
    private static boolean mayBeHeader(String line) {
        for (int i = 0; i < line.length() && i < 8; i++) {
            char c = line.charAt(i);
            if (!dropped(c)) {
                return c == '[' || Character.isDigit(c);
            }
        }
        return false;
    }

    /** Where in the raw line the normalised line's character {@code normalisedIndex} came from. */
    private static int rawIndex(String raw, int normalisedIndex) {
        int i = 0;
        int kept = 0;
        while (kept < normalisedIndex && i < raw.length()) {
            if (!dropped(raw.charAt(i))) {
                kept++;
            }
            i++;
        }
        return i;
    }

    private static boolean dropped(char c) {
        return c == '\u200e' || c == '\u200f' || c == '\u061c' || (c >= '\u202a' && c <= '\u202e') || c == '\ufeff';
    }

    /** How the file writes its dates, decided once for the whole file. */
    private enum DateOrder { DMY, MDY, YMD }

    /** What the first pass learns: the date order, the senders, and whether any header was found. */
    private record FileFacts(DateOrder order, Set<String> senders, int headers) {
    }

    private FileFacts survey(SourceInput input) throws IOException {
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        boolean yearFirst = false;
        int firstChanges = 0;
        int secondChanges = 0;
        int headers = 0;
        Header previous = null;
        Set<String> senders = new LinkedHashSet<>();
        HeaderParser parser = new HeaderParser();
        try (LineReader reader = reader(input)) {
            String line;
            while ((line = reader.next()) != null) {
                Header h = parser.parse(line);
                if (h == null) {
                    continue;
                }
                headers++;
                if (h.a() > 31) {
                    yearFirst = true;
                }
                firstOver12 |= h.a() > 12;
                secondOver12 |= h.b() > 12;
                if (previous != null) {
                    if (previous.a() != h.a()) {
                        firstChanges++;
                    }
                    if (previous.b() != h.b()) {
                        secondChanges++;
                    }
                }
                previous = h;
                int colon = senderEnd(h.raw(), h.restStart());
                if (colon > 0 && senders.size() < 1000
                        && !(h.ios() && isIosSystem(h.raw().substring(h.restStart() + colon + 2)))) {
                    senders.add(h.raw().substring(h.restStart(), h.restStart() + colon));
                }
            }
        }
        DateOrder order;
        if (yearFirst) {
            order = DateOrder.YMD;
        } else if (firstOver12 && !secondOver12) {
            order = DateOrder.DMY;
        } else if (secondOver12 && !firstOver12) {
            order = DateOrder.MDY;
        } else {
            // a day changes more often than a month; a tie keeps the UK order
            order = secondChanges > firstChanges ? DateOrder.MDY : DateOrder.DMY;
        }
        return new FileFacts(order, senders, headers);
    }

    /**
     * Where the sender's name ends in "Name: text" (the text starting at {@code from}), counted from {@code from}:
     * the first ':' within 100 characters, with no line break before it and a space after it; -1 when there is
     * none (a system line).
     */
    static int senderEnd(String s, int from) {
        int limit = Math.min(s.length() - from - 1, 101);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(from + i);
            if (c == '\n') {
                return -1;
            }
            if (c == ':') {
                return i > 0 && s.charAt(from + i + 1) == ' ' ? i : -1;
            }
        }
        return -1;
    }

    /** Whether the text after an iOS sender is a system note (marked U+200E) rather than media or a deletion. */
    private static boolean isIosSystem(String text) {
        return text.startsWith("\u200e") && !isMediaText(text.substring(1)) && !isDeletedText(text.substring(1));
    }

    private static LineReader reader(SourceInput input) throws IOException {
        return new LineReader(Text.reader(input.open()));
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        FileFacts facts = survey(input);
        if (facts.headers() == 0) {
            throw new InputException(input.name(), 1, "not a WhatsApp chat export: no line starts with a date and"
                    + " time such as \"12/03/2024, 21:14 - Name: text\" or \"[12/03/2024, 21:14:05] Name: text\"");
        }
        Channel channel = facts.senders().size() > 2 ? Channel.GROUP : Channel.DIRECT;
        String conversation = conversationTitle(input.name(), facts.senders());
        Pending pending = null;
        long lineNo = 0;
        long orphanStart = 0;
        HeaderParser parser = new HeaderParser();
        try (LineReader reader = reader(input)) {
            String line;
            while ((line = reader.next()) != null) {
                lineNo++;
                if (reader.truncated()) {
                    context.warnings().skipped(input.name(), lineNo, "line longer than 1 MB; only its first"
                            + " 1 MB is kept");
                }
                Header h = parser.parse(line);
                if (h == null) {
                    if (pending != null && pending.length() < MAX_TEXT) {
                        pending.append(line);
                    } else if (pending != null && !pending.cut) {
                        pending.cut = true;
                        context.warnings().skipped(input.name(), lineNo, "message longer than 4 MB; the rest of it"
                                + " is not kept");
                    } else if (!line.isBlank() && orphanStart == 0) {
                        orphanStart = lineNo;
                    }
                    continue;
                }
                if (orphanStart > 0) {
                    context.warnings().skipped(input.name(), orphanStart, "text before any message header");
                    orphanStart = 0;
                }
                if (pending != null) {
                    sink.accept(pending.toMessage(input, context, channel, conversation));
                }
                OffsetDateTime at = instant(h, facts.order(), context);
                if (at == null) {
                    context.warnings().skipped(input.name(), lineNo,
                            "date or time out of range in header \"" + clip(line) + "\"");
                    pending = null;
                    orphanStart = 0;
                    continue;
                }
                pending = new Pending(h, at, lineNo);
            }
        }
        if (orphanStart > 0) {
            context.warnings().skipped(input.name(), orphanStart, "text before any message header");
        }
        if (pending != null) {
            sink.accept(pending.toMessage(input, context, channel, conversation));
        }
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static OffsetDateTime instant(Header h, DateOrder order, ImportContext context) {
        int year;
        int month;
        int day;
        switch (order) {
            case YMD -> {
                year = h.a();
                month = h.b();
                day = h.c();
            }
            case MDY -> {
                month = h.a();
                day = h.b();
                year = h.c();
            }
            default -> {
                day = h.a();
                month = h.b();
                year = h.c();
            }
        }
        if (year < 100) {
            year += 2000;
        } else if (year > 2400) {
            year -= 543; // Thai Buddhist era
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, h.hour(), h.minute(), h.second());
            return local.atZone(context.zone()).toOffsetDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String conversationTitle(String name, Set<String> senders) {
        String base = name.contains("!") ? name.substring(name.lastIndexOf('!') + 1) : name;
        base = base.substring(base.lastIndexOf('/') + 1);
        Matcher m = CHAT_WITH.matcher(base);
        if (m.matches()) {
            return m.group(1);
        }
        if (name.contains("!")) {
            // "_chat.txt" inside "WhatsApp Chat - Sam.zip": the zip carries the title
            String zip = name.substring(0, name.indexOf('!'));
            Matcher z = CHAT_WITH.matcher(zip.substring(zip.lastIndexOf('/') + 1));
            if (z.matches()) {
                return z.group(1);
            }
        }
        if (!senders.isEmpty() && senders.size() <= 2) {
            return String.join(" & ", senders);
        }
        return base.replaceFirst("\\.txt$", "");
    }

    static boolean isMediaText(String text) {
        return isMediaOmitted(text) || FILE_ATTACHED.matcher(text).matches()
                || IOS_ATTACHED.matcher(text).matches() || IOS_OMITTED.matcher(text).matches();
    }

    static boolean isDeletedText(String text) {
        return text.length() <= LONGEST_MARKER && DELETED.contains(text);
    }

    private static boolean isMediaOmitted(String text) {
        return text.length() <= LONGEST_MARKER && MEDIA_OMITTED.contains(text);
    }

    static String attachmentType(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg", "png", "webp", "heic", "gif" -> "image";
            case "mp4", "mov", "3gp", "mkv" -> "video";
            case "opus", "ogg", "m4a", "mp3", "aac", "wav" -> "audio";
            case "pdf", "doc", "docx", "txt", "xls", "xlsx", "ppt", "pptx" -> "document";
            case "vcf" -> "contact";
            default -> "file";
        };
    }

    /** A message whose header has been read and whose continuation lines are still arriving. */
    private static final class Pending {
        final Header header;
        final OffsetDateTime at;
        final long line;
        /** The text after the header with the continuation lines, once there are any (until then, in the header). */
        StringBuilder more;
        boolean cut;

        Pending(Header header, OffsetDateTime at, long line) {
            this.header = header;
            this.at = at;
            this.line = line;
        }

        int length() {
            return more == null ? header.raw().length() - header.restStart() : more.length();
        }

        void append(String continuation) {
            if (more == null) {
                String raw = header.raw();
                more = new StringBuilder(raw.length() + continuation.length() + 64)
                        .append(raw, header.restStart(), raw.length());
            }
            more.append('\n').append(continuation);
        }

        Message toMessage(SourceInput input, ImportContext context, Channel channel, String conversation) {
            // a one-line message is cut straight from its header line
            String all = more == null ? header.raw() : more.toString();
            int from = more == null ? header.restStart() : 0;
            String sender = "";
            String body;
            MessageKind kind = MessageKind.MESSAGE;
            int colon = senderEnd(all, from);
            if (colon > 0) {
                sender = all.substring(from, from + colon);
                body = all.substring(from + colon + 2);
            } else {
                body = all.substring(from);
                kind = MessageKind.SYSTEM;
            }
            boolean edited = false;
            if (kind == MessageKind.MESSAGE && body.endsWith(">")) {
                Matcher e = EDITED.matcher(body);
                if (e.find()) {
                    edited = true;
                    body = body.substring(0, e.start());
                }
            }
            List<Attachment> attachments = List.of();
            if (kind == MessageKind.MESSAGE) {
                boolean marked = body.startsWith("\u200e");
                String plain = marked ? body.substring(1) : body;
                Matcher f;
                Matcher ia;
                Matcher io;
                if (isDeletedText(plain)) {
                    kind = MessageKind.DELETED;
                    body = plain;
                } else if (isMediaOmitted(plain)) {
                    kind = MessageKind.MEDIA;
                    attachments = List.of(new Attachment("(omitted)", "unknown"));
                    body = "";
                } else if (plain.indexOf(" (") > 0 && (f = FILE_ATTACHED.matcher(plain)).matches()) {
                    kind = MessageKind.MEDIA;
                    attachments = List.of(new Attachment(f.group(1), attachmentType(f.group(1))));
                    body = f.group(2) == null ? "" : f.group(2);
                } else if (plain.endsWith(">") && (ia = IOS_ATTACHED.matcher(plain)).matches()) {
                    kind = MessageKind.MEDIA;
                    attachments = List.of(new Attachment(ia.group(1), attachmentType(ia.group(1))));
                    body = "";
                } else if (plain.endsWith(" omitted") && (io = IOS_OMITTED.matcher(plain)).matches()) {
                    kind = MessageKind.MEDIA;
                    String type = io.group(1).toLowerCase(Locale.ROOT);
                    attachments = List.of(new Attachment("(omitted)", type.equals("gif") ? "image" : type));
                    body = "";
                } else if (marked && header.ios()) {
                    kind = MessageKind.SYSTEM;
                    body = plain;
                }
            }
            if (kind == MessageKind.SYSTEM && !header.ios()) {
                sender = "";
            }
            return new Message("", "whatsapp", conversation, channel, sender, at, ZoneSource.ASSUMED, kind, body,
                    attachments, edited, new SourceLocation(input.name(), input.sha256(), line));
        }
    }
}
