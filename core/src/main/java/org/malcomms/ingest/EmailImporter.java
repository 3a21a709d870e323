package org.malcomms.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * Email: a single {@code .eml} or an {@code mbox} of many (split on {@code From } lines after a blank line), parsed
 * with mime4j as a stream. The text is the first {@code text/plain} part (HTML stripped of tags when there is no
 * plain part); other parts are attachments. A forwarded message ({@code message/rfc822}) becomes its own entry,
 * marked as forwarded within the outer one. Encoded-word headers are decoded; a missing or malformed
 * {@code Date:} falls back to the mbox {@code From } line, then to the first {@code Received:} stamp.
 */
public final class EmailImporter implements Importer {
    /** An mbox message larger than this is skipped with a warning, so memory stays bounded. */
    static final int MAX_MESSAGE = 32 << 20;
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?im)^(from|to|subject|date|message-id|mime-version|received|return-path|delivered-to|cc):");
    private static final Pattern PREFIXES = Pattern.compile("^(?:\\s*(?:re|fw|fwd|aw|wg|tr)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:file)?name\\*?=\\s*\"?([^\";]+)\"?");

    @Override
    public String format() {
        return "email";
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head);
        int end = h.indexOf("\n\n");
        int endCrlf = h.indexOf("\r\n\r\n");
        String headers = h.substring(0, Math.max(Math.max(end, endCrlf), 0) > 0 ? Math.max(end, endCrlf)
                : h.length());
        Matcher m = HEADER_LINE.matcher(headers);
        int found = 0;
        while (m.find() && found < 3) {
            found++;
        }
        if (found < 2) {
            return 0;
        }
        if (h.startsWith("From ")) {
            return 0.9;
        }
        return h.matches("(?s)^[A-Za-z][A-Za-z0-9-]*:.*") ? (found >= 3 ? 0.85 : 0.6) : 0;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        try (BufferedInputStream in = new BufferedInputStream(input.open(), 1 << 16)) {
            in.mark(5);
            byte[] start = in.readNBytes(5);
            in.reset();
            if (new String(start, StandardCharsets.ISO_8859_1).equals("From ")) {
                mbox(in, input, context, sink);
            } else {
                int count = parse(in, input, context, 1, null, sink);
                if (count == 0) {
                    throw new InputException(input.name(), 1, "not an email: no From:, Date: or Subject: header");
                }
            }
        }
    }

    private void mbox(InputStream in, SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        long line = 0;
        long start = 0;
        String fromLine = null;
        boolean previousBlank = true;
        boolean tooBig = false;
        byte[] buf;
        ByteLines lines = new ByteLines(in);
        while ((buf = lines.next()) != null) {
            line++;
            if (lines.truncated) {
                context.warnings().skipped(input.name(), line, "line longer than 1 MB; only its first 1 MB is kept");
            }
            boolean separator = previousBlank && buf.length >= 5 && buf[0] == 'F' && buf[1] == 'r' && buf[2] == 'o'
                    && buf[3] == 'm' && buf[4] == ' ';
            if (separator) {
                finish(message, tooBig, input, context, start, fromLine, sink);
                message.reset();
                tooBig = false;
                start = line;
                fromLine = new String(buf, 0, Math.min(buf.length, 300), StandardCharsets.ISO_8859_1).strip();
            } else if (!tooBig) {
                if (message.size() + buf.length > MAX_MESSAGE) {
                    tooBig = true;
                    message.reset();
                } else if (quotedFrom(buf)) {
                    message.write(buf, 1, buf.length - 1);
                } else {
                    message.write(buf);
                }
            }
            int len = buf.length;
            while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) {
                len--;
            }
            previousBlank = len == 0;
        }
        finish(message, tooBig, input, context, start, fromLine, sink);
    }

    private void finish(ByteArrayOutputStream message, boolean tooBig, SourceInput input, ImportContext context,
                        long line, String fromLine, Consumer<Message> sink) throws IOException {
        if (fromLine == null) {
            return;
        }
        if (tooBig) {
            context.warnings().skipped(input.name(), line, "email larger than " + (MAX_MESSAGE >> 20) + " MB");
            return;
        }
        byte[] bytes = message.toByteArray();
        int length = bytes.length;
        // the blank line before the next "From " belongs to the separator, not to this message
        if (length > 0 && bytes[length - 1] == '\n') {
            length--;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
        }
        if (parse(new ByteArrayInputStream(bytes, 0, length), input, context, line, fromLine, sink) == 0) {
            context.warnings().skipped(input.name(), line, "not an email: no From:, Date: or Subject: header");
        }
    }

    /** An mboxrd body line escaped by one '>' because it began with "From " (any number of '>' before it). */
    private static boolean quotedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && line.length >= i + 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
                && line[i + 3] == 'm' && line[i + 4] == ' ';
    }

    /** Byte lines with their endings, at most 1 MB of each kept (the rest of a longer line is dropped). */
    private static final class ByteLines {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private boolean truncated;

        ByteLines(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            truncated = false;
            while (true) {
                if (pos >= end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return out.size() == 0 && !truncated ? null : out.toByteArray();
                    }
                }
                int start = pos;
                while (pos < end && buf[pos] != '\n') {
                    pos++;
                }
                boolean newline = pos < end;
                if (newline) {
                    pos++;
                }
                int n = pos - start;
                int room = LineReader.MAX_LINE - out.size();
                if (n > room) {
                    truncated = true;
                    n = Math.max(room, 0);
                }
                out.write(buf, start, n);
                if (newline) {
                    if (truncated) {
                        out.write('\n');
                    }
                    return out.toByteArray();
                }
            }
        }
    }

    /** Parses one message (and any it forwards); how many entries it produced. */
    private int parse(InputStream in, SourceInput input, ImportContext context, long line, String fromLine,
                      Consumer<Message> sink) throws IOException {
        MimeConfig config = MimeConfig.custom().setMaxLineLen(LineReader.MAX_LINE).setMaxHeaderCount(2000)
                .setMaxHeaderLen(1 << 20).setMaxContentLen(-1).setStrictParsing(false).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        parser.setContentDecoding(true);
        parser.setRecurse();
        Collector collector = new Collector();
        parser.setContentHandler(collector);
        try {
            parser.parse(in);
        } catch (MimeException | RuntimeException e) {
            context.warnings().skipped(input.name(), line, "email could not be parsed: " + Text.clip(
                    String.valueOf(e.getMessage())));
            return -1;
        }
        List<Parsed> all = collector.done;
        if (all.isEmpty()) {
            return 0;
        }
        // the outer message ends last: pass it on first, then what it forwarded
        Parsed outer = all.get(all.size() - 1);
        if (!outer.isEmail()) {
            return 0;
        }
        EmailDates.Stamp outerAt = date(outer, fromLine, context);
        if (outerAt == null) {
            context.warnings().skipped(input.name(), line, "email without a readable date (Date: \""
                    + Text.clip(outer.header("date") == null ? "none" : outer.header("date")) + "\")");
            return -1;
        }
        String conversation = conversation(outer);
        for (int i = 0; i < all.size() - 1; i++) {
            outer.attachments.add(new Attachment(all.get(i).subject().isEmpty() ? "(forwarded message)"
                    : all.get(i).subject(), "message"));
        }
        sink.accept(toMessage(outer, outerAt, conversation, input, line, null, context));
        for (int i = 0; i < all.size() - 1; i++) {
            Parsed inner = all.get(i);
            EmailDates.Stamp at = date(inner, null, context);
            sink.accept(toMessage(inner, at == null ? outerAt : at, conversation, input, line, outer, context));
        }
        return all.size();
    }

    private static EmailDates.Stamp date(Parsed p, String fromLine, ImportContext context) {
        EmailDates.Stamp at = EmailDates.header(p.header("date"), context.zone());
        if (at == null && fromLine != null) {
            at = EmailDates.fromLine(fromLine, context.zone());
        }
        String received = p.header("received");
        if (at == null && received != null && received.contains(";")) {
            at = EmailDates.header(received.substring(received.lastIndexOf(';') + 1), context.zone());
        }
        return at;
    }

    private static String conversation(Parsed p) {
        String subject = PREFIXES.matcher(p.subject()).replaceFirst("").strip();
        return subject.isEmpty() ? "(no subject)" : subject;
    }

    private static Message toMessage(Parsed p, EmailDates.Stamp at, String conversation, SourceInput input,
                                     long line, Parsed forwardedIn, ImportContext context) {
        Map<String, String> meta = new LinkedHashMap<>();
        putIf(meta, "subject", p.subject().isEmpty() ? null : p.subject());
        putIf(meta, "to", p.header("to"));
        putIf(meta, "cc", p.header("cc"));
        putIf(meta, "messageId", p.header("message-id"));
        putIf(meta, "gmailThread", p.header("x-gm-thrid"));
        putIf(meta, "gmailLabels", p.header("x-gmail-labels"));
        if (p.text == null && p.html != null) {
            meta.put("textFrom", "html");
        }
        if (forwardedIn != null) {
            meta.put("forwardedWithin", forwardedIn.header("message-id") != null ? forwardedIn.header("message-id")
                    : forwardedIn.subject());
            putIf(meta, "forwardedBy", forwardedIn.header("from"));
        }
        String recipients = String.valueOf(p.header("to")) + "," + String.valueOf(p.header("cc"));
        long addresses = recipients.chars().filter(c -> c == '@').count();
        String text = p.text != null ? p.text : p.html != null ? stripHtml(p.html) : "";
        MessageKind kind = text.isBlank() && !p.attachments.isEmpty() ? MessageKind.MEDIA : MessageKind.MESSAGE;
        return new Message("", "email", conversation, addresses > 1 ? Channel.GROUP : Channel.DIRECT,
                String.valueOf(p.header("from") == null ? "" : p.header("from")), Times.exact(at.at(),
                context.zone()), at.zoned() ? ZoneSource.EXPORT : ZoneSource.ASSUMED, kind, text,
                p.attachments, false, new SourceLocation(input.name(), input.sha256(), line), List.of(), meta);
    }

    static String stripHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+\\n", "\n").strip();
    }

    private static void putIf(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isEmpty()) {
            meta.put(key, value);
        }
    }

    /** One message as parsed: its headers, text and attachments. */
    private static final class Parsed {
        final Map<String, String> headers = new LinkedHashMap<>();
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        String header(String name) {
            return headers.get(name);
        }

        String subject() {
            return headers.getOrDefault("subject", "");
        }

        boolean isEmail() {
            return headers.containsKey("from") || headers.containsKey("date") || headers.containsKey("subject");
        }
    }

    /** Follows mime4j's events, keeping one {@link Parsed} per (possibly forwarded) message. */
    private static final class Collector extends AbstractContentHandler {
        final List<Parsed> done = new ArrayList<>();
        private final Deque<Parsed> open = new ArrayDeque<>();
        private Map<String, String> fields = new LinkedHashMap<>();
        private boolean messageHeader;

        @Override
        public void startMessage() {
            open.push(new Parsed());
            messageHeader = true;
        }

        @Override
        public void endMessage() {
            if (!open.isEmpty()) {
                done.add(open.pop());
            }
        }

        @Override
        public void startBodyPart() {
            messageHeader = false;
        }

        @Override
        public void startHeader() {
            fields = new LinkedHashMap<>();
        }

        @Override
        public void field(Field field) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            String body = field.getBody() == null ? "" : field.getBody();
            if (body.length() > 4000) {
                body = body.substring(0, 4000);
            }
            String value = DecoderUtil.decodeEncodedWords(body.replaceAll("\\r?\\n[ \\t]+", " "),
                    DecodeMonitor.SILENT).strip();
            fields.putIfAbsent(name, value);
        }

        @Override
        public void endHeader() {
            if (messageHeader && !open.isEmpty()) {
                open.peek().headers.putAll(fields);
                messageHeader = false;
            }
        }

        @Override
        public void body(BodyDescriptor bd, InputStream is) throws IOException {
            if (open.isEmpty()) {
                return;
            }
            Parsed p = open.peek();
            String type = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
            String disposition = fields.getOrDefault("content-disposition", "");
            String name = fileName(disposition);
            if (name == null) {
                name = fileName(fields.getOrDefault("content-type", ""));
            }
            boolean attached = disposition.toLowerCase(Locale.ROOT).startsWith("attachment") || name != null;
            if (!attached && type.equals("text/plain") && p.text == null) {
                p.text = read(is, bd.getCharset());
            } else if (!attached && type.equals("text/html") && p.html == null) {
                p.html = read(is, bd.getCharset());
            } else if (!type.equals("application/pkcs7-signature") && !type.equals("application/pgp-signature")) {
                p.attachments.add(new Attachment(name == null ? "(unnamed " + type + ")" : name,
                        type.contains("/") ? type.substring(0, type.indexOf('/')) : "file"));
            }
        }

        private static String fileName(String header) {
            Matcher m = FILENAME.matcher(header);
            if (!m.find()) {
                return null;
            }
            String n = m.group(1).strip();
            if (n.matches("(?i)^utf-8''.*")) {
                n = java.net.URLDecoder.decode(n.substring(7), StandardCharsets.UTF_8);
            }
            return DecoderUtil.decodeEncodedWords(n, DecodeMonitor.SILENT);
        }

        private static String read(InputStream is, String charsetName) throws IOException {
            Charset charset;
            try {
                charset = charsetName == null || charsetName.equalsIgnoreCase("us-ascii")
                        ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
            Reader r = new InputStreamReader(is, charset);
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                if (sb.length() < LineReader.MAX_LINE) {
                    sb.append(buf, 0, Math.min(n, LineReader.MAX_LINE - sb.length()));
                }
            }
            String text = sb.toString().replace("\r\n", "\n");
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
