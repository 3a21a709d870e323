package org.malcomms.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.util.List;
import org.malcomms.model.CaseFacts;
import org.malcomms.vault.CaseVault;

/**
 * What the person tells us that the messages cannot: how they are affected, who the sender is to them, what
 * happened offline, and which messages they marked. Saved in the case as {@code derived/facts.yaml} with these
 * plain keys, for the assessment to read.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Facts(String vulnerability, String relationship, String impact, String senderIdentity, String courtOrders,
             String notes, List<String> markedMessages) {
    static final String FILE = "facts.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    Facts {
        markedMessages = markedMessages == null ? List.of() : List.copyOf(markedMessages);
    }

    static Facts empty() {
        return new Facts(null, null, null, null, null, null, List.of());
    }

    static Facts read(CaseVault vault) throws IOException {
        String path = "derived/" + FILE;
        return vault.files().exists(path) ? YAML.readValue(vault.read(path), Facts.class) : empty();
    }

    byte[] yaml() throws IOException {
        return YAML.writeValueAsBytes(this);
    }

    Facts withMarked(List<String> ids) {
        return new Facts(vulnerability, relationship, impact, senderIdentity, courtOrders, notes, ids);
    }

    Facts withAccount(String vulnerability, String relationship, String impact, String senderIdentity,
                      String courtOrders, String notes) {
        return new Facts(vulnerability, relationship, impact, senderIdentity, courtOrders, notes, markedMessages);
    }

    /**
     * These answers as the assessment's case facts: vulnerability, relationship, how it affected the person and who
     * the sender is feed the elements only the person can speak to. A court order described in words has no dates
     * here, so it is kept as a note for the reader and does not by itself prove a breach.
     */
    CaseFacts caseFacts() {
        return new CaseFacts(null, null,
                blank(vulnerability) ? null : new CaseFacts.Victim(true, vulnerability, null),
                blank(relationship) ? null : relationship,
                blank(impact) ? null : new CaseFacts.Impact(null, null, impact),
                blank(senderIdentity) ? null : new CaseFacts.Sender(senderIdentity, null),
                null,
                blank(courtOrders) ? null : List.of(new CaseFacts.CourtOrder(courtOrders, null, null, null, courtOrders)),
                null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
