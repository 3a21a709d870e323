package org.malcomms.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.malcomms.CaseResult;
import org.malcomms.ingest.SourceInput;
import org.malcomms.model.Message;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.CustodyEntry;
import org.malcomms.vault.Exhibit;
import org.malcomms.vault.Hashes;

/**
 * What a report renders: one assessed case, its reference, and, when it was preserved in a case folder, the
 * exhibits and custody log. {@code originals} maps SHA-256 to a readable copy of an original (the case's preserved
 * copy, decrypted when the case is, or the input itself), used to show the screenshot behind an OCR'd message.
 */
public record ReportInput(CaseResult result, String caseReference, List<Exhibit> exhibits,
                          List<CustodyEntry> custody, Map<String, SourceInput> originals) {
    public ReportInput {
        exhibits = List.copyOf(exhibits);
        custody = List.copyOf(custody);
        originals = Map.copyOf(originals);
    }

    /** A report of a case read straight from its inputs (no case folder), with a reference derived from them. */
    public static ReportInput of(CaseResult result) {
        return new ReportInput(result, referenceFor(result), List.of(), List.of(), Map.of());
    }

    /** A report of a case read straight from these inputs, which it can show screenshots from. */
    public static ReportInput of(CaseResult result, List<SourceInput> inputs) {
        Map<String, SourceInput> originals = new HashMap<>();
        inputs.forEach(s -> originals.put(s.sha256(), s));
        return new ReportInput(result, referenceFor(result), List.of(), List.of(), originals);
    }

    /** A report of a case preserved in a case folder: its exhibits, custody log and preserved originals. */
    public static ReportInput of(CaseResult result, CaseVault vault) throws IOException {
        List<Exhibit> exhibits = vault.exhibits();
        Map<String, SourceInput> originals = new HashMap<>();
        exhibits.forEach(e -> originals.put(e.sha256(), vault.original(e)));
        return new ReportInput(result, referenceFor(result), exhibits, vault.entries(), originals);
    }

    /**
     * A stable reference for a case: "MC-" and the first eight hex digits of the SHA-256 of its inputs' hashes,
     * so the same evidence always gets the same reference.
     */
    public static String referenceFor(CaseResult result) {
        TreeSet<String> shas = new TreeSet<>();
        for (Message m : result.timeline().messages()) {
            shas.add(m.source().sha256());
        }
        String joined = String.join("\n", shas);
        return "MC-" + Hashes.sha256(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8)
                .toUpperCase(java.util.Locale.ROOT);
    }
}
