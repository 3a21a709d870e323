package org.malcomms.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Re-checks a case from scratch: the custody chain and head, every original against its hash, every derived
 * file against the hash its latest log entry recorded, and that no file sits in the vault unlogged.
 */
public final class Verification {
    /** The outcome: how much was checked, and every problem in the order found (the first is the one to name). */
    public record Result(int entries, int originals, int derived, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private Verification() {
    }

    public static Result check(Path caseDir) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(caseDir)) {
            problems.add(caseDir + " is not a case folder");
            return new Result(0, 0, 0, problems);
        }
        CustodyLog.Reading reading = new CustodyLog(caseDir).read();
        if (reading.problem() != null) {
            problems.add(reading.problem());
        }
        Set<String> originals = new HashSet<>();
        Map<String, String> derived = new HashMap<>();
        for (CustodyEntry e : reading.entries()) {
            if (e.action().equals("preserve")) {
                originals.addAll(e.outputs());
            } else if (e.action().equals("derive")) {
                derived.put(e.details().get("file"), e.outputs().get(0));
            }
        }
        for (String sha : originals) {
            Path file = caseDir.resolve("originals").resolve(sha);
            if (!Files.exists(file)) {
                problems.add("originals/" + sha + ": missing (logged as preserved)");
            } else if (!Hashes.sha256(file).equals(sha)) {
                problems.add("originals/" + sha + ": content altered (its SHA-256 no longer matches)");
            }
        }
        for (Map.Entry<String, String> d : derived.entrySet()) {
            Path file = caseDir.resolve(d.getKey());
            if (!Files.exists(file)) {
                problems.add(d.getKey() + ": missing (logged as derived)");
            } else if (!Hashes.sha256(file).equals(d.getValue())) {
                problems.add(d.getKey() + ": content altered since it was logged");
            }
        }
        for (String folder : List.of("originals", "derived")) {
            Path sub = caseDir.resolve(folder);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> files = Files.list(sub)) {
                for (Path f : files.sorted().toList()) {
                    String rel = folder + "/" + f.getFileName();
                    boolean logged = folder.equals("originals") ? originals.contains(f.getFileName().toString())
                            : derived.containsKey(rel);
                    if (!logged && !f.getFileName().toString().startsWith(".tmp-")) {
                        problems.add(rel + ": not in the custody log (added after the fact)");
                    }
                }
            }
        }
        return new Result(reading.entries().size(), originals.size(), derived.size(), problems);
    }
}
