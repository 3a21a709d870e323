package org.malcomms.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.InputException;
import org.malcomms.ingest.SourceInput;
import org.malcomms.ingest.Warnings;
import org.malcomms.model.Perspective;
import org.malcomms.model.Timeline;
import org.malcomms.report.Drafts;
import org.malcomms.report.HtmlReport;
import org.malcomms.report.JsonReport;
import org.malcomms.report.MarkdownReport;
import org.malcomms.report.PdfReport;
import org.malcomms.report.ReportInput;
import org.malcomms.vault.Bundle;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Exhibit;

/**
 * A case open in the browser: its vault, and the timeline read from the originals preserved in it (re-read only
 * when the set of originals changes). Every step calls the core exactly as the command line does.
 */
final class OpenCase {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    /**
     * Held for every write to any case: the custody log is rewritten whole on each entry, so two requests (a double
     * click, two tabs) must never append at once.
     */
    static final Object WRITES = new Object();

    /** One preserved original, and why it cannot be read as messages (null when it can). */
    record Original(Exhibit exhibit, SourceInput input, String problem) {
        boolean readable() {
            return problem == null;
        }
    }

    /** The file name of the evidence bundle in the browser. */
    static final String BUNDLE = "evidence-bundle.zip";

    /** A report to download: its name in the address, its file name in the case and the browser, its media type. */
    enum Download {
        PDF("pdf", "report.pdf", "application/pdf"),
        HTML("html", "report.html", "text/html; charset=utf-8"),
        MARKDOWN("md", "report.md", "text/markdown; charset=utf-8"),
        PLATFORM("platform", "draft-platform.txt", "text/plain; charset=utf-8"),
        POLICE("police", "draft-police.txt", "text/plain; charset=utf-8"),
        JSON("json", "assessment.json", "application/json; charset=utf-8");

        final String kind;
        final String file;
        final String mediaType;

        Download(String kind, String file, String mediaType) {
            this.kind = kind;
            this.file = file;
            this.mediaType = mediaType;
        }

        /** The download named {@code kind} in the address, or null. */
        static Download named(String kind) {
            for (Download d : values()) {
                if (d.kind.equals(kind)) {
                    return d;
                }
            }
            return null;
        }
    }

    private final String name;
    private final CaseVault vault;
    private final Malcomms malcomms;
    private List<String> timelineOf;
    private Timeline timeline;
    private List<String> warnings = List.of();
    private final java.util.Map<String, CaseResult> results = new java.util.LinkedHashMap<>();

    OpenCase(String name, CaseVault vault, Malcomms malcomms) {
        this.name = name;
        this.vault = vault;
        this.malcomms = malcomms;
    }

    String name() {
        return name;
    }

    Path dir() {
        return vault.dir();
    }

    CaseVault vault() {
        return vault;
    }

    /** Preserves an uploaded file (already on disk, in a temporary folder) as an original of the case. */
    Exhibit preserve(Path file, String originalName) throws IOException {
        synchronized (WRITES) {
            return vault.preserve(new FileSource(file, originalName));
        }
    }

    /** Every original in the case, with whether the importers recognise it. */
    List<Original> originals() throws IOException {
        List<Original> all = new ArrayList<>();
        for (Exhibit e : vault.exhibits()) {
            SourceInput input = vault.original(e);
            String problem = null;
            try {
                malcomms.importers().detect(input);
            } catch (InputException ex) {
                problem = ex.getMessage();
            }
            all.add(new Original(e, input, problem));
        }
        return all;
    }

    /** The merged timeline of every readable original. */
    synchronized Timeline timeline() throws IOException, InputException {
        List<SourceInput> sources = originals().stream().filter(Original::readable).map(Original::input).toList();
        List<String> key = sources.stream().map(SourceInput::sha256).toList();
        if (!key.equals(timelineOf)) {
            List<String> seen = new ArrayList<>();
            Warnings w = new Warnings(seen::add);
            timeline = malcomms.importAll(sources, null, new ImportContext(ZONE, w, p -> { }));
            warnings = List.copyOf(seen);
            timelineOf = key;
            results.clear();
        }
        return timeline;
    }

    /** What the importers skipped while reading the timeline, one line per skipped part. */
    synchronized List<String> warnings() {
        return warnings;
    }

    /**
     * The assessment for one person and side, with the person's own account as case facts; kept until the originals
     * or the facts change (a long history is slow to assess).
     */
    synchronized CaseResult assess(String complainant, Perspective perspective) throws IOException, InputException {
        Timeline t = timeline();
        Facts facts = facts();
        String key = perspective.json() + "\n" + (complainant == null ? "" : complainant) + "\n" + facts.hashCode();
        CaseResult result = results.get(key);
        if (result == null) {
            result = malcomms.assess(t, complainant, perspective, facts.caseFacts());
            if (results.size() >= 4) {
                results.remove(results.keySet().iterator().next());
            }
            results.put(key, result);
        }
        return result;
    }

    Facts facts() throws IOException {
        return Facts.read(vault);
    }

    /** Changes the facts file: read, changed and written as one step. */
    Facts updateFacts(java.util.function.UnaryOperator<Facts> change) throws IOException {
        synchronized (WRITES) {
            Facts facts = change.apply(facts());
            vault.derive(Facts.FILE, facts.yaml(), hashes(), "malcomms-web: the person's own account");
            return facts;
        }
    }

    /**
     * Renders a report or draft with the case's exhibits and custody log, and records it in the case as a derived
     * file (so the case holds what was handed out).
     */
    byte[] report(Download kind, CaseResult result) throws IOException {
        ReportInput input = ReportInput.of(result, vault);
        byte[] bytes = switch (kind) {
            case PDF -> PdfReport.render(input);
            case HTML -> utf8(HtmlReport.render(input));
            case MARKDOWN -> utf8(MarkdownReport.render(input));
            case PLATFORM -> utf8(Drafts.platform(input));
            case POLICE -> utf8(Drafts.police(input));
            case JSON -> utf8(JsonReport.assessmentText(result.assessment()));
        };
        synchronized (WRITES) {
            vault.derive(kind.file, bytes, hashes(), "malcomms-web download " + kind.file + " ("
                    + result.assessment().perspective().json() + ")");
        }
        return bytes;
    }

    /**
     * Writes the evidence bundle for the police or a solicitor to {@code zip}: the PDF report of {@code result} is
     * first kept in the case, so that the bundle holds it; the vault logs the export with the zip's hash.
     */
    void bundle(CaseResult result, Path zip) throws IOException {
        report(Download.PDF, result);
        synchronized (WRITES) {
            Bundle.write(vault, zip, Malcomms.version());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> hashes() throws IOException {
        return vault.exhibits().stream().map(Exhibit::sha256).toList();
    }
}
