package org.malcomms.law;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.malcomms.ingest.InputException;
import org.malcomms.model.CaseFacts;

/** Reads a case facts file ({@code --facts case.yaml}); the fields are described in {@code law/README.md}. */
public final class CaseFactsReader {
    /** A facts file is a page of YAML; anything larger is not one. */
    static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .addModule(IsoDate.module()).build();

    private CaseFactsReader() {
    }

    public static CaseFacts read(Path file) throws InputException, IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new InputException(file.toString(), 0, "a case facts file is at most 1 MB of YAML");
        }
        String text = Files.readString(file);
        if (text.isBlank()) {
            return CaseFacts.NONE;
        }
        try {
            CaseFacts facts = YAML.readValue(text, CaseFacts.class);
            return facts == null ? CaseFacts.NONE : facts;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            if (e instanceof UnrecognizedPropertyException u) {
                line = lineOfKey(text, u.getPropertyName(), line);
            }
            throw new InputException(file.toString(), line, "not a valid case facts file: " + explain(e));
        }
    }

    /** The line on which a key is written (the parser reports where it stopped, which can be a line later). */
    private static long lineOfKey(String text, String key, long fallback) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^[\\s-]*\\{?.*?\\b" + java.util.regex.Pattern
                .quote(key) + "\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return fallback;
    }

    /** The problem in a reader's terms: which field, and what is wrong with it. */
    private static String explain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + where(u.getPath().subList(0,
                    u.getPath().size() - 1)) + "; the fields there are " + u.getKnownPropertyIds();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            Throwable cause = m.getCause();
            return "field " + where(m.getPath()).substring(4) + ": " + (cause instanceof IllegalArgumentException
                    ? cause.getMessage() : m.getOriginalMessage());
        }
        return e.getOriginalMessage();
    }

    private static String where(java.util.List<JsonMappingException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                s.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return s.isEmpty() ? "" : " in " + s;
    }
}
