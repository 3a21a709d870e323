package org.malcomms.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.ProtectedCharacteristic;
import org.malcomms.model.Assessment;
import org.malcomms.model.Channel;
import org.malcomms.model.CourseOfConduct;
import org.malcomms.model.ElementFinding;
import org.malcomms.model.Factor;
import org.malcomms.model.Finding;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Recommendation;
import org.malcomms.model.Strength;
import org.malcomms.model.Summary;
import org.malcomms.model.Timeline;

/** Turns conversation findings into the legal assessment: every offence, element by element, under the law of the day. */
public final class LegalAssessor {
    private final KnowledgeBase knowledgeBase;

    public LegalAssessor(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public Assessment assess(Timeline timeline, ConversationFindings findings, Perspective perspective) {
        List<OffenceFinding> offences = new ArrayList<>();
        for (Offence offence : knowledgeBase.offences()) {
            offences.add(assess(offence, findings));
        }
        offences.sort((a, b) -> b.strength().compareTo(a.strength()));
        List<Factor> aggravating = aggravating(findings);
        List<Factor> defence = defencePoints(findings, offences);
        boolean danger = findings.offending().stream().anyMatch(s -> s.has(Label.THREAT));
        List<String> why = new ArrayList<>();
        Recommendation recommendation = recommend(findings, offences, aggravating, defence, why);
        return new Assessment(perspective, findings.complainant(), findings.complainantChosen(), summary(timeline),
                offences, courseOfConduct(findings), aggravating, defence, recommendation, why, danger,
                NextSteps.build(findings, offences, recommendation, danger, perspective));
    }

    static Summary summary(Timeline t) {
        List<Message> m = t.messages();
        return new Summary(m.size(), t.skipped(), t.parties(), m.stream().map(Message::sentAt)
                .min(java.util.Comparator.naturalOrder()).orElse(null), m.stream().map(Message::sentAt)
                .max(java.util.Comparator.naturalOrder()).orElse(null));
    }

    private static LocalDate day(MessageSignals s) {
        return s.message().sentAt().toLocalDate();
    }

    OffenceFinding assess(Offence offence, ConversationFindings findings) {
        Predicate<MessageSignals> inForce = s -> offence.inForce().covers(day(s));
        List<ElementFinding> elements = new ArrayList<>();
        Set<String> toConfirm = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        Strength strength = Strength.STRONG;
        boolean anyInForce = findings.offending().stream().anyMatch(inForce);
        for (ElementRule rule : offence.elements()) {
            EvidenceTests.Result best = null;
            for (TestRef ref : rule.tests()) {
                var test = EvidenceTests.TESTS.get(ref.test());
                if (test == null) {
                    throw new IllegalStateException(offence.id() + ": unknown test " + ref.test());
                }
                EvidenceTests.Result r = test.apply(new EvidenceTests.Window(findings,
                        inForce.and(s -> ref.covers(day(s)))));
                if (best == null || r.finding().ordinal() < best.finding().ordinal()) {
                    best = r;
                }
                if (ref.source() != null && ref.source().check()) {
                    toConfirm.add(ref.source().title());
                }
            }
            elements.add(new ElementFinding(rule.id(), rule.text(), best.finding(), best.evidence(), best.reasons()));
            cited.addAll(best.evidence());
            strength = weaker(strength, switch (best.finding()) {
                case SUPPORTED -> Strength.STRONG;
                case ARGUABLE -> Strength.MODERATE;
                case UNSUPPORTED -> rule.core() ? Strength.NONE : Strength.WEAK;
            });
        }
        if (!anyInForce) {
            strength = Strength.NONE;
        }
        LocalDate asAt = findings.signals().stream().filter(s -> cited.contains(s.message().id()))
                .map(LegalAssessor::day).max(LocalDate::compareTo)
                .orElse(findings.signals().stream().map(LegalAssessor::day).max(LocalDate::compareTo)
                        .orElse(LocalDate.now()));
        OffenceVersion version = offence.versionOn(asAt).orElse(offence.versions().get(offence.versions().size() - 1));
        if (version.source() != null && version.source().check()) {
            toConfirm.add(version.source().title());
        }
        if (offence.source().check()) {
            toConfirm.add(offence.source().title());
        }
        List<String> notes = new ArrayList<>(offence.notes());
        if (!anyInForce) {
            notes.add(0, "Not in force when the offending messages were sent (in force from "
                    + offence.inForce().from() + ").");
        }
        return new OffenceFinding(offence.id(), offence.title(), strength, elements, version.modeOfTrial(),
                version.maxPenalty(), offence.citation(), asAt.toString(), offence.source().url(), offence.timeLimit(),
                new ArrayList<>(toConfirm), notes);
    }

    private static Strength weaker(Strength a, Strength b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static CourseOfConduct courseOfConduct(ConversationFindings f) {
        List<String> firsts = EvidenceTests.ids(EvidenceTests.firstOfEach(f.occasions()));
        return new CourseOfConduct(f.occasions().size() >= 2, f.occasions().size(), firsts);
    }

    static List<Factor> aggravating(ConversationFindings f) {
        List<Factor> out = new ArrayList<>();
        List<MessageSignals> off = f.offending();
        if (f.occasions().size() >= 2 || off.size() >= 3) {
            out.add(new Factor("repetition", EvidenceTests.ids(EvidenceTests.firstOfEach(f.occasions())),
                    off.size() + " offending messages on " + f.occasions().size() + " occasion(s)."));
        }
        if (f.escalating()) {
            List<MessageSignals> worst = off.stream().filter(s -> s.severity() == off.stream()
                    .mapToInt(MessageSignals::severity).max().orElse(0)).limit(3).toList();
            out.add(new Factor("escalation", EvidenceTests.ids(worst), "The messages grew more serious over time."));
        }
        addIfAny(out, "late-night", f.lateNight(), "Sent between 23:00 and 06:00.");
        addIfAny(out, "threat", off.stream().filter(s -> s.has(Label.THREAT)).toList(),
                "Threats of violence or harm.");
        addIfAny(out, "sexual", off.stream().filter(s -> s.has(Label.SEXUAL)).toList(), "Sexual content.");
        Map<ProtectedCharacteristic, List<MessageSignals>> byGroup = new EnumMap<>(ProtectedCharacteristic.class);
        for (MessageSignals s : off) {
            for (ProtectedCharacteristic c : s.classification().protectedGroups()) {
                byGroup.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            }
        }
        byGroup.forEach((c, list) -> out.add(new Factor("protected-characteristic:" + c.json(),
                EvidenceTests.ids(list), "Hostility on " + c.json().replace('-', ' ')
                + " (a statutory aggravating factor, Sentencing Act 2020 s.66).")));
        addIfAny(out, "contact-after-request-to-stop", f.afterStop().stream().filter(s -> s.message().kind()
                != MessageKind.SYSTEM).toList(), "Contact continued after the complainant asked for it to stop.");
        addIfAny(out, "third-party-contact", f.thirdParty(),
                "Contact with, or threats to contact, the complainant's employer, staff, family or followers.");
        if (f.channel() != Channel.DIRECT) {
            addIfAny(out, "wide-distribution", off.stream().filter(s -> s.message().channel() != Channel.DIRECT)
                    .toList(), "Sent where others could see it (" + f.channel().json() + ").");
        }
        return out;
    }

    private static void addIfAny(List<Factor> out, String id, List<MessageSignals> list, String reason) {
        if (!list.isEmpty()) {
            List<String> ids = EvidenceTests.ids(list);
            out.add(new Factor(id, ids.size() > 10 ? ids.subList(0, 10) : ids, reason));
        }
    }

    static List<Factor> defencePoints(ConversationFindings f, List<OffenceFinding> offences) {
        List<Factor> out = new ArrayList<>();
        List<MessageSignals> off = f.offending();
        if (!f.complainantAbuse().isEmpty() && !off.isEmpty()) {
            out.add(new Factor("mutual-exchange", EvidenceTests.ids(f.complainantAbuse()),
                    "The complainant also sent abusive messages; a court may see a heated exchange on both sides."));
        }
        if (off.size() == 1) {
            out.add(new Factor("single-message", EvidenceTests.ids(off), "One message only: an isolated outburst."));
        }
        List<MessageSignals> notDirected = off.stream().filter(s -> s.message().channel() == Channel.PUBLIC
                || s.classification().target() == org.malcomms.analysis.Target.GROUP).toList();
        if (!off.isEmpty() && notDirected.size() == off.size()) {
            out.add(new Factor("not-directed", EvidenceTests.ids(notDirected),
                    "The messages were not clearly sent to or aimed at the complainant."));
        }
        if (!off.isEmpty() && off.stream().allMatch(s -> s.severity() <= 1)) {
            out.add(new Factor("merely-rude", EvidenceTests.ids(off),
                    "Crude or rude, but arguably not grossly offensive."));
        }
        if (!off.isEmpty() && EvidenceTests.screenshotOnly(off)) {
            out.add(new Factor("identification-weak", EvidenceTests.ids(off),
                    "Known only from screenshots; no account or number ties the messages to a person."));
        }
        for (OffenceFinding o : offences) {
            for (ElementFinding e : o.elements()) {
                if (e.id().startsWith("purpose") && e.finding() != Finding.SUPPORTED && !off.isEmpty()) {
                    out.add(new Factor("intent-unproven", e.evidence(), "A purpose to cause distress is not shown"
                            + " beyond the words themselves."));
                    break;
                }
            }
            if (out.stream().anyMatch(x -> x.id().equals("intent-unproven"))) {
                break;
            }
        }
        List<MessageSignals> deleted = f.signals().stream().filter(s -> s.message().kind() == MessageKind.DELETED)
                .toList();
        if (!deleted.isEmpty()) {
            out.add(new Factor("context-missing", EvidenceTests.ids(deleted),
                    deleted.size() + " message(s) were deleted; what they said is not in the export."));
        } else if (!off.isEmpty() && !f.signals().isEmpty()
                && f.signals().get(0).message().id().equals(off.get(0).message().id())) {
            out.add(new Factor("context-missing", List.of(off.get(0).message().id()),
                    "The export starts with an offending message; what came before it is not in evidence."));
        }
        return out;
    }

    static Recommendation recommend(ConversationFindings f, List<OffenceFinding> offences, List<Factor> aggravating,
                                    List<Factor> defence, List<String> why) {
        Set<String> agg = new LinkedHashSet<>();
        aggravating.forEach(a -> agg.add(a.id()));
        boolean obsessive = f.maxBurst() >= 10;
        for (String id : List.of("threat", "sexual", "wide-distribution")) {
            if (agg.contains(id)) {
                why.add("Escalate: " + id.replace('-', ' ') + ".");
            }
        }
        agg.stream().filter(a -> a.startsWith("protected-characteristic:")).findFirst()
                .ifPresent(a -> why.add("Escalate: hostility on a protected characteristic."));
        if (!f.exposure().isEmpty()) {
            why.add("Escalate: threats to share images or private information.");
        }
        if (obsessive) {
            why.add("Escalate: " + f.maxBurst() + " messages within one hour suggest obsession.");
        }
        if (!why.isEmpty()) {
            return Recommendation.ESCALATE;
        }
        boolean anyCase = offences.stream().anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0);
        boolean repeated = agg.contains("repetition");
        boolean mutual = defence.stream().anyMatch(d -> d.id().equals("mutual-exchange"));
        boolean rude = defence.stream().anyMatch(d -> d.id().equals("merely-rude"));
        if (anyCase && (repeated || agg.contains("third-party-contact") || agg.contains(
                "contact-after-request-to-stop")) && !(mutual && !repeated)) {
            why.add("Pursue: targeted conduct from an identifiable sender"
                    + (repeated ? ", repeated" : "") + (agg.contains("third-party-contact")
                    ? ", reaching into work or family life" : "") + ".");
            return Recommendation.PURSUE;
        }
        if (mutual) {
            why.add("Rethink: both sides exchanged abuse.");
        }
        if (rude) {
            why.add("Rethink: the content is rude rather than grossly offensive.");
        }
        if (f.offending().size() <= 1) {
            why.add("Rethink: " + (f.offending().isEmpty() ? "no offending message was found."
                    : "a single message is weak evidence of an offence."));
        }
        if (why.isEmpty()) {
            why.add("Rethink: the evidence does not yet reach the threshold for any offence.");
        }
        return Recommendation.RETHINK;
    }
}
