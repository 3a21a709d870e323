package org.malcomms.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append-only, hash-chained custody log of a case ({@code custody.log}, one JSON object per line) and its
 * head ({@code custody.head}: the number and hash of the last entry, so that a removed last entry is noticed).
 * Each append rewrites the log atomically with one more line (earlier lines copied byte for byte), then the head.
 * In an encrypted case the whole log is sealed, so names of files and people in it cannot be read without the
 * passphrase; the head, which holds only a number and a hash, stays readable.
 * A head exactly one entry behind a whole chain is the mark of an append interrupted between the two writes: it
 * is not a failure, and the next append (or {@link CaseVault} opening the case) brings the head up to date.
 */
public final class CustodyLog {
    static final String LOG = "custody.log";
    static final String HEAD = "custody.head";
    /** A log this large is not one (a case logs a few entries per import); reading stops there. */
    private static final int MAX_BYTES = 256 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CaseFolder folder;

    CustodyLog(CaseFolder folder) {
        this.folder = folder;
    }

    CustodyEntry append(String at, String action, String actor, String tool, List<String> inputs,
                        List<String> outputs, Map<String, String> details) throws IOException {
        byte[] existing = folder.exists(LOG) ? folder.read(LOG) : new byte[0];
        List<String> lines = lines(existing);
        long seq = lines.size() + 1;
        String prev = lines.isEmpty() ? CustodyEntry.GENESIS : JSON.readTree(lines.get(lines.size() - 1))
                .path("hash").asText();
        CustodyEntry unsigned = new CustodyEntry(seq, at, action, actor, tool, inputs, outputs, details, prev, "");
        String hash = Hashes.sha256(canonical(unsigned).getBytes(StandardCharsets.UTF_8));
        CustodyEntry entry = new CustodyEntry(seq, at, action, actor, tool, inputs, outputs, details, prev, hash);
        ObjectNode node = node(entry);
        node.put("hash", hash);
        byte[] line = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        folder.write(LOG, out -> {
            out.write(existing);
            out.write(line);
        });
        writeHead(seq, hash);
        return entry;
    }

    void writeHead(long seq, String hash) throws IOException {
        folder.write(HEAD, (seq + " " + hash + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The text an entry's hash is taken over: every field but the hash, in a fixed order, details sorted. */
    static String canonical(CustodyEntry e) throws IOException {
        return JSON.writeValueAsString(node(e));
    }

    private static ObjectNode node(CustodyEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("seq", e.seq());
        n.put("at", e.at());
        n.put("action", e.action());
        n.put("actor", e.actor());
        n.put("tool", e.tool());
        ArrayNode in = n.putArray("inputs");
        e.inputs().forEach(in::add);
        ArrayNode out = n.putArray("outputs");
        e.outputs().forEach(out::add);
        ObjectNode d = n.putObject("details");
        new TreeMap<>(e.details()).forEach(d::put);
        n.put("prev", e.prev());
        return n;
    }

    private static List<String> lines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** Reads every entry of a case's log, checking the chain as it goes; the first problem found ends the read. */
    public static Reading read(CaseFiles files) throws IOException {
        List<CustodyEntry> entries = new ArrayList<>();
        if (!files.exists(LOG)) {
            return new Reading(entries, LOG + " is missing", false);
        }
        List<String> lines;
        try (java.io.InputStream in = files.open(LOG)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return new Reading(entries, LOG + " is larger than " + (MAX_BYTES >> 20) + " MiB; not a custody log",
                        false);
            }
            lines = lines(bytes);
        } catch (Sealed.BrokenSeal e) {
            return new Reading(entries, e.getMessage(), false);
        }
        String prev = CustodyEntry.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            String where = LOG + " line " + (i + 1);
            CustodyEntry e;
            try {
                e = parse(JSON.readTree(lines.get(i)));
            } catch (IOException | RuntimeException ex) {
                return new Reading(entries, where + ": not a readable custody entry", false);
            }
            if (e.seq() != i + 1) {
                return new Reading(entries, where + ": entry number " + e.seq() + " where " + (i + 1)
                        + " was expected (an entry was removed or the entries reordered)", false);
            }
            if (!e.prev().equals(prev)) {
                return new Reading(entries, where + ": does not follow the entry before it (its previous-hash"
                        + " does not match; an entry was removed, inserted or reordered)", false);
            }
            String expected = Hashes.sha256(canonical(e).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(e.hash())) {
                return new Reading(entries, where + ": entry " + e.seq() + " was altered (its hash does not match"
                        + " its content)", false);
            }
            entries.add(e);
            prev = e.hash();
        }
        int n = entries.size();
        if (!files.exists(HEAD)) {
            return n == 1 ? new Reading(entries, null, true) : new Reading(entries, HEAD + " is missing", false);
        }
        String[] h = new String(files.read(HEAD), StandardCharsets.UTF_8).trim().split(" ");
        if (h.length == 2 && h[0].equals(String.valueOf(n)) && h[1].equals(prev)) {
            return new Reading(entries, null, false);
        }
        if (h.length == 2 && n >= 2 && h[0].equals(String.valueOf(n - 1)) && h[1].equals(entries.get(n - 2).hash())) {
            return new Reading(entries, null, true);
        }
        return new Reading(entries, LOG + " ends at entry " + n + " but " + HEAD + " records entry "
                + (h.length > 0 ? h[0] : "?") + " (entries were removed from the end, or the head was altered)", false);
    }

    private static CustodyEntry parse(JsonNode n) {
        List<String> inputs = new ArrayList<>();
        n.path("inputs").forEach(x -> inputs.add(x.asText()));
        List<String> outputs = new ArrayList<>();
        n.path("outputs").forEach(x -> outputs.add(x.asText()));
        Map<String, String> details = new LinkedHashMap<>();
        n.path("details").fields().forEachRemaining(f -> details.put(f.getKey(), f.getValue().asText()));
        if (!n.hasNonNull("seq") || !n.hasNonNull("hash") || !n.hasNonNull("prev")) {
            throw new IllegalArgumentException("missing field");
        }
        return new CustodyEntry(n.get("seq").asLong(), n.path("at").asText(), n.path("action").asText(),
                n.path("actor").asText(), n.path("tool").asText(), inputs, outputs, details, n.get("prev").asText(),
                n.get("hash").asText());
    }

    /**
     * The entries read, the first problem with the chain (null when it is whole), and whether the head is one entry
     * behind because an append was interrupted.
     */
    public record Reading(List<CustodyEntry> entries, String problem, boolean headBehind) {
    }
}
