package org.malcomms.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append-only, hash-chained custody log of a case ({@code custody.log}, one JSON object per line) and its
 * head ({@code custody.head}: the number and hash of the last entry, so that a removed last entry is noticed).
 * Each append rewrites the log atomically with one more line; earlier lines are copied byte for byte.
 */
public final class CustodyLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path log;
    private final Path head;

    public CustodyLog(Path caseDir) {
        this.log = caseDir.resolve("custody.log");
        this.head = caseDir.resolve("custody.head");
    }

    public CustodyEntry append(String at, String action, String actor, String tool, List<String> inputs,
                               List<String> outputs, Map<String, String> details) throws IOException {
        byte[] existing = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
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
        byte[] all = new byte[existing.length + line.length];
        System.arraycopy(existing, 0, all, 0, existing.length);
        System.arraycopy(line, 0, all, existing.length, line.length);
        AtomicFiles.write(log, all);
        AtomicFiles.write(head, (seq + " " + hash + "\n").getBytes(StandardCharsets.UTF_8));
        return entry;
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

    /** Reads every entry, checking the chain as it goes; the first problem found ends the read. */
    public Reading read() throws IOException {
        List<CustodyEntry> entries = new ArrayList<>();
        if (!Files.exists(log)) {
            return new Reading(entries, "custody.log is missing");
        }
        List<String> lines = lines(Files.readAllBytes(log));
        String prev = CustodyEntry.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            String where = "custody.log line " + (i + 1);
            CustodyEntry e;
            try {
                e = parse(JSON.readTree(lines.get(i)));
            } catch (IOException | RuntimeException ex) {
                return new Reading(entries, where + ": not a readable custody entry");
            }
            if (e.seq() != i + 1) {
                return new Reading(entries, where + ": entry number " + e.seq() + " where " + (i + 1)
                        + " was expected (an entry was removed or the entries reordered)");
            }
            if (!e.prev().equals(prev)) {
                return new Reading(entries, where + ": does not follow the entry before it (its previous-hash"
                        + " does not match; an entry was removed, inserted or reordered)");
            }
            String expected = Hashes.sha256(canonical(e).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(e.hash())) {
                return new Reading(entries, where + ": entry " + e.seq() + " was altered (its hash does not match"
                        + " its content)");
            }
            entries.add(e);
            prev = e.hash();
        }
        if (!Files.exists(head)) {
            return new Reading(entries, "custody.head is missing");
        }
        String[] h = Files.readString(head, StandardCharsets.UTF_8).trim().split(" ");
        if (h.length != 2 || !h[0].equals(String.valueOf(entries.size())) || !h[1].equals(prev)) {
            return new Reading(entries, "custody.log ends at entry " + entries.size() + " but custody.head records"
                    + " entry " + h[0] + " (entries were removed from the end, or the head was altered)");
        }
        return new Reading(entries, null);
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

    /** The entries read, and the first problem with the chain, or null when it is whole. */
    public record Reading(List<CustodyEntry> entries, String problem) {
    }
}
