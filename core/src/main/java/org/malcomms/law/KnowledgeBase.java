package org.malcomms.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The offences malcomms assesses, read from the rule files listed in {@code law/offences.txt} on the classpath. */
public final class KnowledgeBase {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final List<Offence> offences;

    public KnowledgeBase(List<Offence> offences) {
        this.offences = List.copyOf(offences);
    }

    public static KnowledgeBase load() {
        List<Offence> offences = new ArrayList<>();
        for (String id : resource("law/offences.txt").split("\\R")) {
            if (id.isBlank() || id.startsWith("#")) {
                continue;
            }
            String file = "law/offences/" + id.trim() + ".yaml";
            try {
                Offence o = YAML.readValue(resource(file), Offence.class);
                if (!o.id().equals(id.trim())) {
                    throw new IllegalStateException(file + ": id " + o.id() + " does not match its file name");
                }
                offences.add(o);
            } catch (IOException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(offences);
    }

    private static String resource(String name) {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge base file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Offence> offences() {
        return offences;
    }
}
