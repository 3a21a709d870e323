package org.malcomms.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.ProtectedCharacteristic;
import org.malcomms.model.Assessment;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Recommendation;
import org.malcomms.model.Strength;

/**
 * "What this means for you": the assessment in plain words for the person it is about, with what to do next and
 * who can help. No legal terms without an explanation, no section numbers.
 */
public record PlainEnglish(List<String> meaning, List<String> nextSteps, List<Support> support) {
    /** A service that can help, how to reach it, and when it is the right one. */
    public record Support(String name, String contact, String when) {
    }

    /** Plain names for the offences the knowledge base knows; others fall back to their title. */
    private static final Map<String, String> PLAIN = Map.of(
            "mca1988-s1", "sending a message meant to cause distress or anxiety",
            "pha1997-s2", "harassment: a pattern of unwanted behaviour that causes alarm or distress",
            "osa2023-s181", "sending a threat to kill or seriously hurt someone");

    public PlainEnglish {
        meaning = List.copyOf(meaning);
        nextSteps = List.copyOf(nextSteps);
        support = List.copyOf(support);
    }

    /** The plain-English summary as on {@code today}, which decides what it says of charging deadlines. */
    public static PlainEnglish of(Assessment a, ConversationFindings f, LocalDate today) {
        return a.perspective() == Perspective.DEFENCE ? defence(a, today) : complainant(a, f, today);
    }

    /**
     * What the charging deadlines of the offences the evidence reaches mean now: the earliest one still to come, or,
     * when all have come, which offences are out of time and which can still be charged only in limited cases.
     */
    private static List<String> timeLimit(List<OffenceFinding> reached, LocalDate today, boolean defence) {
        List<OffenceFinding> limited = reached.stream().filter(o -> o.deadline() != null).toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        var open = limited.stream().filter(o -> !TimeLimits.passed(o.deadline(), today))
                .min(Comparator.comparing(o -> o.deadline().date()));
        if (open.isPresent()) {
            OffenceFinding o = open.get();
            return List.of("Time matters: for " + plainName(o) + ", a charge must be brought by "
                    + TimeLimits.day(o.deadline().date()) + (defence ? "." : ", so report it soon."));
        }
        List<String> said = new ArrayList<>();
        List<OffenceFinding> out = limited.stream().filter(o -> TimeLimits.outOfTime(o.deadline(), today)).toList();
        if (!out.isEmpty()) {
            said.add("The time limit for bringing a charge for "
                    + String.join("; or ", out.stream().map(PlainEnglish::plainName).toList()) + " has passed.");
        }
        List<OffenceFinding> late = limited.stream().filter(o -> !TimeLimits.outOfTime(o.deadline(), today))
                .toList();
        if (!late.isEmpty()) {
            said.add("For " + String.join("; or ", late.stream().map(PlainEnglish::plainName).toList())
                    + ", the usual six months have passed: a charge is still possible only if the police or"
                    + " prosecutors first had enough evidence within the last six months.");
        }
        if (limited.size() < reached.size()) {
            said.add("The more serious offences have no time limit.");
        }
        return said;
    }

    static String plainName(OffenceFinding o) {
        return PLAIN.getOrDefault(o.id(), o.title().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<OffenceFinding> reached(Assessment a) {
        return a.offences().stream().filter(o -> o.strength().compareTo(Strength.MODERATE) >= 0)
                .sorted(Comparator.comparing(OffenceFinding::strength).reversed()).toList();
    }

    private static PlainEnglish complainant(Assessment a, ConversationFindings f, LocalDate today) {
        List<String> meaning = new ArrayList<>();
        if (a.immediateDanger()) {
            meaning.add("Some of the messages threaten violence. If you feel unsafe now, call 999. If you cannot"
                    + " speak, call 999 and press 55 when asked (from a mobile).");
        }
        List<OffenceFinding> reached = reached(a);
        boolean weak = a.offences().stream().anyMatch(o -> o.strength() == Strength.WEAK);
        if (!reached.isEmpty()) {
            meaning.add("What was sent to you looks like a crime in England and Wales: "
                    + String.join("; and ", reached.stream().map(PlainEnglish::plainName).toList()) + ".");
            meaning.addAll(timeLimit(reached, today, false));
        } else if (weak) {
            meaning.add("Some messages may be a crime, but on their own they may not be enough for the police to"
                    + " act. Keep everything: if it happens again, the whole pattern counts.");
        } else {
            meaning.add("As far as this tool can tell, the messages do not reach the level of a crime. That does not"
                    + " make them acceptable, and you can still report them to the app or site they were sent on.");
        }
        meaning.add(switch (a.recommendation()) {
            case ESCALATE -> "This should be reported soon: there are signs the police treat as serious (such as"
                    + " threats, sexual or hateful content, or messages spread to others).";
            case PURSUE -> "It is worth reporting to the police: the messages were aimed at you and the sender can be"
                    + " identified.";
            case RETHINK -> "A police case may be hard to make from these messages alone. Think about what you want"
                    + " to happen: blocking and reporting to the platform may be the quickest way to stop it.";
        });
        if (!f.complainantAbuse().isEmpty()) {
            meaning.add("Some of your own replies were rude or abusive too. That does not stop you reporting, but the"
                    + " police will see them, so say so yourself when you report.");
        }
        meaning.add("None of this is your fault. The report is not legal advice: the police and the courts decide"
                + " whether a crime was committed.");
        List<Support> support = new ArrayList<>();
        support.add(new Support("Victim Support", "08 08 16 89 111 (free, 24 hours), victimsupport.org.uk",
                "free, confidential support whether or not you report to the police"));
        if (f.signals().stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            support.add(new Support("Samaritans", "116 123 (free, 24 hours)",
                    "if the messages tell you to hurt yourself, or you are struggling to cope"));
        }
        if (!f.exposure().isEmpty() || f.offending().stream().anyMatch(s -> s.has(Label.SEXUAL))) {
            support.add(new Support("Revenge Porn Helpline", "0345 6000 459, revengepornhelpline.org.uk",
                    "if someone threatens to share, or has shared, intimate images of you"));
        }
        if (f.offending().stream().anyMatch(s -> !s.classification().protectedGroups().isEmpty())) {
            support.add(new Support("True Vision", "report-it.org.uk",
                    "to report hate crime online, including anonymously"));
        }
        if (f.offending().stream().map(MessageSignals::classification).anyMatch(c -> c.protectedGroups()
                .contains(ProtectedCharacteristic.SEXUAL_ORIENTATION) || c.protectedGroups()
                .contains(ProtectedCharacteristic.TRANSGENDER))) {
            support.add(new Support("Galop", "0800 999 5428, galop.org.uk",
                    "support for LGBT+ people facing abuse or hate"));
        }
        support.add(new Support("National Domestic Abuse Helpline", "0808 2000 247 (free, 24 hours)",
                "if the sender is a partner, an ex-partner or a family member"));
        return new PlainEnglish(meaning, a.nextSteps(), support);
    }

    private static PlainEnglish defence(Assessment a, LocalDate today) {
        List<String> meaning = new ArrayList<>();
        List<OffenceFinding> reached = reached(a);
        if (!reached.isEmpty()) {
            meaning.add("The messages could lead to a criminal charge for "
                    + String.join("; or ", reached.stream().map(PlainEnglish::plainName).toList()) + ".");
            meaning.addAll(timeLimit(reached, today, true));
        } else {
            meaning.add("As far as this tool can tell, the messages are unlikely to be enough for a criminal charge"
                    + " on their own.");
        }
        if (a.recommendation() == Recommendation.ESCALATE) {
            meaning.add("Some messages contain things the police treat as serious (such as threats, sexual or hateful"
                    + " content). Take this seriously and get advice now.");
        }
        if (!a.defencePoints().isEmpty()) {
            meaning.add("There are points in your favour (listed in the report under \"Points for the defence\");"
                    + " a solicitor can tell you how much they help.");
        }
        meaning.add("The report is not legal advice. Only a court decides whether a crime was committed.");
        List<Support> support = List.of(
                new Support("Duty solicitor", "ask for one at the police station; it is free",
                        "before any police interview, even a voluntary one"),
                new Support("Samaritans", "116 123 (free, 24 hours)", "if you are struggling to cope"));
        return new PlainEnglish(meaning, a.nextSteps(), support);
    }
}
