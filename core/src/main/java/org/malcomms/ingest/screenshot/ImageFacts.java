package org.malcomms.ingest.screenshot;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an image file says about itself, read from EXIF (JPEG APP1, PNG eXIf), PNG text chunks and XMP: the
 * device, the software that last saved it, and when it was taken. These are hints only: any of them can be
 * stripped or forged.
 */
record ImageFacts(Optional<String> device, Optional<String> software, Optional<LocalDateTime> captured) {
    private static final Pattern XMP_TOOL = Pattern.compile("xmp:CreatorTool(?:>|=\")([^<\"]+)");
    private static final Pattern XMP_DATE = Pattern.compile(
            "(?:photoshop:DateCreated|xmp:CreateDate|exif:DateTimeOriginal)(?:>|=\")(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"
                    + "(?::\\d{2})?)");
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss",
            Locale.ROOT);
    private static final Pattern EDITORS = Pattern.compile(
            "(?i).*(photoshop|gimp|snapseed|pixelmator|lightroom|canva|picsart|affinity|paint\\.net|photopea"
                    + "|facetune|imagemagick|graphicsmagick|inkscape|krita|fotor|lensa).*");

    /** The software tag names a known image editor. */
    boolean editedWithSoftware() {
        return software.filter(s -> EDITORS.matcher(s).matches()).isPresent();
    }

    static ImageFacts read(byte[] bytes) {
        Builder b = new Builder();
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P') {
            png(bytes, b);
        } else if (bytes.length > 4 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8) {
            jpeg(bytes, b);
        }
        return new ImageFacts(Optional.ofNullable(b.device()), Optional.ofNullable(b.software),
                Optional.ofNullable(b.captured));
    }

    private static final class Builder {
        String make;
        String model;
        String software;
        LocalDateTime captured;

        String device() {
            if (model == null) {
                return make;
            }
            return make == null || model.startsWith(make) ? model : make + " " + model;
        }

        void xmp(String xml) {
            Matcher tool = XMP_TOOL.matcher(xml);
            if (tool.find() && software == null) {
                software = tool.group(1).strip();
            }
            Matcher date = XMP_DATE.matcher(xml);
            if (date.find() && captured == null) {
                String d = date.group(1);
                captured = LocalDateTime.parse(d.length() == 16 ? d + ":00" : d);
            }
        }
    }

    private static void png(byte[] bytes, Builder b) {
        int pos = 8;
        while (pos + 12 <= bytes.length) {
            long length = u32(bytes, pos, false);
            String type = new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int data = pos + 8;
            if (length > bytes.length - data - 4L || type.equals("IEND")) {
                return;
            }
            int len = (int) length;
            switch (type) {
                case "tEXt" -> {
                    int nul = indexOf(bytes, data, data + len);
                    if (nul > 0) {
                        String key = new String(bytes, data, nul - data, StandardCharsets.ISO_8859_1);
                        String value = new String(bytes, nul + 1, data + len - nul - 1, StandardCharsets.ISO_8859_1);
                        text(key, value, b);
                    }
                }
                case "iTXt" -> {
                    int nul = indexOf(bytes, data, data + len);
                    if (nul > 0 && nul + 2 < data + len && bytes[nul + 1] == 0) {
                        String key = new String(bytes, data, nul - data, StandardCharsets.ISO_8859_1);
                        int lang = indexOf(bytes, nul + 3, data + len);
                        int translated = lang < 0 ? -1 : indexOf(bytes, lang + 1, data + len);
                        if (translated > 0) {
                            text(key, new String(bytes, translated + 1, data + len - translated - 1,
                                    StandardCharsets.UTF_8), b);
                        }
                    }
                }
                case "eXIf" -> tiff(bytes, data, len, b);
                default -> { }
            }
            pos = data + len + 4;
        }
    }

    private static void text(String key, String value, Builder b) {
        switch (key) {
            case "Software" -> b.software = value.strip();
            case "XML:com.adobe.xmp" -> b.xmp(value);
            case "Creation Time" -> {
                try {
                    b.captured = LocalDateTime.parse(value.strip().replace(' ', 'T'));
                } catch (DateTimeParseException e) {
                    // free-form creation times (RFC 1123 and others) are left unread
                }
            }
            default -> { }
        }
    }

    private static void jpeg(byte[] bytes, Builder b) {
        int pos = 2;
        while (pos + 4 <= bytes.length && (bytes[pos] & 0xff) == 0xFF) {
            int marker = bytes[pos + 1] & 0xff;
            if (marker == 0xDA || marker == 0xD9) {
                return;
            }
            int len = (int) u16(bytes, pos + 2, false);
            int data = pos + 4;
            if (len < 2 || data + len - 2 > bytes.length) {
                return;
            }
            if (marker == 0xE1) {
                String head = new String(bytes, data, Math.min(29, len - 2), StandardCharsets.ISO_8859_1);
                if (head.startsWith("Exif\0\0")) {
                    tiff(bytes, data + 6, len - 8, b);
                } else if (head.startsWith("http://ns.adobe.com/xap/1.0/")) {
                    b.xmp(new String(bytes, data + 29, len - 31, StandardCharsets.UTF_8));
                }
            }
            pos = data + len - 2;
        }
    }

    /** Reads the few EXIF tags wanted from a TIFF structure at {@code start}; malformed offsets end the read. */
    private static void tiff(byte[] bytes, int start, int length, Builder b) {
        if (length < 8 || start + length > bytes.length) {
            return;
        }
        boolean little = bytes[start] == 'I';
        ifd(bytes, start, length, (int) u32(bytes, start + 4, little), little, b, 0);
    }

    private static void ifd(byte[] bytes, int start, int length, int offset, boolean little, Builder b, int depth) {
        if (offset < 8 || offset + 2 > length || depth > 1) {
            return;
        }
        int count = (int) u16(bytes, start + offset, little);
        for (int i = 0; i < count; i++) {
            int entry = start + offset + 2 + i * 12;
            if (entry + 12 > start + length) {
                return;
            }
            int tag = (int) u16(bytes, entry, little);
            int type = (int) u16(bytes, entry + 2, little);
            long n = u32(bytes, entry + 4, little);
            long value = u32(bytes, entry + 8, little);
            if (tag == 0x8769) {
                ifd(bytes, start, length, (int) value, little, b, depth + 1);
            } else if (type == 2 && n > 0 && n < 256) {
                int at = n <= 4 ? entry + 8 : start + (int) value;
                if (n > 4 && value + n > length) {
                    continue;
                }
                String s = new String(bytes, at, (int) n, StandardCharsets.ISO_8859_1).replace("\0", "").strip();
                switch (tag) {
                    case 0x010F -> b.make = s;
                    case 0x0110 -> b.model = s;
                    case 0x0131 -> b.software = s;
                    case 0x9003 -> b.captured = exifTime(s);
                    case 0x0132 -> {
                        if (b.captured == null) {
                            b.captured = exifTime(s);
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static LocalDateTime exifTime(String s) {
        try {
            return LocalDateTime.parse(s, EXIF_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return little ? (y << 8 | x) : (x << 8 | y);
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | (b[little ? at + 3 - i : at + i] & 0xff);
        }
        return v;
    }
}
