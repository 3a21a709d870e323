package org.malcomms.ingest.screenshot;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.malcomms.model.Message;
import org.malcomms.model.SourceLocation;

/**
 * What can only be done once every input has been read: stitching overlapping screenshots of one conversation
 * (a message seen in two shots appears once), flagging near-identical screenshots, and checking OCR'd messages
 * against any export of the same chat (matched ones are folded into the exported message and marked
 * corroborated; the rest are flagged for a person to check).
 */
public final class ScreenshotSets {
    private static final double SAME_TEXT = 0.85;
    private static final int SAME_IMAGE_BITS = 4;

    private ScreenshotSets() {
    }

    /** The messages of each source, with screenshot sources stitched and checked against the exports. */
    public static List<List<Message>> reconcile(List<List<Message>> perSource) {
        if (perSource.stream().noneMatch(ScreenshotSets::isScreenshots)) {
            return perSource;
        }
        List<List<Message>> stitched = stitch(perSource);
        List<Message> exported = new ArrayList<>();
        stitched.stream().filter(l -> !isScreenshots(l)).forEach(exported::addAll);
        return exported.isEmpty() ? stitched : corroborate(stitched);
    }

    private static boolean isScreenshots(List<Message> messages) {
        return !messages.isEmpty() && messages.get(0).platform().equals("screenshot");
    }

    /**
     * Joins each screenshot to the conversation it overlaps most (by messages, so a misread header does not split
     * a conversation), or else to the one with the same header name, or else starts a new one.
     */
    private static List<List<Message>> stitch(List<List<Message>> perSource) {
        List<List<Message>> out = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        Map<String, Long> hashes = new LinkedHashMap<>();
        for (List<Message> source : perSource) {
            if (!isScreenshots(source)) {
                out.add(source);
                continue;
            }
            List<Message> shot = duplicateHints(source, hashes, out);
            int target = -1;
            int best = 0;
            for (int g : groups) {
                int k = Math.max(overlap(out.get(g), shot), overlap(shot, out.get(g)));
                if (k > best) {
                    best = k;
                    target = g;
                }
            }
            for (int i = 0; i < groups.size() && target < 0; i++) {
                if (out.get(groups.get(i)).get(0).conversation().equals(shot.get(0).conversation())) {
                    target = groups.get(i);
                }
            }
            if (target < 0) {
                groups.add(out.size());
                out.add(new ArrayList<>(shot));
            } else {
                append(out.get(target), renamed(shot, out.get(target).get(0).conversation()));
            }
        }
        return out;
    }

    /** A shot joined to a conversation whose header read differently takes that conversation's name. */
    private static List<Message> renamed(List<Message> shot, String conversation) {
        String header = shot.get(0).conversation();
        if (header.equals(conversation)) {
            return shot;
        }
        return shot.stream().map(m -> new Message(m.id(), m.platform(), conversation, m.channel(),
                m.sender().equals(ScreenshotImporter.OWNER) ? m.sender() : conversation, m.sentAt(), m.zoneSource(),
                m.kind(), m.text(), m.attachments(), m.edited(), m.source(), m.alsoIn(), m.metadata())
                .withMetadata(Map.of("headerOnScreen", header))).toList();
    }

    /** Marks a screenshot that looks the same as an earlier one (perceptual hash), and the earlier one too. */
    private static List<Message> duplicateHints(List<Message> shot, Map<String, Long> hashes,
                                                List<List<Message>> earlier) {
        String file = shot.get(0).source().file();
        long hash = Long.parseUnsignedLong(shot.get(0).metadata().get("imagePhash"), 16);
        List<Message> result = shot;
        for (Map.Entry<String, Long> e : hashes.entrySet()) {
            if (PerceptualHash.distance(e.getValue(), hash) <= SAME_IMAGE_BITS) {
                String hint = "screenshots " + e.getKey() + " and " + file + " look the same (perceptual hash)";
                result = result.stream().map(m -> m.withMetadata(Map.of("hint.duplicateImage", hint))).toList();
                for (List<Message> list : earlier) {
                    if (isScreenshots(list)) {
                        list.replaceAll(m -> m.source().file().equals(e.getKey())
                                ? m.withMetadata(Map.of("hint.duplicateImage", hint)) : m);
                    }
                }
            }
        }
        hashes.put(file, hash);
        return result;
    }

    /**
     * Adds a screenshot to its conversation. When its first messages are the last ones already there (scrolling
     * down), the rest are appended; when its last messages are the first ones there (scrolling up, the usual way
     * to capture older messages), the rest go before. Shared messages appear once and gain the later image as
     * another place they were seen; when the overlap shows the new shot had no day separator of its own, its dates
     * are moved to agree. A shot that shares nothing is added at the end (the merge orders by time).
     */
    private static void append(List<Message> group, List<Message> shot) {
        int down = overlap(group, shot);
        int up = down == 0 ? overlap(shot, group) : 0;
        if (up > 0) {
            long shift = 0;
            for (int i = 0; i < up; i++) {
                Message seen = shot.get(shot.size() - up + i);
                group.set(i, group.get(i).withAlsoIn(seen.source()));
                shift = dayShift(seen, group.get(i), shift);
            }
            List<Message> before = new ArrayList<>();
            for (Message m : shot.subList(0, shot.size() - up)) {
                before.add(shifted(m, shift));
            }
            group.addAll(0, before);
            return;
        }
        long shift = 0;
        for (int i = 0; i < down; i++) {
            int at = group.size() - down + i;
            group.set(at, group.get(at).withAlsoIn(shot.get(i).source()));
            shift = dayShift(shot.get(i), group.get(at), shift);
        }
        for (Message m : shot.subList(down, shot.size())) {
            group.add(shifted(m, shift));
        }
    }

    /** The longest k such that the last k messages of {@code first} are the first k of {@code second}. */
    private static int overlap(List<Message> first, List<Message> second) {
        for (int k = Math.min(first.size(), second.size()); k > 0; k--) {
            boolean all = true;
            for (int i = 0; i < k && all; i++) {
                all = same(first.get(first.size() - k + i), second.get(i));
            }
            if (all) {
                return k;
            }
        }
        return 0;
    }

    /** Days to move a shot's undated messages by, learnt from one it shares with a dated shot. */
    private static long dayShift(Message seen, Message kept, long current) {
        if ("image".equals(seen.metadata().get("dateSource"))) {
            return current;
        }
        return ChronoUnit.DAYS.between(seen.sentAt().toLocalDate(), kept.sentAt().toLocalDate());
    }

    private static Message shifted(Message m, long days) {
        if (days == 0 || "image".equals(m.metadata().get("dateSource"))) {
            return m;
        }
        return new Message(m.id(), m.platform(), m.conversation(), m.channel(), m.sender(), m.sentAt().plusDays(days),
                m.zoneSource(), m.kind(), m.text(), m.attachments(), m.edited(), m.source(), m.alsoIn(),
                m.metadata()).withMetadata(Map.of("dateSource", "stitched"));
    }

    /** The same bubble in two shots: on the same side, with (allowing for OCR slips) the same words. */
    private static boolean same(Message a, Message b) {
        return a.sender().equals(ScreenshotImporter.OWNER) == b.sender().equals(ScreenshotImporter.OWNER)
                && similarity(a.text(), b.text()) >= SAME_TEXT;
    }

    private static List<List<Message>> corroborate(List<List<Message>> sources) {
        List<Message> exported = new ArrayList<>();
        sources.stream().filter(l -> !isScreenshots(l)).forEach(exported::addAll);
        List<String> texts = exported.stream().map(m -> normalise(m.text())).toList();
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.computeIfAbsent(texts.get(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Message> folded = new HashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        List<List<Message>> screenshots = new ArrayList<>();
        for (List<Message> list : sources) {
            if (!isScreenshots(list)) {
                continue;
            }
            List<Message> unmatched = new ArrayList<>();
            for (Message m : list) {
                int match = match(m, exported, texts, byText, folded.keySet());
                if (match < 0) {
                    unmatched.add(m.withMetadata(Map.of("corroborated", "false", "checkNeeded",
                            "not found in the imported export(s): check this against the screenshot by hand")));
                    continue;
                }
                Message e = exported.get(match);
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("corroborated", "true");
                meta.put("corroboratedBy", m.source().file() + " bubble " + m.source().line());
                m.metadata().forEach((k, v) -> {
                    if (k.startsWith("image") || k.equals("ocrConfidence") || k.startsWith("hint.")) {
                        meta.put("screenshot." + k, v);
                    }
                });
                Message merged = e.withAlsoIn(m.source()).withMetadata(meta);
                for (SourceLocation also : m.alsoIn()) {
                    merged = merged.withAlsoIn(also);
                }
                folded.put(match, merged);
                names.computeIfAbsent(m.sender(), k -> new HashMap<>()).merge(e.sender(), 1, Integer::sum);
            }
            screenshots.add(unmatched);
        }
        List<List<Message>> out = new ArrayList<>();
        int index = 0;
        for (List<Message> list : sources) {
            if (isScreenshots(list)) {
                continue;
            }
            List<Message> copy = new ArrayList<>(list.size());
            for (Message m : list) {
                copy.add(folded.getOrDefault(index++, m));
            }
            out.add(copy);
        }
        for (List<Message> list : screenshots) {
            List<Message> renamed = list.stream().map(m -> rename(m, names)).toList();
            if (!renamed.isEmpty()) {
                out.add(renamed);
            }
        }
        return out;
    }

    /** A screenshot sender ("Me", or the header's nickname) becomes the name the export uses for them. */
    private static Message rename(Message m, Map<String, Map<String, Integer>> names) {
        Map<String, Integer> seen = names.get(m.sender());
        if (seen == null) {
            return m;
        }
        String name = seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (name.equals(m.sender())) {
            return m;
        }
        return new Message(m.id(), m.platform(), m.conversation(), m.channel(), name, m.sentAt(), m.zoneSource(),
                m.kind(), m.text(), m.attachments(), m.edited(), m.source(), m.alsoIn(),
                m.metadata()).withMetadata(Map.of("senderOnScreen", m.sender()));
    }

    /**
     * The exported message this OCR'd one shows and that no other has claimed: the same words (the nearest in time
     * when several say the same), or failing that nearly the same words, within two days when the time was read
     * from the image.
     */
    private static int match(Message shot, List<Message> exported, List<String> texts,
                             Map<String, List<Integer>> byText, java.util.Set<Integer> taken) {
        String key = normalise(shot.text());
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int i : byText.getOrDefault(key, List.of())) {
            long gap = Math.abs(ChronoUnit.MINUTES.between(exported.get(i).sentAt(), shot.sentAt()));
            if (!taken.contains(i) && gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        if (best >= 0) {
            return best;
        }
        boolean timed = "image".equals(shot.metadata().get("timeSource"));
        double bestScore = SAME_TEXT;
        for (int i = 0; i < exported.size(); i++) {
            String other = texts.get(i);
            if (taken.contains(i) || Math.abs(other.length() - key.length()) > key.length() * (1 - SAME_TEXT) + 1
                    || timed && Math.abs(ChronoUnit.MINUTES.between(exported.get(i).sentAt(), shot.sentAt()))
                    > 2 * 24 * 60) {
                continue;
            }
            double score = similarity(key, other);
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** 1 minus the edit distance over the longer length, on lower-cased letters and digits. */
    static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[y.length()] / Math.max(x.length(), y.length());
    }
}
