package org.malcomms.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Streaming JSON for the JSON-based exports: lenient where exports are known to be wrong, bounded everywhere. */
final class Json {
    /** One string longer than this is refused: no message is this long, and it keeps memory bounded. */
    static final int MAX_STRING = 8 << 20;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(200)
                    .maxNumberLength(100).build())
            .build());

    private Json() {
    }

    /** A parser over a text input whose invalid backslash-x-HH escapes are rewritten as backslash-u-00HH. */
    static JsonParser parser(Reader reader) throws IOException {
        return MAPPER.getFactory().createParser(new EscapeRepair(reader));
    }

    /** The line where the parser's current token starts, for sources and warnings. */
    static long line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static List<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A short reason for a JSON error, without the parser's echo of the input. */
    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        return m == null ? "malformed JSON" : Text.clip(m.replaceAll("\\s+", " "));
    }

    /**
     * Undoes "mojibake": text whose UTF-8 bytes were written one per character (Facebook's exports), e.g.
     * "caf" followed by U+00C3 U+00A9 for "café". Repaired only when every character is at most U+00FF and the bytes
     * decode as UTF-8; anything else is returned as it was.
     */
    static String unmojibake(String s) {
        if (s == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /** Rewrites the escape backslash-x-HH (not valid JSON; some exporters write it) as backslash-u-00HH. */
    static final class EscapeRepair extends Reader {
        private final Reader in;
        private final char[] src = new char[1 << 14];
        private int pos;
        private int end;
        private boolean escaped;
        private int zeros;

        EscapeRepair(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                if (zeros > 0) {
                    cbuf[off + n++] = '0';
                    zeros--;
                    continue;
                }
                if (pos >= end) {
                    if (n > 0) {
                        break;
                    }
                    end = in.read(src, 0, src.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return -1;
                    }
                }
                char c = src[pos++];
                if (escaped) {
                    escaped = false;
                    if (c == 'x') {
                        c = 'u';
                        zeros = 2;
                    }
                } else if (c == '\\') {
                    escaped = true;
                }
                cbuf[off + n++] = c;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
