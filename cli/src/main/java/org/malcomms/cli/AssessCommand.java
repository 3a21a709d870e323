package org.malcomms.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malcomms.CaseResult;
import org.malcomms.Malcomms;
import org.malcomms.ingest.Inputs;
import org.malcomms.ingest.SourceInput;
import org.malcomms.law.CaseFactsReader;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;
import org.malcomms.model.Timeline;
import org.malcomms.report.Drafts;
import org.malcomms.report.HtmlReport;
import org.malcomms.report.JsonReport;
import org.malcomms.report.MarkdownReport;
import org.malcomms.report.PdfReport;
import org.malcomms.report.ReportInput;
import org.malcomms.vault.AtomicFiles;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code malcomms assess}: the legal assessment of the messages, as a report or JSON. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Read exports, analyse the messages and assess them against the law of England and Wales.",
                "Without --out, JSON, Markdown and drafts go to standard output; HTML and PDF go to report.html or"
                        + " report.pdf (or into the case folder) and a short summary is printed."})
final class AssessCommand implements Callable<Integer> {
    /** The report formats this command writes. */
    enum Format { json, html, pdf, md, drafts }

    @Mixin
    InputOptions input;

    @Option(names = "--complainant", paramLabel = "NAME",
            description = "The person the assessment is for, as named in the export.")
    String complainant;

    @Option(names = "--perspective", paramLabel = "SIDE", defaultValue = "complainant",
            description = "complainant or defence (default: ${DEFAULT-VALUE}).")
    String perspective;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "json, html, pdf, md, or drafts (the texts for the platform and the police)"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE.")
    Path out;

    @Option(names = "--facts", paramLabel = "FILE", description = "A case facts file (YAML): what the messages cannot"
            + " show, such as vulnerability, impact, who the sender is, court orders (see core/src/main/resources/law/"
            + "README.md).")
    Path facts;

    @Option(names = "--jurisdiction", paramLabel = "PLACE", defaultValue = "england-wales",
            description = "Where the case is; only england-wales is assessed (default: ${DEFAULT-VALUE}).")
    String jurisdiction;

    @Override
    public Integer call() throws Exception {
        Perspective side = switch (perspective) {
            case "complainant" -> Perspective.COMPLAINANT;
            case "defence", "defense" -> Perspective.DEFENCE;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--perspective must be complainant or defence, not " + perspective);
        };
        Malcomms malcomms = Malcomms.standard();
        CaseFacts caseFacts = facts == null ? CaseFacts.NONE : CaseFactsReader.read(facts);
        try {
            malcomms.requireInScope(jurisdiction);
            if (caseFacts.jurisdiction() != null) {
                malcomms.requireInScope(caseFacts.jurisdiction());
            }
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        CaseVault vault = input.vault();
        List<SourceInput> sources = Inputs.expand(input.inputs);
        Timeline timeline = input.read(malcomms, vault, sources);
        if (complainant != null && timeline.parties().stream().noneMatch(p -> p.name().equals(complainant))) {
            System.err.println("malcomms: warning: no message was sent by \"" + complainant + "\"; people in the"
                    + " export: " + String.join(", ", timeline.parties().stream().map(p -> p.name()).toList()));
        }
        CaseResult result = malcomms.assess(timeline, complainant, side, caseFacts);
        ReportInput report = vault != null ? ReportInput.of(result, vault) : ReportInput.of(result, sources);
        byte[] bytes = switch (format) {
            case json -> utf8(JsonReport.assessmentText(result.assessment()));
            case html -> utf8(HtmlReport.render(report));
            case pdf -> PdfReport.render(report);
            case md -> utf8(MarkdownReport.render(report));
            case drafts -> utf8(Drafts.both(report));
        };
        List<String> from = sources.stream().map(SourceInput::sha256).toList();
        if (vault != null) {
            vault.derive("assessment.json", JsonReport.assessmentText(result.assessment())
                    .getBytes(StandardCharsets.UTF_8), from, "malcomms assess");
            if (format != Format.json) {
                vault.derive(format == Format.drafts ? "drafts.txt" : "report." + format, bytes, from,
                        "malcomms assess --format " + format);
            }
        }
        if (out != null) {
            AtomicFiles.write(out, bytes);
            System.err.println("malcomms: wrote " + out);
        } else if (format == Format.html || format == Format.pdf) {
            String where;
            if (vault == null) {
                Path target = Path.of("report." + format);
                AtomicFiles.write(target, bytes);
                where = target.toAbsolutePath().toString();
            } else {
                Path inCase = vault.dir().resolve("derived").resolve("report." + format);
                where = vault.encrypted() ? "derived/report." + format + " in the encrypted case (use --out FILE for a"
                        + " readable copy, or malcomms bundle)" : inCase.toAbsolutePath().toString();
            }
            System.out.println(summary(result, where));
        } else {
            System.out.write(bytes);
            System.out.flush();
        }
        return 0;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String summary(CaseResult result, String report) {
        var a = result.assessment();
        StringBuilder s = new StringBuilder();
        if (a.immediateDanger() && a.perspective() == Perspective.COMPLAINANT) {
            s.append("IF YOU ARE IN DANGER, CALL 999 NOW. The messages include a threat of violence.\n\n");
        }
        s.append("Assessment for ").append(a.complainant()).append(a.complainantChosen() ? " (chosen by the tool)" : "")
                .append(": ").append(a.summary().messages()).append(" messages, ")
                .append(result.findings().offending().size()).append(" offending.\n");
        for (OffenceFinding o : a.offences()) {
            if (o.strength() != Strength.NONE) {
                s.append("  ").append(o.strength().json()).append("  ").append(o.citation()).append('\n');
            }
        }
        s.append("Recommendation: ").append(a.recommendation().json()).append('\n');
        a.recommendationReasons().forEach(r -> s.append("  ").append(r).append('\n'));
        s.append("Report: ").append(report);
        return s.toString();
    }
}
