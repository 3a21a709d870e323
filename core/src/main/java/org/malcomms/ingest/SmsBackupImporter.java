package org.malcomms.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.malcomms.model.Attachment;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * Android texts saved by "SMS Backup &amp; Restore" (XML): {@code <sms>} and {@code <mms>} elements, streamed with
 * StAX. A document with a DTD is refused and entities are never resolved. Direction comes from {@code type}
 * (SMS) or {@code msg_box} (MMS): the phone's owner is "Me". Group MMS list their numbers joined with {@code ~}.
 * Emoji written as surrogate-pair character references are mended before parsing.
 */
public final class SmsBackupImporter implements Importer {
    /** The phone's owner, who sent every outgoing text (the backup does not name them). */
    static final String OWNER = "Me";

    @Override
    public String format() {
        return "sms";
    }

    @Override
    public double detect(String name, byte[] head) {
        String h = Text.head(head);
        return h.contains("<smses") || (h.contains("<mms ") && h.contains("msg_box")) ? 0.95 : 0;
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        long emitted = 0;
        long line = 0;
        Reader reader = new CharRefRepair(Text.reader(input.open()));
        XMLStreamReader x = null;
        try {
            x = factory().createXMLStreamReader(reader);
            boolean root = false;
            while (x.hasNext()) {
                int event = x.next();
                line = x.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InputException(input.name(), line, "refused: the XML declares a DTD or uses an"
                            + " entity, which an SMS backup never does (a sign of an XXE attack)");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String tag = x.getLocalName();
                if (!root) {
                    if (!tag.equals("smses") && !tag.equals("allsms")) {
                        throw new InputException(input.name(), line, "not an SMS Backup & Restore file: the root"
                                + " element is <" + Text.clip(tag) + ">, not <smses>");
                    }
                    root = true;
                    continue;
                }
                Message m = switch (tag) {
                    case "sms" -> sms(x, line, input, context);
                    case "mms" -> mms(x, line, input, context);
                    default -> null;
                };
                if (m != null) {
                    emitted++;
                    sink.accept(m);
                }
            }
            if (!root) {
                throw new InputException(input.name(), line, "not an SMS Backup & Restore file: no <smses> element");
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            String reason = e.getMessage() == null ? "malformed XML" : Text.clip(e.getMessage()
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""));
            if (emitted == 0) {
                throw new InputException(input.name(), at, "not readable as SMS backup XML: " + reason);
            }
            context.warnings().skipped(input.name(), at, "XML broken here (" + reason
                    + "); the rest of the file could not be read");
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // closing a broken stream: nothing more to report
                }
            }
            reader.close();
        }
    }

    private static String attr(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(null, name);
        return v == null || v.equals("null") ? null : v;
    }

    private static long number(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Message sms(XMLStreamReader x, long line, SourceInput input, ImportContext context) {
        long date = number(attr(x, "date"));
        long sent = number(attr(x, "date_sent"));
        Instant at = Times.millis(sent > 0 ? sent : date);
        if (at == null) {
            context.warnings().skipped(input.name(), line, "text without a readable date");
            return null;
        }
        String address = attr(x, "address");
        String contact = attr(x, "contact_name");
        String other = contact != null && !contact.equals("(Unknown)") ? contact : address == null ? "" : address;
        int type = (int) number(attr(x, "type"));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("direction", direction(type));
        putIf(meta, "address", address);
        Instant received = Times.millis(date);
        if (received != null && sent > 0) {
            meta.put("receivedAt", received.toString());
        }
        putIf(meta, "subject", attr(x, "subject"));
        String body = attr(x, "body");
        return new Message("", "sms", other, Channel.DIRECT, type == 1 ? other : OWNER,
                Times.exact(at, context.zone()), ZoneSource.EXPORT, type == 1 || type == 2 ? MessageKind.MESSAGE
                : MessageKind.SYSTEM, body == null ? "" : body, List.of(), false,
                new SourceLocation(input.name(), input.sha256(), line), List.of(), meta);
    }

    private static String direction(int type) {
        return switch (type) {
            case 1 -> "received";
            case 2 -> "sent";
            case 3 -> "draft";
            case 4 -> "outbox";
            case 5 -> "failed";
            case 6 -> "queued";
            default -> "unknown";
        };
    }

    private static Message mms(XMLStreamReader x, long line, SourceInput input, ImportContext context)
            throws XMLStreamException {
        long date = number(attr(x, "date"));
        long sentSeconds = number(attr(x, "date_sent"));
        String address = attr(x, "address");
        String contact = attr(x, "contact_name");
        int box = (int) number(attr(x, "msg_box"));
        List<String> texts = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        String from = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("part")) {
                    String ct = String.valueOf(attr(x, "ct"));
                    if (ct.equals("text/plain")) {
                        String t = attr(x, "text");
                        if (t != null) {
                            texts.add(t);
                        }
                    } else if (!ct.equals("application/smil")) {
                        String name = attr(x, "name") != null ? attr(x, "name") : attr(x, "cl");
                        attachments.add(new Attachment(name == null ? "(unnamed)" : name,
                                ct.contains("/") ? ct.substring(0, ct.indexOf('/')) : "file"));
                    }
                } else if (x.getLocalName().equals("addr") && "137".equals(attr(x, "type"))) {
                    from = attr(x, "address");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        Instant at = Times.millis(sentSeconds > 0 ? sentSeconds * 1000 : date);
        if (at == null) {
            context.warnings().skipped(input.name(), line, "picture message without a readable date");
            return null;
        }
        boolean group = address != null && address.contains("~");
        String conversation = contact != null ? contact : address == null ? "" : address.replace("~", ", ");
        String sender;
        if (box == 2) {
            sender = OWNER;
        } else {
            sender = nameFor(from, address, contact);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("direction", box == 1 ? "received" : box == 2 ? "sent" : direction(box));
        putIf(meta, "address", address);
        return new Message("", "mms", conversation, group ? Channel.GROUP : Channel.DIRECT, sender,
                Times.exact(at, context.zone()), ZoneSource.EXPORT, box == 1 || box == 2
                ? attachments.isEmpty() ? MessageKind.MESSAGE : MessageKind.MEDIA : MessageKind.SYSTEM,
                String.join("\n", texts), attachments, false, new SourceLocation(input.name(), input.sha256(), line),
                List.of(), meta);
    }

    /** The contact name for the sending number, when the backup lists names in the same order as numbers. */
    private static String nameFor(String from, String address, String contact) {
        if (from == null) {
            return contact != null && (address == null || !address.contains("~")) ? contact
                    : address == null ? "" : address;
        }
        if (address != null && contact != null) {
            String[] numbers = address.split("~");
            String[] names = contact.split(", ");
            if (numbers.length == names.length) {
                for (int i = 0; i < numbers.length; i++) {
                    if (digits(numbers[i]).equals(digits(from))) {
                        return names[i];
                    }
                }
            }
        }
        return from;
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    private static void putIf(Map<String, String> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
