package org.malcomms.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The plain text of an iMessage {@code attributedBody}: an NSAttributedString archived as an Apple "typedstream".
 * The string is the first NSString in the stream: after the class name come its version and class reference,
 * then the C type code {@code 0x84 0x01 '+'} and the UTF-8 bytes with their length in front (one byte below
 * 0x80; {@code 0x81} and two bytes, or {@code 0x82} and four, little-endian). Any other shape is not guessed at.
 */
final class TypedStreamText {
    private static final byte[] HEADER = "\u0004\u000bstreamtyped".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] NSSTRING = "NSString".getBytes(StandardCharsets.ISO_8859_1);
    /** How far after the class name the type code may start (class version and reference bytes). */
    private static final int TYPE_WITHIN = 4;

    private TypedStreamText() {
    }

    /** The text, or null when the blob is not a typedstream with an NSString in the shape described above. */
    static String text(byte[] blob) {
        if (blob == null || !startsWith(blob, HEADER)) {
            return null;
        }
        int name = indexOf(blob, NSSTRING, HEADER.length);
        if (name < 0) {
            return null;
        }
        int from = name + NSSTRING.length;
        int type = -1;
        for (int i = from; i <= from + TYPE_WITHIN && i + 2 < blob.length; i++) {
            if (blob[i] == (byte) 0x84 && blob[i + 1] == 0x01 && blob[i + 2] == '+') {
                type = i + 3;
                break;
            }
        }
        if (type < 0 || type >= blob.length) {
            return null;
        }
        int tag = blob[type] & 0xFF;
        long length;
        int start;
        if (tag < 0x80) {
            length = tag;
            start = type + 1;
        } else if (tag == 0x81 && type + 2 < blob.length) {
            length = (blob[type + 1] & 0xFF) | (blob[type + 2] & 0xFF) << 8;
            start = type + 3;
        } else if (tag == 0x82 && type + 4 < blob.length) {
            length = (blob[type + 1] & 0xFFL) | (blob[type + 2] & 0xFFL) << 8 | (blob[type + 3] & 0xFFL) << 16
                    | (blob[type + 4] & 0xFFL) << 24;
            start = type + 5;
        } else {
            return null;
        }
        if (start + length > blob.length) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(blob, start, (int) length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
