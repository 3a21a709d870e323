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
import java.util.Locale;

/**
 * The law malcomms applies, read from the classpath: the offences listed in {@code law/offences.txt} (one rule file
 * each) and the guidance files beside them.
 */
public final class KnowledgeBase {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).registerModule(IsoDate.module());
    private final List<Offence> offences;
    private final Guidance guidance;

    public KnowledgeBase(List<Offence> offences, Guidance guidance) {
        this.offences = List.copyOf(offences);
        this.guidance = guidance;
    }

    public static KnowledgeBase load() {
        List<Offence> offences = new ArrayList<>();
        for (String id : resource("law/offences.txt").split("\\R")) {
            if (id.isBlank() || id.startsWith("#")) {
                continue;
            }
            Offence o = read("law/offences/" + id.trim() + ".yaml", Offence.class);
            if (!o.id().equals(id.trim())) {
                throw new IllegalStateException("law/offences/" + id.trim() + ".yaml: id " + o.id()
                        + " does not match its file name");
            }
            offences.add(o);
        }
        Guidance guidance = new Guidance(read("law/factors.yaml", Guidance.Factors.class),
                read("law/sentencing.yaml", Guidance.Sentencing.class), read("law/next-steps.yaml",
                Guidance.Steps.class), read("law/scope.yaml", Guidance.Scope.class));
        return new KnowledgeBase(offences, guidance);
    }

    private static <T> T read(String file, Class<T> type) {
        try {
            return YAML.readValue(resource(file), type);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
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

    public Guidance guidance() {
        return guidance;
    }

    /**
     * Checks that a jurisdiction is one this knowledge base assesses.
     *
     * @throws IllegalArgumentException naming why not (Scotland and Northern Ireland have their own law)
     */
    public void requireInScope(String jurisdiction) {
        String key = jurisdiction.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (key.equals(guidance.scope().assessed()) || key.equals("england") || key.equals("wales")) {
            return;
        }
        String why = guidance.scope().notAssessed().get(key);
        throw new IllegalArgumentException(why != null ? why : "unknown jurisdiction \"" + jurisdiction
                + "\": malcomms assesses " + guidance.scope().assessed() + " only");
    }
}
