package org.malcomms.law;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Cue;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Recommendation;
import org.malcomms.model.Strength;

/**
 * The practical next steps for the person the assessment is for, in the order they should take them, worded by
 * {@code next-steps.yaml}.
 */
final class NextSteps {
    private final Guidance.Steps steps;
    private final Clock clock;

    /** {@code clock} gives today's date, against which time limits are compared. */
    NextSteps(Guidance.Steps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    List<String> build(ConversationFindings f, List<OffenceFinding> offences, Recommendation recommendation,
                       boolean danger, Perspective perspective) {
        List<String> out = new ArrayList<>();
        List<OffenceFinding> limited = offences.stream().filter(o -> o.deadline() != null
                && o.strength().compareTo(Strength.MODERATE) >= 0).sorted(Comparator.comparing(o -> o.deadline()
                .date())).toList();
        String today = LocalDate.now(clock).toString();
        Optional<OffenceFinding> deadline = limited.stream().filter(o -> o.deadline().date().compareTo(today) >= 0)
                .findFirst();
        Optional<OffenceFinding> passed = deadline.isPresent() ? Optional.empty() : limited.stream().reduce((a, b) -> b);
        if (perspective == Perspective.DEFENCE) {
            out.add(steps.defence("solicitor"));
            out.add(steps.defence("no-contact"));
            out.add(steps.defence("keep"));
            out.add(steps.defence("identity"));
            if (!f.facts().courtOrders().isEmpty()) {
                out.add(steps.defence("court-order"));
            }
            deadline.ifPresent(o -> out.add(deadline(steps.defence("deadline"), o)));
            passed.ifPresent(o -> out.add(deadline(steps.defence("deadline-passed"), o)));
            return out;
        }
        if (danger) {
            out.add(steps.complainant("danger"));
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            out.add(steps.complainant("self-harm"));
        }
        boolean intimate = f.exposure().stream().anyMatch(s -> s.has(Cue.INTIMATE_IMAGE))
                || f.conduct().stream().anyMatch(s -> s.has(Cue.INTIMATE_IMAGE) && s.has(Cue.EXPOSURE_THREAT));
        if (intimate) {
            out.add(steps.complainant("intimate-images"));
        }
        out.add(steps.complainant("preserve"));
        out.add(steps.complainant("dont-reply"));
        out.add(steps.complainant("block").replace("{platformSteps}", platformSteps(f)));
        boolean report = recommendation != Recommendation.RETHINK || offences.stream()
                .anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0);
        if (report && recommendation == Recommendation.ESCALATE) {
            out.add(steps.complainant("report-police-urgent"));
        } else if (report) {
            out.add(steps.complainant("report-police"));
        } else {
            out.add(steps.complainant("below-threshold"));
        }
        deadline.ifPresent(o -> out.add(deadline(steps.complainant("deadline"), o)));
        passed.ifPresent(o -> out.add(deadline(steps.complainant("deadline-passed"), o)));
        if (!f.facts().courtOrders().isEmpty()) {
            out.add(steps.complainant("court-order"));
        }
        if (!f.thirdParty().isEmpty()) {
            out.add(steps.complainant("third-party"));
        }
        String main = f.identification().main();
        if (f.identification().hidden()) {
            out.add(steps.complainant("hidden-sender"));
        }
        if (f.identification().phoneNumber()) {
            out.add(steps.complainant("subscriber").replace("{number}", main));
        }
        String relationship = f.facts().relationship() == null ? "" : f.facts().relationship().toLowerCase(Locale.ROOT);
        if (relationship.matches(".*\\b(?:partner|husband|wife|boyfriend|girlfriend|ex|spouse|family|father|mother"
                + "|son|daughter|brother|sister)\\b.*")) {
            out.add(steps.complainant("domestic-abuse"));
        }
        if (offences.stream().anyMatch(o -> o.id().startsWith("pha1997-s2a") || o.id().startsWith("pha1997-s4a"))
                && offences.stream().filter(o -> o.id().startsWith("pha1997-s2a") || o.id().startsWith("pha1997-s4a"))
                .anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0)) {
            out.add(steps.complainant("stalking-helpline"));
        }
        out.add(steps.complainant("victim-support"));
        if (offences.stream().anyMatch(o -> o.id().startsWith("pha1997") && o.strength().compareTo(Strength.MODERATE)
                >= 0)) {
            out.add(steps.complainant("civil"));
        }
        return out;
    }

    private static String deadline(String template, OffenceFinding o) {
        return template.replace("{offence}", o.citation()).replace("{deadline}", o.deadline().date())
                .replace("{longstop}", o.deadline().longstop() == null ? "" : " (6 months from when the prosecutor"
                        + " has enough evidence, and never after " + o.deadline().longstop() + ")");
    }

    /** The block and report instructions for each platform the conduct came from. */
    private String platformSteps(ConversationFindings f) {
        List<String> platforms = new ArrayList<>();
        for (MessageSignals s : f.conduct().isEmpty() ? f.signals() : f.conduct()) {
            String p = s.message().platform();
            if (!platforms.contains(p)) {
                platforms.add(p);
            }
        }
        List<String> text = new ArrayList<>();
        for (String p : platforms) {
            String t = steps.platforms().get(p);
            if (t != null) {
                text.add(t);
            }
        }
        return String.join(" ", text);
    }
}
