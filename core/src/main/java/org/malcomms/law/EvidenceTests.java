package org.malcomms.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.Channel;
import org.malcomms.model.Finding;

/**
 * The evidence tests that rule files name. Each looks at the conversation findings, limited to the messages sent
 * while that way of proving the element was law, and returns a finding with the messages behind it and reasons.
 */
final class EvidenceTests {
    /** A test's answer. */
    record Result(Finding finding, List<String> evidence, List<String> reasons) {
        static Result unsupported(String reason) {
            return new Result(Finding.UNSUPPORTED, List.of(), List.of(reason));
        }
    }

    /** The findings, limited to messages sent on days a rule covers. */
    record Window(ConversationFindings all, Predicate<MessageSignals> inRange) {
        List<MessageSignals> offending() {
            return all.offending().stream().filter(inRange).toList();
        }

        List<MessageSignals> of(List<MessageSignals> list) {
            return list.stream().filter(inRange).toList();
        }

        List<List<MessageSignals>> occasions() {
            List<List<MessageSignals>> kept = new ArrayList<>();
            for (List<MessageSignals> o : all.occasions()) {
                List<MessageSignals> in = o.stream().filter(inRange).toList();
                if (!in.isEmpty()) {
                    kept.add(in);
                }
            }
            return kept;
        }

        List<MessageSignals> threats() {
            return offending().stream().filter(s -> s.has(Label.THREAT)).toList();
        }
    }

    static final Map<String, Function<Window, Result>> TESTS = Map.of(
            "sender-identified", EvidenceTests::senderIdentified,
            "directed-at-person", EvidenceTests::directedAtPerson,
            "grossly-offensive-or-indecent", EvidenceTests::grosslyOffensive,
            "threat", EvidenceTests::threat,
            "threat-of-serious-harm", EvidenceTests::threatOfSeriousHarm,
            "purpose-to-cause-distress", EvidenceTests::purposeToCauseDistress,
            "intent-to-cause-fear", EvidenceTests::intentToCauseFear,
            "course-of-conduct", EvidenceTests::courseOfConduct,
            "amounts-to-harassment", EvidenceTests::amountsToHarassment,
            "knew-or-ought-to-know", EvidenceTests::knewOrOughtToKnow);

    private EvidenceTests() {
    }

    static List<String> ids(List<MessageSignals> signals) {
        Set<String> ids = new LinkedHashSet<>();
        signals.forEach(s -> ids.add(s.message().id()));
        return List.copyOf(ids);
    }

    private static List<String> ids(List<MessageSignals> signals, int limit) {
        List<String> all = ids(signals);
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    static List<MessageSignals> firstOfEach(List<List<MessageSignals>> occasions) {
        return occasions.stream().map(o -> o.get(0)).toList();
    }

    static boolean screenshotOnly(List<MessageSignals> messages) {
        return !messages.isEmpty() && messages.stream().allMatch(s -> s.message().platform().equals("screenshot"));
    }

    private static Result senderIdentified(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending message in the period to attribute to anyone.");
        }
        List<String> senders = w.all().accused();
        String who = senders.isEmpty() ? "the sender" : senders.get(0);
        List<MessageSignals> bySender = offending.stream().filter(s -> s.message().sender().equals(who)).toList();
        if (screenshotOnly(bySender) || who.isBlank()) {
            return new Result(Finding.ARGUABLE, ids(bySender, 3), List.of("The messages are known only from"
                    + " screenshots, which show a display name, not an account; the account must be tied to a person"
                    + " (for example by the platform's records) before identity is proved."));
        }
        boolean number = who.matches("\\+?[0-9 ()-]{7,}");
        String reason = "All " + bySender.size() + " offending message(s) from the sender come from a "
                + bySender.get(0).message().platform() + " export under one " + (number ? "phone number" : "account")
                + " (\"" + who + "\"), in the full thread, which ties them to that "
                + (number ? "number" : "account") + ".";
        return new Result(Finding.SUPPORTED, ids(bySender, 3), List.of(reason, "To prove who holds the "
                + (number ? "number" : "account") + ", police can obtain " + (number ? "subscriber records for "
                + who : "the platform's account records") + "; the complainant's own knowledge of the sender helps."));
    }

    private static Result directedAtPerson(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending message was sent in the period.");
        }
        List<MessageSignals> direct = offending.stream().filter(s -> s.message().channel() != Channel.PUBLIC).toList();
        if (!direct.isEmpty()) {
            boolean group = direct.stream().anyMatch(s -> s.message().channel() == Channel.GROUP);
            return new Result(Finding.SUPPORTED, ids(direct, 5), List.of(group
                    ? "The messages were sent into a private group the complainant is in; posts in a private group"
                    + " still count as sent (Cobban v DPP [2024] EWHC 1908 (Admin))."
                    : "The messages were sent directly to the complainant in a one-to-one chat."));
        }
        return new Result(Finding.ARGUABLE, ids(offending, 5), List.of("The messages were public posts, not sent to"
                + " the complainant; a general post is weaker evidence of a message sent to a person and may fall"
                + " under the Communications Act 2003, s.127, instead."));
    }

    private static boolean gross(MessageSignals s) {
        return s.has(Label.HATE) || s.has(Label.SEXUAL) || s.has(Label.SELF_HARM)
                || (s.severity() >= 2 && s.classification().p(Label.OFFENSIVE) >= 0.75);
    }

    private static Result grosslyOffensive(Window w) {
        List<MessageSignals> offending = w.offending();
        List<MessageSignals> gross = offending.stream().filter(EvidenceTests::gross).toList();
        if (!gross.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            reasons.add(gross.size() + " message(s) use degrading abuse aimed at the complainant"
                    + (gross.stream().anyMatch(s -> s.has(Label.HATE)) ? ", including hostility on a protected"
                    + " characteristic" : "") + (gross.stream().anyMatch(s -> s.has(Label.SEXUAL))
                    ? ", including sexual content" : "") + ", beyond what is merely rude or offensive.");
            reasons.add("\"Grossly offensive\" is judged objectively by the standards of an open and just"
                    + " multiracial society (DPP v Collins [2006] UKHL 40); a court decides it on the whole context.");
            return new Result(Finding.SUPPORTED, ids(gross, 8), reasons);
        }
        if (!offending.isEmpty()) {
            return new Result(Finding.ARGUABLE, ids(offending, 8), List.of("The messages are abusive but may be"
                    + " found merely rude or offensive, which is not enough (R v Casserly [2024] EWCA Crim 25)."));
        }
        return Result.unsupported("No message in the period is indecent or grossly offensive on its face.");
    }

    private static Result threat(Window w) {
        List<MessageSignals> threats = w.threats();
        if (!threats.isEmpty()) {
            return new Result(Finding.SUPPORTED, ids(threats, 8), List.of(threats.size()
                    + " message(s) convey a threat (the threat limb of the Act, in force until 30 January 2024)."));
        }
        List<MessageSignals> exposure = w.of(w.all().exposure());
        if (!exposure.isEmpty()) {
            return new Result(Finding.ARGUABLE, ids(exposure, 8), List.of("The messages threaten to expose or"
                    + " share material about the complainant, which may be a threat."));
        }
        return Result.unsupported("No threat was found in messages sent in the period.");
    }

    private static final java.util.regex.Pattern SERIOUS_HARM = java.util.regex.Pattern.compile(
            "\\b(?:kill|murder|stab|shoot|strangle|rape|burn|slit|batter|break (?:your|ur)|dead|acid|bomb)\\w*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static Result threatOfSeriousHarm(Window w) {
        List<MessageSignals> threats = w.threats();
        if (threats.isEmpty()) {
            return Result.unsupported("No message sent on or after 31 January 2024 threatens death or serious harm.");
        }
        List<MessageSignals> explicit = threats.stream()
                .filter(s -> SERIOUS_HARM.matcher(s.message().text()).find()).toList();
        if (!explicit.isEmpty()) {
            return new Result(Finding.SUPPORTED, ids(explicit, 8), List.of(explicit.size() + " message(s) threaten"
                    + " death or serious violence in terms. Whether the harm threatened is \"serious\" (grievous"
                    + " bodily harm, rape, assault by penetration, serious financial loss) is for the court."));
        }
        return new Result(Finding.ARGUABLE, ids(threats, 8), List.of(threats.size() + " message(s) are veiled"
                + " threats (for example \"watch your back\", \"I know where you live\"): menacing, but the harm is not"
                + " named, so whether they threaten death or serious harm depends on context."));
    }

    private static Result intentToCauseFear(Window w) {
        List<MessageSignals> threats = w.threats();
        if (threats.isEmpty()) {
            return Result.unsupported("There is no threat from which intent or recklessness could be inferred.");
        }
        List<String> reasons = new ArrayList<>();
        boolean direct = threats.stream().anyMatch(s -> s.message().channel() != Channel.PUBLIC);
        if (direct) {
            reasons.add("The threat was sent straight to the complainant, so the sender must have foreseen that"
                    + " they would read it and be afraid.");
        }
        if (threats.size() > 1) {
            reasons.add("The threat was repeated (" + threats.size() + " messages).");
        }
        return new Result(direct ? Finding.SUPPORTED : Finding.ARGUABLE, ids(threats, 8),
                reasons.isEmpty() ? List.of("The threat was public; intent that a particular person would fear it"
                        + " must be inferred.") : reasons);
    }

    private static Result purposeToCauseDistress(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending message from which a purpose could be inferred.");
        }
        List<String> reasons = new ArrayList<>();
        Set<MessageSignals> cited = new LinkedHashSet<>();
        List<List<MessageSignals>> occasions = w.occasions();
        if (occasions.size() >= 2) {
            reasons.add("Repeated: offending messages on " + occasions.size() + " separate occasions.");
            cited.addAll(firstOfEach(occasions));
        }
        List<MessageSignals> late = w.of(w.all().lateNight());
        if (!late.isEmpty()) {
            reasons.add(late.size() + " were sent late at night (23:00 to 06:00), timing that suggests an aim to"
                    + " disturb.");
            cited.addAll(late.subList(0, Math.min(3, late.size())));
        }
        List<MessageSignals> afterStop = w.of(w.all().afterStop()).stream().filter(MessageSignals::offending).toList();
        if (!afterStop.isEmpty()) {
            reasons.add("Messages continued after the complainant asked for contact to stop.");
            cited.addAll(w.all().stopRequests().subList(0, 1));
            cited.addAll(afterStop.subList(0, Math.min(3, afterStop.size())));
        }
        List<MessageSignals> third = w.of(w.all().thirdParty());
        if (!third.isEmpty()) {
            reasons.add("The sender threatened to contact the complainant's employer, staff or family.");
            cited.addAll(third);
        }
        if (w.all().escalating()) {
            reasons.add("The messages escalated in severity over time.");
        }
        if (reasons.size() >= 2) {
            reasons.add("Intent is inferred from these circumstances; the sender may say otherwise at interview.");
            return new Result(Finding.SUPPORTED, ids(new ArrayList<>(cited)), reasons);
        }
        if (reasons.isEmpty()) {
            cited.addAll(offending.subList(0, Math.min(3, offending.size())));
            reasons.add("Nothing beyond the words themselves shows a purpose to cause distress; intent would have to"
                    + " be inferred from the content alone, which is the hardest element to prove.");
        } else {
            reasons.add("Only one circumstance points to a purpose to cause distress; more (repetition, timing,"
                    + " earlier conflict) would strengthen it.");
        }
        return new Result(Finding.ARGUABLE, ids(new ArrayList<>(cited)), reasons);
    }

    private static Result courseOfConduct(Window w) {
        List<List<MessageSignals>> occasions = w.occasions();
        if (occasions.size() >= 2) {
            return new Result(Finding.SUPPORTED, ids(firstOfEach(occasions)), List.of("Offending messages on "
                    + occasions.size() + " separate occasions (at least two are needed, s.7(3)); the first message"
                    + " of each occasion is cited."));
        }
        if (occasions.size() == 1 && occasions.get(0).size() >= 2) {
            return new Result(Finding.ARGUABLE, ids(occasions.get(0), 5), List.of("Several messages, but all within"
                    + " one sitting; a court may treat them as one occasion rather than a course of conduct."));
        }
        return Result.unsupported(occasions.isEmpty() ? "No offending conduct in the period."
                : "A single message is one occasion; harassment needs conduct on at least two occasions.");
    }

    private static Result amountsToHarassment(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending conduct in the period.");
        }
        List<MessageSignals> serious = offending.stream().filter(s -> s.severity() >= 2).toList();
        List<MessageSignals> afterStop = w.of(w.all().afterStop());
        if (serious.size() >= 2 || (!serious.isEmpty() && !afterStop.isEmpty())) {
            List<MessageSignals> cited = new ArrayList<>(serious);
            return new Result(Finding.SUPPORTED, ids(cited, 8), List.of("Targeted abuse"
                    + (afterStop.isEmpty() ? "" : " that went on after a request to stop")
                    + " is conduct that alarms or distresses; it goes beyond the ordinary irritations of life."));
        }
        return new Result(Finding.ARGUABLE, ids(offending, 5), List.of("The conduct is unpleasant but a court may"
                + " find it short of oppressive and unacceptable conduct."));
    }

    private static Result knewOrOughtToKnow(Window w) {
        List<MessageSignals> stops = w.all().stopRequests();
        List<MessageSignals> afterStop = w.of(w.all().afterStop()).stream().filter(MessageSignals::offending).toList();
        if (!stops.isEmpty() && !afterStop.isEmpty()) {
            List<MessageSignals> cited = new ArrayList<>(stops.subList(0, 1));
            cited.addAll(afterStop.subList(0, Math.min(3, afterStop.size())));
            return new Result(Finding.SUPPORTED, ids(cited), List.of("The complainant asked for contact to stop and"
                    + " the messages continued, so the sender knew the conduct was unwanted."));
        }
        List<MessageSignals> offending = w.offending();
        if (offending.size() >= 2) {
            return new Result(Finding.ARGUABLE, ids(offending, 3), List.of("A reasonable person with the same"
                    + " information would think repeated abuse amounted to harassment (s.1(2)), though no request to"
                    + " stop is on record."));
        }
        return Result.unsupported("Not enough conduct to show the sender knew or ought to have known.");
    }
}
