package org.malcomms.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks a case from scratch: the custody chain and head, every original against its hash, every derived file
 * against the hash its latest log entry recorded, that each derivation was made from files the case held, every
 * trusted timestamp, and that no file sits in the case unlogged.
 */
public final class Verification {
    /**
     * The outcome: how much was checked, every problem in the order found (the first is the one to name), and notes
     * that are not failures (an interrupted write the next opening finishes, the times timestamps attest).
     */
    public record Result(int entries, int originals, int derived, List<String> problems, List<String> notes) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private static final List<String> FOLDERS = List.of("originals", "derived", "timestamps");

    private Verification() {
    }

    /** Checks a case folder; an encrypted one needs its passphrase ({@link PassphraseException} otherwise). */
    public static Result check(Path caseDir, char[] passphrase) throws IOException {
        if (!Files.isDirectory(caseDir) || CaseFolder.state(caseDir) == CaseState.NEW) {
            return new Result(0, 0, 0, List.of(caseDir + " is not a case folder (it has no custody.log)"), List.of());
        }
        if (!CaseFolder.hasSettings(caseDir) && CaseFolder.state(caseDir) == CaseState.ENCRYPTED) {
            return new Result(0, 0, 0, List.of(CaseFolder.SETTINGS + " is missing: the encrypted case's key settings"
                    + " are gone, so nothing in it can be opened or checked"), List.of());
        }
        return check(CaseFolder.open(caseDir, passphrase));
    }

    public static Result check(CaseFiles files) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        CustodyLog.Reading reading = CustodyLog.read(files);
        if (reading.problem() != null) {
            problems.add(reading.problem());
        }
        if (reading.headBehind()) {
            notes.add("the last custody entry was written but the head not yet updated (an interrupted write);"
                    + " the next change to the case completes it");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        Map<String, CustodyEntry> byHash = new LinkedHashMap<>();
        int originals = 0;
        for (CustodyEntry e : reading.entries()) {
            byHash.put(e.hash(), e);
            if (e.action().equals("preserve")) {
                String sha = e.outputs().get(0);
                if (known.add(sha)) {
                    originals++;
                }
                expected.put("originals/" + sha, sha);
                continue;
            }
            for (String in : e.inputs()) {
                if (!known.contains(in) && !byHash.containsKey(in)) {
                    problems.add("custody entry " + e.seq() + " (" + e.action() + " " + e.details().get("file")
                            + ") was made"
                            + " from " + in + ", which the case never held");
                }
            }
            if (e.details().containsKey("file") && e.outputs().size() == 1) {
                expected.put(e.details().get("file"), e.outputs().get(0));
                known.add(e.outputs().get(0));
            }
        }
        int derived = 0;
        for (Map.Entry<String, String> f : expected.entrySet()) {
            String problem = checkFile(files, f.getKey(), f.getValue(), notes);
            if (problem != null) {
                problems.add(problem);
            }
            if (f.getKey().startsWith("derived/")) {
                derived++;
            }
        }
        for (String folder : FOLDERS) {
            for (String name : files.list(folder)) {
                String path = folder + "/" + name;
                if (!name.startsWith(CaseFolder.PENDING) && !expected.containsKey(path)) {
                    problems.add(path + ": not in the custody log (added after the fact)");
                }
            }
        }
        for (CustodyEntry e : reading.entries()) {
            if (e.action().equals(Timestamps.ACTION) && expected.containsKey(e.details().get("file"))) {
                String file = e.details().get("file");
                CustodyEntry stamped = byHash.get(e.inputs().get(0));
                try {
                    notes.add(Timestamps.check(files.read(file), stamped == null ? "" : stamped.hash(), file,
                            stamped == null ? 0 : stamped.seq()));
                } catch (Timestamps.Invalid ex) {
                    problems.add(ex.getMessage());
                } catch (IOException ex) {
                    // already named by the file check above
                }
            }
        }
        return new Result(reading.entries().size(), originals, derived, problems, notes);
    }

    /** Null when the file (or, after an interrupted write, its staged copy) has the logged hash; else the problem. */
    private static String checkFile(CaseFiles files, String path, String sha, List<String> notes) throws IOException {
        String found = hash(files, path);
        if (sha.equals(found)) {
            return null;
        }
        String staged = CaseFolder.pending(path);
        if (files.exists(staged) && sha.equals(hash(files, staged))) {
            notes.add(path + ": logged but not yet moved into place (an interrupted write); the next change to the"
                    + " case completes it");
            return null;
        }
        if (found == null) {
            return path + ": missing (logged in the custody log)";
        }
        if (found.startsWith("!")) {
            return found.substring(1);
        }
        return path + ": content altered (its SHA-256 no longer matches the custody log)";
    }

    /** The SHA-256 of a file's plaintext, null when it is absent, or "!" and the reason it cannot be read. */
    private static String hash(CaseFiles files, String path) throws IOException {
        if (!files.exists(path)) {
            return null;
        }
        try (InputStream in = files.open(path)) {
            return Hashes.sha256(in);
        } catch (Sealed.BrokenSeal e) {
            return "!" + e.getMessage();
        }
    }
}
