package org.malcomms.analysis.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malcomms.ingest.InputException;

/** Reads the vendored training sets (see data/training/README.md) into labelled examples. */
public final class TrainingData {
    public static final String OLID_A = "olid-a";
    public static final String OLID_B = "olid-b";
    public static final String OLID_C = "olid-c";
    public static final String DAVIDSON = "davidson";
    /**
     * The labels of our own messages (see {@link #own}), each a head of its own with classes {@code no} and
     * {@code yes}, in the order of the files' columns.
     */
    public static final List<String> OWN = List.of("abuse", "threat", "sexual", "self-harm", "hate");
    /** The label of the group-threat cases (see {@link #groupThreat}). */
    public static final String GROUP_THREAT = org.malcomms.analysis.GroupThreatModel.HEAD;

    private TrainingData() {
    }

    /** OLID: level A for every tweet, B for offensive ones, C for targeted ones. HTML entities are decoded. */
    public static List<Example> olid(Path tsv) throws IOException, InputException {
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("id\ttweet\tsubtask_a")) {
                throw new InputException(tsv.toString(), 1, "not the OLID training file (expected header id, tweet,"
                        + " subtask_a, subtask_b, subtask_c)");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new InputException(tsv.toString(), n, "expected 5 tab-separated fields");
                }
                Map<String, String> labels = new HashMap<>();
                labels.put(OLID_A, f[2]);
                if (!f[3].equals("NULL")) {
                    labels.put(OLID_B, f[3]);
                }
                if (!f[4].equals("NULL")) {
                    labels.put(OLID_C, f[4]);
                }
                out.add(new Example(decodeEntities(unquote(f[1])), labels));
            }
        }
        return out;
    }

    /** Davidson et al.: class 0 hate speech, 1 offensive, 2 neither. HTML entities in tweets are decoded. */
    public static List<Example> davidson(Path csv) throws IOException, InputException {
        List<Example> out = new ArrayList<>();
        String all = Files.readString(csv, StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(all, csv);
        String[] classes = {"hate", "offensive", "neither"};
        for (int i = 1; i < rows.size(); i++) {
            List<String> f = rows.get(i);
            if (f.size() != 7) {
                throw new InputException(csv.toString(), 0, "record " + (i + 1) + ": expected 7 fields, found "
                        + f.size());
            }
            int cls = Integer.parseInt(f.get(5));
            out.add(new Example(decodeEntities(f.get(6)), Map.of(DAVIDSON, classes[cls])));
        }
        return out;
    }

    /**
     * Messages written for this project (data/training/own): a kind, then 0 or 1 for each of {@link #OWN}, then the
     * text; lines starting with {@code #} are comments.
     */
    public static List<Example> own(Path tsv) throws IOException, InputException {
        List<Example> out = new ArrayList<>();
        for (Row row : rows(tsv)) {
            int n = row.line();
            String[] f = row.fields();
            if (f.length != OWN.size() + 2) {
                throw new InputException(tsv.toString(), n, "expected " + (OWN.size() + 2) + " tab-separated fields"
                        + " (kind, " + String.join(", ", OWN) + ", text), found " + f.length);
            }
            Map<String, String> labels = new HashMap<>();
            for (int k = 0; k < OWN.size(); k++) {
                if (!f[k + 1].equals("0") && !f[k + 1].equals("1")) {
                    throw new InputException(tsv.toString(), n, OWN.get(k) + " must be 0 or 1, found \"" + f[k + 1]
                            + "\"");
                }
                labels.put(OWN.get(k), f[k + 1].equals("1") ? "yes" : "no");
            }
            out.add(new Example(f[OWN.size() + 1], labels));
        }
        return out;
    }

    /**
     * Cases for the {@link org.malcomms.analysis.GroupThreatModel} (data/training/group-threat): a kind, 0 or 1 for
     * threat, then the text; lines starting with {@code #} are comments.
     */
    public static List<Example> groupThreat(Path tsv) throws IOException, InputException {
        List<Example> out = new ArrayList<>();
        for (Row row : rows(tsv)) {
            String[] f = row.fields();
            if (f.length != 3 || !f[1].equals("0") && !f[1].equals("1")) {
                throw new InputException(tsv.toString(), row.line(), "expected a kind, threat (0 or 1) and a text,"
                        + " tab-separated");
            }
            out.add(new Example(f[2], Map.of(GROUP_THREAT, f[1].equals("1") ? "yes" : "no")));
        }
        return out;
    }

    /** A data line of one of our own TSV files: its line number (from 1) and its tab-separated fields. */
    private record Row(int line, String[] fields) {
    }

    /** The data lines of {@code tsv}, skipping blank lines and {@code #} comments. */
    private static List<Row> rows(Path tsv) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(new Row(n, line.split("\t", -1)));
            }
        }
        return out;
    }

    /** OLID quotes some tweets CSV-style inside the TSV: {@code "text with ""quotes"""}. */
    static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String e = s.substring(i + 1, semi);
                String rep = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> e.startsWith("#") && e.substring(1).chars().allMatch(Character::isDigit)
                            && e.length() > 1 ? new String(Character.toChars(Integer.parseInt(e.substring(1)))) : null;
                };
                if (rep != null) {
                    sb.append(rep);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String s, Path file) throws InputException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    line++;
                } else {
                    field.append(c);
                }
                i++;
            }
            if (quoted) {
                throw new InputException(file.toString(), line, "a quoted field is not closed");
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
