package org.malcomms.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.malcomms.CaseResult;
import org.malcomms.model.Message;
import org.malcomms.vault.CustodyEntry;
import org.malcomms.vault.Exhibit;
import org.malcomms.vault.Hashes;

/**
 * What a report renders: one assessed case, its reference, and, when it was preserved in a case folder, the
 * exhibits and custody log. {@code originals} maps SHA-256 to a readable copy of an original (the case folder's
 * {@code originals/<sha256>}, or the input file itself), used to show the screenshot behind an OCR'd message.
 */
public record ReportInput(CaseResult result, String caseReference, List<Exhibit> exhibits,
                          List<CustodyEntry> custody, Map<String, Path> originals) {
    public ReportInput {
        exhibits = List.copyOf(exhibits);
        custody = List.copyOf(custody);
        originals = Map.copyOf(originals);
    }

    /** A report of a case read straight from its inputs (no case folder), with a reference derived from them. */
    public static ReportInput of(CaseResult result) {
        return new ReportInput(result, referenceFor(result), List.of(), List.of(), Map.of());
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
