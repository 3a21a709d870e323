package org.malcomms.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.malcomms.vault.AtomicFiles;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Disclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code malcomms redact}: a redacted disclosure copy of a case's messages, assessment and report. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Make a redacted disclosure copy of the case's messages, assessment and reports: each phrase"
                + " masked as [REDACTED] (any case, any spacing), each chosen message withheld. The copies are added"
                + " to the case as derived/disclosure-* files, logged as made from the files they copy; the"
                + " originals are not touched. The phrases are not written to the custody log.",
                "Phrases given as arguments are visible to other users of the machine and stay in shell history;"
                        + " for an address or a phone number prefer --phrases-file."})
final class RedactCommand implements Callable<Integer> {
    @Mixin
    CaseFolderOptions caseFolder;

    @Option(names = "--phrase", paramLabel = "TEXT", description = "A phrase to mask (repeatable).")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--phrases-file", paramLabel = "FILE", description = "A file of phrases to mask, one per line.")
    Path phrasesFile;

    @Option(names = "--message", paramLabel = "ID", description = "A message to withhold, e.g. m-000004"
            + " (repeatable).")
    List<String> messages = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FOLDER", description = "Also write readable copies of the redacted"
            + " files to FOLDER.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<String> all = new ArrayList<>(phrases);
        if (phrasesFile != null) {
            all.addAll(Files.readAllLines(phrasesFile, StandardCharsets.UTF_8));
        }
        if (all.stream().allMatch(String::isBlank) && messages.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "name something to redact: --phrase, --phrases-file or --message");
        }
        CaseVault vault = caseFolder.open();
        Disclosure.Made made = Disclosure.make(vault, all, new LinkedHashSet<>(messages));
        for (String f : made.files()) {
            System.out.println("redacted: " + f);
            if (out != null) {
                Path target = out.resolve(f.substring(f.lastIndexOf('/') + 1));
                AtomicFiles.write(target, vault.read(f));
                System.out.println("  copy: " + target.toAbsolutePath());
            }
        }
        for (Map.Entry<String, String> r : made.refused().entrySet()) {
            System.err.println("malcomms: no redacted copy of " + r.getKey() + ": " + r.getValue());
        }
        return made.refused().isEmpty() ? 0 : 1;
    }
}
