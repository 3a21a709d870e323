package org.malcomms.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malcomms.report.Html;

/**
 * A redacted disclosure copy of a case's derived files: chosen phrases (the victim's address, a phone number) are
 * masked wherever they appear, and chosen messages are withheld whole. Each copy is a new derived file
 * ({@code derived/disclosure-<name>}) logged as made from the file it copies, which is itself logged as made from
 * the originals, so every copy links to the originals by hash; the originals and the unredacted files are not
 * touched. The phrases themselves are not written to the custody log (that would defeat the point); only how
 * many there were. A copy in which a phrase could still be found after masking is not made, and is reported.
 */
public final class Disclosure {
    static final String MASK = "[REDACTED]";
    static final String WITHHELD = "[withheld]";
    private static final String MESSAGES = "derived/messages.jsonl";
    private static final List<String> COPIED = List.of(MESSAGES, "derived/assessment.json", "derived/report.html",
            "derived/report.md");
    private static final Set<String> KEPT = Set.of("id", "sha256", "sentAt", "platform", "channel", "kind",
            "zoneSource", "type");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Disclosure() {
    }

    /** The copies made (paths in the case), and the files that could not be masked safely, with the reason. */
    public record Made(List<String> files, Map<String, String> refused) {
    }

    /** Makes the redacted copies of every derived file the case holds of messages, assessment and report. */
    public static Made make(CaseVault vault, List<String> phrases, Set<String> withheldIds) throws IOException {
        Map<String, String> derived = vault.derivedFiles();
        if (!derived.containsKey(MESSAGES)) {
            throw new IOException("the case holds no derived/messages.jsonl yet: import the messages with --case"
                    + " first");
        }
        List<String> masks = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> withheldTexts = new ArrayList<>();
        String messages = new String(vault.read(MESSAGES), StandardCharsets.UTF_8);
        Set<String> unknown = new java.util.TreeSet<>(withheldIds);
        for (String line : messages.split("\n")) {
            if (!line.isBlank()) {
                JsonNode m = JSON.readTree(line);
                if (unknown.remove(m.path("id").asText()) && m.path("text").asText().strip().length() > 0) {
                    withheldTexts.add(m.path("text").asText());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException("no message with id " + String.join(", ", unknown) + " in " + MESSAGES);
        }
        List<String> made = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String path : COPIED) {
            if (!derived.containsKey(path)) {
                continue;
            }
            String text = new String(vault.read(path), StandardCharsets.UTF_8);
            Style style = path.endsWith(".html") ? Style.HTML : path.endsWith(".md") ? Style.MARKDOWN : Style.JSON;
            String copy = path.equals(MESSAGES) ? messages(text, masks, withheldIds, withheldTexts)
                    : style == Style.JSON ? json(text, masks, withheldTexts)
                    : replace(text, masks, withheldTexts, style);
            List<String> all = new ArrayList<>(masks);
            all.addAll(withheldTexts);
            String seen = style.visible(copy);
            if (all.stream().anyMatch(p -> Style.JSON.pattern(p).matcher(seen).find())) {
                refused.put(path, "a masked phrase or withheld message could still be read in it after masking");
                continue;
            }
            String name = "disclosure-" + path.substring("derived/".length());
            vault.derive(name, copy.getBytes(StandardCharsets.UTF_8), List.of(derived.get(path)),
                    "redacted copy of " + path + ": " + masks.size() + " phrase(s) masked, " + withheldIds.size()
                            + " message(s) withheld (the phrases are not recorded)");
            made.add("derived/" + name);
        }
        return new Made(made, refused);
    }

    private static String messages(String jsonl, List<String> masks, Set<String> withheld,
                                   List<String> withheldTexts) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode m = (ObjectNode) JSON.readTree(line);
            boolean changed;
            if (withheld.contains(m.path("id").asText())) {
                m.put("text", WITHHELD);
                for (JsonNode a : m.path("attachments")) {
                    ((ObjectNode) a).put("name", WITHHELD);
                }
                changed = true;
            } else {
                changed = mask(m, masks, withheldTexts);
            }
            if (changed) {
                m.put("redacted", true);
            }
            out.append(JSON.writeValueAsString(m)).append('\n');
        }
        return out.toString();
    }

    private static String json(String text, List<String> masks, List<String> withheld) throws IOException {
        JsonNode root = JSON.readTree(text);
        mask(root, masks, withheld);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Masks every string value (but ids, hashes, times and enumerations) in place; true if anything changed. */
    private static boolean mask(JsonNode node, List<String> masks, List<String> withheld) {
        boolean changed = false;
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isTextual()) {
                    if (!KEPT.contains(f.getKey())) {
                        String masked = replace(f.getValue().asText(), masks, withheld, Style.JSON);
                        if (!masked.equals(f.getValue().asText())) {
                            f.setValue(TextNode.valueOf(masked));
                            changed = true;
                        }
                    }
                } else {
                    changed |= mask(f.getValue(), masks, withheld);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    String masked = replace(a.get(i).asText(), masks, withheld, Style.JSON);
                    changed |= !masked.equals(a.get(i).asText());
                    a.set(i, TextNode.valueOf(masked));
                } else {
                    changed |= mask(a.get(i), masks, withheld);
                }
            }
        }
        return changed;
    }

    private static String replace(String text, List<String> masks, List<String> withheld, Style style) {
        String out = text;
        for (String w : withheld) {
            out = style.pattern(w).matcher(out).replaceAll(Matcher.quoteReplacement(WITHHELD));
        }
        for (String p : masks) {
            out = style.pattern(p).matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return out;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How text is written in a file: plain (JSON values), HTML (escaped, with tags), or Markdown (escaped more). */
    private enum Style {
        JSON, HTML, MARKDOWN;

        /**
         * A pattern for a phrase as this style writes it, case-insensitive, any run of whitespace matching any
         * other, and (in HTML and Markdown) tags or escapes allowed between its characters.
         */
        Pattern pattern(String phrase) {
            StringBuilder re = new StringBuilder();
            String space = this == JSON ? "\\s+" : "(?:\\s|<[^<>]{0,300}>)+";
            String gap = this == JSON ? "" : "(?:<[^<>]{0,300}>)*";
            String[] words = phrase.strip().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    re.append(space);
                }
                for (int i = 0; i < words[w].length(); i++) {
                    if (i > 0) {
                        re.append(gap);
                    }
                    String c = String.valueOf(words[w].charAt(i));
                    String written = this == JSON ? c : Html.escape(c);
                    re.append(this == MARKDOWN ? "\\\\?" : "").append(Pattern.quote(written));
                }
            }
            String p = phrase.strip();
            String before = Character.isLetterOrDigit(p.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
            String after = Character.isLetterOrDigit(p.charAt(p.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
            return Pattern.compile(before + re + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /** What a reader sees of the text, normalised as phrases are compared: tags and escapes removed. */
        String visible(String text) {
            String t = text;
            if (this != JSON) {
                t = t.replaceAll("<[^<>]*>", " ");
                if (this == MARKDOWN) {
                    t = t.replaceAll("\\\\(.)", "$1");
                }
                t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&amp;", "&");
            } else {
                t = t.replace("\\n", " ").replace("\\\"", "\"");
            }
            return norm(t);
        }
    }
}
