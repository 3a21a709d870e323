package org.malcomms.analysis;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Party;
import org.malcomms.model.Timeline;

/** Reads every message of a timeline, then the conversation as a whole, from the complainant's side. */
public final class ConversationAnalyzer {
    static final Duration OCCASION_GAP = Duration.ofHours(1);
    private final MessageClassifier classifier;
    private final CueDetector cueDetector = new CueDetector();

    public ConversationAnalyzer(MessageClassifier classifier) {
        this.classifier = classifier;
    }

    public MessageSignals signals(Message m) {
        if (m.kind() == MessageKind.SYSTEM || m.text().isBlank()) {
            return new MessageSignals(m, classifier.classify(""), Set.of(), 0);
        }
        Classification c = classifier.classify(m.text());
        Set<Cue> cues = cueDetector.detect(m.text());
        return new MessageSignals(m, c, cues, severity(c, cues));
    }

    static int severity(Classification c, Set<Cue> cues) {
        if (c.has(Label.THREAT)) {
            return 4;
        }
        if (c.has(Label.HATE) || c.has(Label.SEXUAL) || c.has(Label.SELF_HARM) || cues.contains(Cue.EXPOSURE_THREAT)) {
            return 3;
        }
        if (c.has(Label.OFFENSIVE) && c.has(Label.TARGETED) && c.p(Label.OFFENSIVE) >= 0.75) {
            return 2;
        }
        if (c.has(Label.OFFENSIVE) || cues.contains(Cue.THIRD_PARTY_CONTACT)) {
            return 1;
        }
        return 0;
    }

    /**
     * The party who received the most messages from others: in a two-person chat, the one who was sent more;
     * in a group, the one most often named or answered. Used when no complainant is given.
     */
    public static String likelyComplainant(Timeline timeline) {
        List<Party> parties = timeline.parties();
        if (parties.isEmpty()) {
            return "";
        }
        int total = parties.stream().mapToInt(Party::messagesSent).sum();
        return parties.stream().max(Comparator.comparingInt(p -> total - p.messagesSent()))
                .map(Party::name).orElse("");
    }

    public ConversationFindings analyse(Timeline timeline, String complainant, boolean chosen) {
        List<MessageSignals> signals = new ArrayList<>();
        for (Message m : timeline.messages()) {
            signals.add(signals(m));
        }
        List<MessageSignals> offending = new ArrayList<>();
        List<MessageSignals> complainantAbuse = new ArrayList<>();
        List<MessageSignals> stopRequests = new ArrayList<>();
        List<MessageSignals> afterStop = new ArrayList<>();
        List<MessageSignals> thirdParty = new ArrayList<>();
        List<MessageSignals> exposure = new ArrayList<>();
        List<MessageSignals> lateNight = new ArrayList<>();
        List<MessageSignals> fromOthers = new ArrayList<>();
        Map<String, Integer> offenceCount = new HashMap<>();
        Channel channel = Channel.DIRECT;
        for (MessageSignals s : signals) {
            Message m = s.message();
            if (m.kind() == MessageKind.SYSTEM || m.sender().isEmpty()) {
                continue;
            }
            boolean fromComplainant = m.sender().equals(complainant);
            if (fromComplainant) {
                if (s.has(Cue.STOP_REQUEST)) {
                    stopRequests.add(s);
                }
                if (s.severity() >= 2) {
                    complainantAbuse.add(s);
                }
                continue;
            }
            fromOthers.add(s);
            if (!stopRequests.isEmpty()) {
                afterStop.add(s);
            }
            if (s.has(Cue.THIRD_PARTY_CONTACT)) {
                thirdParty.add(s);
            }
            if (s.has(Cue.EXPOSURE_THREAT)) {
                exposure.add(s);
            }
            if (s.offending()) {
                offending.add(s);
                offenceCount.merge(m.sender(), 1, Integer::sum);
                if (m.channel().ordinal() > channel.ordinal()) {
                    channel = m.channel();
                }
                LocalTime t = m.sentAt().toLocalTime();
                if (t.getHour() >= 23 || t.getHour() < 6) {
                    lateNight.add(s);
                }
            }
        }
        List<String> accused = offenceCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<List<MessageSignals>> occasions = occasions(offending);
        return new ConversationFindings(complainant, chosen, accused, signals, offending, occasions, lateNight,
                stopRequests, afterStop, thirdParty, exposure, complainantAbuse, escalating(occasions),
                maxBurst(fromOthers), channel);
    }

    static List<List<MessageSignals>> occasions(List<MessageSignals> offending) {
        List<List<MessageSignals>> occasions = new ArrayList<>();
        List<MessageSignals> current = null;
        MessageSignals previous = null;
        for (MessageSignals s : offending) {
            if (previous == null || Duration.between(previous.message().sentAt(), s.message().sentAt())
                    .compareTo(OCCASION_GAP) >= 0) {
                current = new ArrayList<>();
                occasions.add(current);
            }
            current.add(s);
            previous = s;
        }
        return occasions;
    }

    /** Severity rose: the worst message of the later occasions is worse than the worst of the first one. */
    static boolean escalating(List<List<MessageSignals>> occasions) {
        if (occasions.size() < 2) {
            return false;
        }
        int first = occasions.get(0).stream().mapToInt(MessageSignals::severity).max().orElse(0);
        int later = occasions.subList(1, occasions.size()).stream().flatMap(List::stream)
                .mapToInt(MessageSignals::severity).max().orElse(0);
        return later > first;
    }

    static int maxBurst(List<MessageSignals> messages) {
        int best = 0;
        int start = 0;
        for (int end = 0; end < messages.size(); end++) {
            while (Duration.between(messages.get(start).message().sentAt(), messages.get(end).message().sentAt())
                    .compareTo(Duration.ofHours(1)) > 0) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
