package org.malcomms.analysis;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Party;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.Timeline;

/** Reads every message of a timeline, then the conversation as a whole, from the complainant's side. */
public final class ConversationAnalyzer {
    static final Duration OCCASION_GAP = Duration.ofHours(1);
    /** Messages in a row, with no reply, that make a run of contact unwanted whatever it says. */
    public static final int UNANSWERED_RUN = 10;
    private final MessageClassifier classifier;
    private final CueDetector cueDetector = CueDetector.standard();

    public ConversationAnalyzer(MessageClassifier classifier) {
        this.classifier = classifier;
    }

    public MessageSignals signals(Message m) {
        if (m.kind() == MessageKind.SYSTEM || m.text().isBlank()) {
            boolean blocked = m.kind() == MessageKind.SYSTEM && cueDetector.detect(m.text()).contains(Cue.BLOCKED);
            return new MessageSignals(m, classifier.classify(""), blocked ? Set.of(Cue.BLOCKED) : Set.of(), 0);
        }
        Classification c = classifier.classify(m.text());
        Set<Cue> cues = cueDetector.detect(m.text());
        return new MessageSignals(m, c, cues, severity(c, cues));
    }

    static int severity(Classification c, Set<Cue> cues) {
        if (c.has(Label.THREAT)) {
            return 4;
        }
        if (c.has(Label.HATE) || c.has(Label.SEXUAL) || c.has(Label.SELF_HARM) || cues.contains(Cue.EXPOSURE_THREAT)
                || cues.contains(Cue.EXPOSED)) {
            return 3;
        }
        if (c.has(Label.OFFENSIVE) && c.has(Label.TARGETED) && c.p(Label.OFFENSIVE) >= Classification.ABUSIVE) {
            return 2;
        }
        if (c.has(Label.OFFENSIVE) || cues.contains(Cue.THIRD_PARTY_CONTACT) || cues.contains(Cue.MONITORING)) {
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

    public ConversationFindings analyse(Timeline timeline, String complainant, boolean chosen, CaseFacts facts) {
        Pattern name = namePattern(complainant);
        List<MessageSignals> signals = new ArrayList<>();
        for (Message m : timeline.messages()) {
            MessageSignals s = signals(m);
            if (name != null && s.severity() == 1 && s.classification().p(Label.OFFENSIVE) >= Classification.ABUSIVE
                    && !m.sender().equals(complainant) && name.matcher(m.text()).find()) {
                // abuse that names the complainant is aimed at them, whatever the classifier made of its target
                s = new MessageSignals(m, s.classification(), s.cues(), 2);
            }
            signals.add(s);
        }
        OffsetDateTime stopAt = startOfNextDay(facts.contact().askedToStopOn(), timeline);
        OffsetDateTime blockAt = startOfNextDay(facts.contact().blockedOn(), timeline);
        List<MessageSignals> offending = new ArrayList<>();
        List<MessageSignals> complainantAbuse = new ArrayList<>();
        List<MessageSignals> complainantRude = new ArrayList<>();
        List<MessageSignals> stopRequests = new ArrayList<>();
        List<MessageSignals> afterStop = new ArrayList<>();
        List<MessageSignals> afterBlock = new ArrayList<>();
        List<MessageSignals> thirdParty = new ArrayList<>();
        List<MessageSignals> exposure = new ArrayList<>();
        List<MessageSignals> demands = new ArrayList<>();
        List<MessageSignals> monitoring = new ArrayList<>();
        List<MessageSignals> named = new ArrayList<>();
        List<MessageSignals> remorse = new ArrayList<>();
        List<MessageSignals> fromOthers = new ArrayList<>();
        Set<MessageSignals> unwanted = MessageSignals.setOf(List.of());
        Channel channel = Channel.DIRECT;
        List<MessageSignals> run = new ArrayList<>();
        for (MessageSignals s : signals) {
            Message m = s.message();
            if (m.kind() == MessageKind.SYSTEM || m.sender().isEmpty()) {
                if (s.has(Cue.BLOCKED)) {
                    stopRequests.add(s);
                    blockAt = earlier(blockAt, m.sentAt());
                    stopAt = earlier(stopAt, m.sentAt());
                }
                continue;
            }
            boolean fromComplainant = m.sender().equals(complainant);
            if (fromComplainant) {
                if (s.has(Cue.STOP_REQUEST) || s.has(Cue.BLOCKED)) {
                    stopRequests.add(s);
                    stopAt = earlier(stopAt, m.sentAt());
                }
                if (s.has(Cue.BLOCKED)) {
                    blockAt = earlier(blockAt, m.sentAt());
                }
                if (s.severity() >= 2) {
                    complainantAbuse.add(s);
                }
                if (s.offending()) {
                    complainantRude.add(s);
                }
                unanswered(run, unwanted);
                continue;
            }
            fromOthers.add(s);
            if (!run.isEmpty() && !run.get(0).message().sender().equals(m.sender())) {
                unanswered(run, unwanted);
            }
            run.add(s);
            if (stopAt != null && m.sentAt().isAfter(stopAt)) {
                afterStop.add(s);
                unwanted.add(s);
            }
            if (facts.courtOrders().stream().anyMatch(o -> o.inForceOn(m.sentAt().toLocalDate()))) {
                unwanted.add(s);
            }
            if (blockAt != null && m.sentAt().isAfter(blockAt)) {
                afterBlock.add(s);
                unwanted.add(s);
            }
            addIf(s, Cue.THIRD_PARTY_CONTACT, thirdParty);
            if (s.has(Cue.EXPOSURE_THREAT) || s.has(Cue.EXPOSED)) {
                exposure.add(s);
            }
            addIf(s, Cue.DEMAND, demands);
            addIf(s, Cue.MONITORING, monitoring);
            addIf(s, Cue.REMORSE, remorse);
            if (s.offending()) {
                offending.add(s);
                if (s.message().channel().ordinal() > channel.ordinal()) {
                    channel = s.message().channel();
                }
                if (name != null && name.matcher(m.text()).find()) {
                    named.add(s);
                }
            }
        }
        unanswered(run, unwanted);
        if (facts.audience().channel() != null) {
            channel = facts.audience().channel();
        }
        Set<MessageSignals> offendingSet = MessageSignals.setOf(offending);
        List<MessageSignals> conduct = signals.stream().filter(s -> offendingSet.contains(s) || unwanted.contains(s))
                .toList();
        List<MessageSignals> lateNight = conduct.stream().filter(ConversationAnalyzer::lateNight).toList();
        List<String> accused = accused(conduct);
        List<List<MessageSignals>> occasions = occasions(conduct);
        List<MessageSignals> all = List.copyOf(signals);
        boolean banter = banter(offending, complainantRude, stopRequests, signals, complainant);
        List<MessageSignals> unwantedInOrder = signals.stream().filter(unwanted::contains).toList();
        return new ConversationFindings(complainant, chosen, accused, all, offending, unwantedInOrder, conduct,
                occasions, lateNight, stopRequests, afterStop, afterBlock, thirdParty, exposure, demands, monitoring,
                named, banter ? complainantRude : complainantAbuse, banter,
                remorse, escalating(occasions), maxBurst(fromOthers), channel,
                identification(accused, conduct, fromOthers), facts);
    }

    private static void addIf(MessageSignals s, Cue cue, List<MessageSignals> list) {
        if (s.has(cue)) {
            list.add(s);
        }
    }

    /** Ends a run of one sender's messages: ten or more in a row with no reply are unwanted contact. */
    private static void unanswered(List<MessageSignals> run, Set<MessageSignals> unwanted) {
        if (run.size() >= UNANSWERED_RUN) {
            unwanted.addAll(run);
        }
        run.clear();
    }

    private static boolean lateNight(MessageSignals s) {
        LocalTime t = s.message().sentAt().toLocalTime();
        return t.getHour() >= 23 || t.getHour() < 6;
    }

    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** A day the facts give, as the start of the following day in the timeline's offset (the request may come late). */
    private static OffsetDateTime startOfNextDay(java.time.LocalDate day, Timeline timeline) {
        if (day == null) {
            return null;
        }
        java.time.ZoneOffset offset = timeline.messages().isEmpty() ? java.time.ZoneOffset.UTC
                : timeline.messages().get(0).sentAt().getOffset();
        return day.plusDays(1).atStartOfDay().atOffset(offset);
    }

    /** Matches the complainant's first or last name (three letters or more) as a word. */
    private static Pattern namePattern(String complainant) {
        List<String> parts = new ArrayList<>();
        for (String p : complainant.split("[\\s.]+")) {
            if (p.length() >= 3 && p.chars().allMatch(Character::isLetter)) {
                parts.add(Pattern.quote(p));
            }
        }
        return parts.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", parts) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> accused(List<MessageSignals> conduct) {
        Map<String, Integer> count = new HashMap<>();
        conduct.forEach(s -> count.merge(s.message().sender(), 1, Integer::sum));
        return count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
    }

    /**
     * Banter: both sides trade insults (however mild the complainant's), most of it marked as a joke, the
     * complainant jokes too, and nobody asks for it to stop.
     */
    static boolean banter(List<MessageSignals> offending, List<MessageSignals> complainantRude,
                          List<MessageSignals> stopRequests, List<MessageSignals> signals, String complainant) {
        if (offending.isEmpty() || complainantRude.isEmpty() || !stopRequests.isEmpty()) {
            return false;
        }
        long joking = signals.stream().filter(s -> s.has(Cue.JOKING)).count();
        long complainantJokes = signals.stream().filter(s -> s.has(Cue.JOKING)
                && s.message().sender().equals(complainant)).count();
        long abusive = offending.size() + complainantRude.size();
        boolean threats = offending.stream().anyMatch(s -> s.has(Label.THREAT) || s.has(Label.HATE)
                || s.has(Cue.EXPOSURE_THREAT));
        return !threats && complainantJokes > 0 && joking * 2 >= abusive;
    }

    private static Identification identification(List<String> accused, List<MessageSignals> conduct,
                                                 List<MessageSignals> fromOthers) {
        String main = accused.isEmpty() ? "" : accused.get(0);
        Set<String> sources = new LinkedHashSet<>();
        for (MessageSignals s : fromOthers) {
            if (s.message().sender().equals(main)) {
                sources.add(s.message().source().file());
                s.message().alsoIn().stream().map(SourceLocation::file).forEach(sources::add);
            }
        }
        List<MessageSignals> anonymity = fromOthers.stream().filter(s -> s.has(Cue.ANONYMITY)).toList();
        List<MessageSignals> evasion = fromOthers.stream().filter(s -> s.has(Cue.EVASION)).toList();
        boolean screenshots = !conduct.isEmpty() && conduct.stream()
                .allMatch(s -> s.message().platform().toLowerCase(Locale.ROOT).equals("screenshot"));
        boolean number = accused.stream().anyMatch(Identification::isPhoneNumber)
                && Identification.isPhoneNumber(main);
        return new Identification(accused, number, anonymity, evasion, List.copyOf(sources), screenshots);
    }

    public static List<List<MessageSignals>> occasions(List<MessageSignals> conduct) {
        List<List<MessageSignals>> occasions = new ArrayList<>();
        List<MessageSignals> current = null;
        MessageSignals previous = null;
        for (MessageSignals s : conduct) {
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

    /**
     * Severity rose: the worst message of the later occasions is worse than the worst of the first one. Name-calling
     * is one step whether the insult is mild or strong ("you stupid cow", then "you pathetic bitch" is more of the
     * same, not an escalation); a move to threats, hate, sexual content or exposure is.
     */
    static boolean escalating(List<List<MessageSignals>> occasions) {
        if (occasions.size() < 2) {
            return false;
        }
        int first = occasions.get(0).stream().mapToInt(ConversationAnalyzer::escalationStep).max().orElse(0);
        int later = occasions.subList(1, occasions.size()).stream().flatMap(List::stream)
                .mapToInt(ConversationAnalyzer::escalationStep).max().orElse(0);
        return later > first;
    }

    /** The severity, with an insult aimed at someone counted as targeted abuse however mild its words. */
    private static int escalationStep(MessageSignals s) {
        return s.severity() == 1 && s.has(Label.OFFENSIVE) && s.has(Label.TARGETED)
                && s.classification().target() == Target.INDIVIDUAL ? 2 : s.severity();
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
