package org.malcomms.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Cue;
import org.malcomms.analysis.CueDetector;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.ProtectedCharacteristic;
import org.malcomms.analysis.Target;
import org.malcomms.model.Assessment;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;
import org.malcomms.model.CourseOfConduct;
import org.malcomms.model.Deadline;
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
    private static final CueDetector CUES = CueDetector.standard();
    private final KnowledgeBase knowledgeBase;
    private final Guidance guidance;

    private final java.time.Clock clock;

    /** {@code clock} gives today's date, against which time limits are compared. */
    public LegalAssessor(KnowledgeBase knowledgeBase, java.time.Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.guidance = knowledgeBase.guidance();
        this.clock = clock;
    }

    /** An offence as assessed, with the case facts that would change one of its findings if supplied. */
    private record Assessed(OffenceFinding finding, List<String> factsNeeded) {
    }

    public Assessment assess(Timeline timeline, ConversationFindings findings, Perspective perspective) {
        List<Assessed> assessed = new ArrayList<>();
        for (Offence offence : knowledgeBase.offences()) {
            assessed.add(assess(offence, findings, perspective));
        }
        assessed.sort(Comparator.comparing((Assessed a) -> a.finding().strength()).reversed());
        List<OffenceFinding> offences = assessed.stream().map(Assessed::finding).toList();
        Set<String> factsNeeded = new LinkedHashSet<>();
        if (!findings.conduct().isEmpty() && !findings.banter()) {
            assessed.stream().filter(a -> a.finding().strength() != Strength.NONE || factsCouldLift(a.finding()))
                    .forEach(a -> factsNeeded.addAll(a.factsNeeded()));
            if (findings.facts().victim().vulnerable() == null) {
                factsNeeded.add("victim.vulnerable: whether you are vulnerable (age, disability, mental health,"
                        + " circumstances); it raises the seriousness, the sentence and the urgency");
            }
        }
        List<Factor> aggravating = aggravating(findings);
        List<Factor> defence = defencePoints(findings, offences);
        boolean danger = immediateDanger(findings);
        List<String> why = new ArrayList<>();
        Recommendation recommendation = recommend(findings, offences, aggravating, defence, why);
        return new Assessment(perspective, findings.complainant(), findings.complainantChosen(), summary(timeline),
                offences, courseOfConduct(findings), aggravating, defence, recommendation, why, danger,
                new NextSteps(guidance.steps(), clock).build(findings, offences, recommendation, danger, perspective),
                guidance.scope().note(), Patterns.of(findings), publicInterest(findings, offences, danger),
                Outlook.of(guidance.sentencing(), findings, offences, aggravating), factsUsed(findings.facts()),
                List.copyOf(factsNeeded));
    }

    /** Every unsupported core element is one only the case facts can prove, and some other element has evidence. */
    private boolean factsCouldLift(OffenceFinding o) {
        Offence offence = knowledgeBase.offences().stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow();
        boolean anyEvidence = o.elements().stream().anyMatch(e -> e.finding() != Finding.UNSUPPORTED
                && !e.id().equals("sender-identified"));
        return anyEvidence && o.elements().stream().filter(e -> e.finding() == Finding.UNSUPPORTED)
                .filter(e -> offence.elements().stream().anyMatch(r -> r.id().equals(e.id()) && r.core()))
                .allMatch(e -> e.strengthen().stream().anyMatch(s -> s.startsWith("Case facts (")));
    }

    static Summary summary(Timeline t) {
        List<Message> m = t.messages();
        return new Summary(m.size(), t.skipped(), t.parties(), m.stream().map(Message::sentAt)
                .min(Comparator.naturalOrder()).orElse(null), m.stream().map(Message::sentAt)
                .max(Comparator.naturalOrder()).orElse(null), t.conversations());
    }

    private static LocalDate day(MessageSignals s) {
        return s.message().sentAt().toLocalDate();
    }

    /**
     * A credible threat of violence: one that names death or serious harm, or a threat joined to watching the person
     * on the same occasion ("I know where you live" then "watch your back"). Watching alone ("I know where you go
     * every Sunday") is stalking, which escalates the case, but it is not itself a threat of violence.
     */
    static boolean immediateDanger(ConversationFindings f) {
        if (f.banter()) {
            return false;
        }
        if (f.offending().stream().anyMatch(EvidenceTests::seriousThreat)) {
            return true;
        }
        return f.occasions().stream().anyMatch(o -> o.stream().anyMatch(s -> s.has(Cue.MONITORING))
                && o.stream().anyMatch(LegalAssessor::threatBeyondWatching));
    }

    /** A threat whose threatening words are more than the words that show the sender watching. */
    private static boolean threatBeyondWatching(MessageSignals s) {
        String text = s.message().text();
        return s.has(Label.THREAT) && s.classification().spans().stream()
                .filter(sp -> sp.label().equals(Label.THREAT.json()))
                .anyMatch(sp -> !CUES.covers(Cue.MONITORING, text, sp.start(), sp.end()));
    }

    private Assessed assess(Offence offence, ConversationFindings findings, Perspective perspective) {
        Predicate<MessageSignals> inForce = s -> offence.inForce().covers(day(s));
        List<ElementFinding> elements = new ArrayList<>();
        Set<String> toConfirm = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        Set<String> coreCited = new LinkedHashSet<>();
        Set<String> factsNeeded = new LinkedHashSet<>();
        Strength strength = Strength.STRONG;
        boolean anyInForce = findings.conduct().stream().anyMatch(inForce);
        for (ElementRule rule : offence.elements()) {
            EvidenceTests.Result best = null;
            Set<String> elementFacts = new LinkedHashSet<>();
            List<String> factHints = new ArrayList<>();
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
                elementFacts.addAll(r.facts());
                r.strengthen().stream().filter(h -> h.startsWith("Case facts (")).forEach(factHints::add);
                if (ref.source() != null && ref.source().check()) {
                    toConfirm.add(ref.source().title());
                }
            }
            List<String> strengthen = new ArrayList<>(best.strengthen());
            rule.gather().stream().filter(g -> !strengthen.contains(g)).forEach(strengthen::add);
            if (best.finding() != Finding.SUPPORTED) {
                factsNeeded.addAll(elementFacts);
                factHints.stream().filter(h -> !strengthen.contains(h)).forEach(strengthen::add);
            }
            elements.add(new ElementFinding(rule.id(), rule.text(), best.finding(), best.evidence(), best.reasons(),
                    strengthen, best.challenges()));
            cited.addAll(best.evidence());
            if (rule.core() && best.finding() != Finding.UNSUPPORTED) {
                coreCited.addAll(best.evidence());
            }
            strength = weaker(strength, switch (best.finding()) {
                case SUPPORTED -> Strength.STRONG;
                case ARGUABLE -> Strength.MODERATE;
                case UNSUPPORTED -> rule.core() ? Strength.NONE : Strength.WEAK;
            });
        }
        if (!anyInForce) {
            strength = Strength.NONE;
        }
        if (perspective == Perspective.DEFENCE) {
            elements.sort(Comparator.comparing((ElementFinding e) -> e.finding().ordinal()).reversed());
        }
        // the law as at the last message the offence rests on: the core elements' evidence, else anything cited
        Set<String> basis = coreCited.isEmpty() ? cited : coreCited;
        LocalDate asAt = findings.signals().stream().filter(s -> basis.contains(s.message().id()))
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
        if (offence.inForce().source() != null && offence.inForce().source().check()) {
            toConfirm.add(offence.inForce().source().title());
        }
        List<String> notes = new ArrayList<>(offence.notes());
        if (!anyInForce) {
            notes.add(0, "Not in force when the messages were sent (in force from " + offence.inForce().from()
                    + (offence.inForce().until() == null ? "" : " until " + offence.inForce().until()) + ").");
        }
        TimeLimit limit = offence.timeLimit();
        if (limit.source() != null && limit.source().check()) {
            toConfirm.add(limit.source().title());
        }
        Deadline deadline = null;
        if (strength != Strength.NONE && limit.months() != null && "summary".equals(version.modeOfTrial())) {
            deadline = new Deadline(asAt.plusMonths(limit.months()).toString(), limit.longstopYears() == null ? null
                    : asAt.plusYears(limit.longstopYears()).toString(), "Counted from the last message relied on ("
                    + asAt + "). " + limit.text() + " Earlier messages run out sooner.");
        }
        return new Assessed(new OffenceFinding(offence.id(), offence.title(), strength, elements,
                version.modeOfTrial(), version.maxPenalty(), offence.citation(), asAt.toString(),
                offence.source().url(), limit.text(), new ArrayList<>(toConfirm), notes, deadline),
                new ArrayList<>(factsNeeded));
    }

    private static Strength weaker(Strength a, Strength b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static CourseOfConduct courseOfConduct(ConversationFindings f) {
        List<String> firsts = EvidenceTests.allIds(EvidenceTests.firstOfEach(f.occasions()));
        return new CourseOfConduct(f.occasions().size() >= 2 && !f.banter(), f.occasions().size(), firsts);
    }

    private Factor aggravation(String id, List<MessageSignals> messages, String detail) {
        Guidance.FactorRule rule = guidance.factors().aggravating(id);
        List<MessageSignals> inOrder = messages.stream().sorted(Comparator.comparing((MessageSignals s) ->
                s.message().sentAt()).thenComparing(s -> s.message().id())).toList();
        return new Factor(id, EvidenceTests.ids(inOrder, 10), rule.meaning() + (detail.isEmpty() ? "" : " " + detail),
                rule.source().title());
    }

    List<Factor> aggravating(ConversationFindings f) {
        List<Factor> out = new ArrayList<>();
        if (f.banter()) {
            return out;
        }
        List<MessageSignals> off = f.offending();
        if (f.occasions().size() >= 2 || f.conduct().size() >= 3) {
            out.add(aggravation("repetition", EvidenceTests.firstOfEach(f.occasions()), f.conduct().size()
                    + " offending or unwanted messages on " + f.occasions().size() + " occasion(s)."));
        }
        if (f.escalating()) {
            int worst = off.stream().mapToInt(MessageSignals::severity).max().orElse(0);
            out.add(aggravation("escalation", off.stream().filter(s -> s.severity() == worst).limit(3).toList(), ""));
        }
        addIfAny(out, "late-night", f.lateNight(), f.lateNight().size() + " sent between 23:00 and 06:00.");
        Set<MessageSignals> threatSet = MessageSignals.setOf(off.stream().filter(s -> s.has(Label.THREAT)).toList());
        threatSet.addAll(f.exposure());
        f.demands().stream().filter(s -> s.offending() || !f.exposure().isEmpty()).forEach(threatSet::add);
        List<MessageSignals> threats = new ArrayList<>(threatSet);
        addIfAny(out, "threat", threats, "");
        addIfAny(out, "sexual", off.stream().filter(s -> s.has(Label.SEXUAL)).toList(), "");
        Map<ProtectedCharacteristic, List<MessageSignals>> byGroup = new EnumMap<>(ProtectedCharacteristic.class);
        for (MessageSignals s : off) {
            if (s.has(Label.HATE)) {
                for (ProtectedCharacteristic c : s.classification().protectedGroups()) {
                    byGroup.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
                }
            }
        }
        byGroup.forEach((c, list) -> out.add(aggravation("protected-characteristic:" + c.json(), list, "")));
        addIfAny(out, "contact-after-request-to-stop", f.afterStop(), f.afterStop().size() + " message(s) after"
                + " the request or block.");
        addIfAny(out, "third-party-contact", f.thirdParty(), "");
        List<MessageSignals> wide = off.stream().filter(s -> f.channelOf(s) != Channel.DIRECT).toList();
        addIfAny(out, "wide-distribution", wide, wide.isEmpty() ? "" : "Sent where others could see it ("
                + f.channelOf(wide.get(0)).json() + (f.facts().audience().size() == null ? ""
                : ", about " + f.facts().audience().size() + " people") + ").");
        return out;
    }

    private void addIfAny(List<Factor> out, String id, List<MessageSignals> list, String detail) {
        if (!list.isEmpty()) {
            out.add(aggravation(id, list, detail));
        }
    }

    private Factor defencePoint(String id, List<String> evidence, String detail) {
        Guidance.FactorRule rule = guidance.factors().defencePoint(id);
        return new Factor(id, evidence, rule.meaning() + (detail.isEmpty() ? "" : " " + detail) + " Answer: "
                + rule.answer(), rule.source().title());
    }

    List<Factor> defencePoints(ConversationFindings f, List<OffenceFinding> offences) {
        List<Factor> out = new ArrayList<>();
        List<MessageSignals> off = f.offending();
        if (f.mutual()) {
            out.add(defencePoint("mutual-exchange", EvidenceTests.ids(f.complainantAbuse(), 10), f.banter()
                    ? "Here both sides joked in the same terms." : ""));
        }
        if (f.conduct().size() == 1) {
            out.add(defencePoint("single-message", EvidenceTests.ids(f.conduct()), ""));
        }
        Set<MessageSignals> named = MessageSignals.setOf(f.named());
        List<MessageSignals> notDirected = off.stream().filter(s -> f.channelOf(s) != Channel.DIRECT
                && !named.contains(s) && s.classification().target() != Target.INDIVIDUAL
                || s.classification().target() == Target.GROUP).toList();
        if (!off.isEmpty() && notDirected.size() == off.size()) {
            out.add(defencePoint("not-directed", EvidenceTests.ids(notDirected, 10), ""));
        }
        boolean serious = off.stream().anyMatch(s -> EvidenceTests.gross(s) || s.has(Label.THREAT)
                || s.severity() >= 3);
        if (!off.isEmpty() && (!serious || f.banter())) {
            out.add(defencePoint("merely-rude", EvidenceTests.ids(off, 10), ""));
        }
        boolean known = f.facts().sender().identity() != null && !f.facts().sender().identity().isBlank();
        if (!f.conduct().isEmpty() && (f.identification().screenshotOnly() || (f.identification().unnamed()
                && !known))) {
            List<MessageSignals> cited = new ArrayList<>(f.identification().anonymity());
            cited.addAll(f.identification().evasion());
            if (cited.isEmpty()) {
                cited.addAll(f.conduct());
            }
            out.add(defencePoint("identification-weak", EvidenceTests.ids(cited, 10), ""));
        }
        outer:
        for (OffenceFinding o : offences) {
            if (o.strength() == Strength.NONE) {
                continue;
            }
            for (ElementFinding e : o.elements()) {
                if ((e.id().startsWith("purpose") || e.id().startsWith("intent")) && e.finding() != Finding.SUPPORTED
                        && !e.evidence().isEmpty()) {
                    out.add(defencePoint("intent-unproven", e.evidence(), "(" + o.citation() + ")"));
                    break outer;
                }
            }
        }
        List<MessageSignals> deleted = f.signals().stream().filter(s -> s.message().kind() == MessageKind.DELETED)
                .toList();
        if (!deleted.isEmpty()) {
            out.add(defencePoint("context-missing", EvidenceTests.ids(deleted, 10), deleted.size()
                    + " message(s) were deleted."));
        } else if (!f.conduct().isEmpty() && f.signals().stream().filter(s -> s.message().kind()
                != MessageKind.SYSTEM).findFirst().map(s -> s.equals(f.conduct().get(0))).orElse(false)) {
            out.add(defencePoint("context-missing", List.of(f.conduct().get(0).message().id()),
                    "The export starts with an offending message."));
        }
        return out;
    }

    static Recommendation recommend(ConversationFindings f, List<OffenceFinding> offences, List<Factor> aggravating,
                                    List<Factor> defence, List<String> why) {
        Set<String> agg = new LinkedHashSet<>();
        aggravating.forEach(a -> agg.add(a.id()));
        boolean anyCase = offences.stream().anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0);
        boolean conduct = !f.conduct().isEmpty() && !f.banter();
        if (agg.contains("threat")) {
            why.add("Escalate: threats" + (f.exposure().isEmpty() ? "." : ", including threats to share images or"
                    + " private information."));
        }
        if (agg.contains("sexual")) {
            why.add("Escalate: sexual content.");
        }
        agg.stream().filter(a -> a.startsWith("protected-characteristic:")).findFirst()
                .ifPresent(a -> why.add("Escalate: hostility on a protected characteristic."));
        if (conduct && f.offending().stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            why.add("Escalate: the messages urge the complainant to harm or kill themselves.");
        }
        if (conduct && f.maxBurst() >= org.malcomms.analysis.ConversationAnalyzer.UNANSWERED_RUN
                && !f.unwanted().isEmpty()) {
            why.add("Escalate: " + f.maxBurst() + " messages within one hour, unanswered, suggest obsession.");
        }
        if (conduct && Boolean.TRUE.equals(f.facts().victim().vulnerable())) {
            why.add("Escalate: the complainant is vulnerable.");
        }
        if (conduct && !f.monitoring().isEmpty() && offences.stream().anyMatch(o -> o.id().startsWith("pha1997-s2a")
                && o.strength().compareTo(Strength.MODERATE) >= 0)) {
            why.add("Escalate: the sender watches or tracks the complainant, a mark of stalking.");
        }
        if (offences.stream().anyMatch(o -> o.id().equals("restraining-order-breach")
                && o.strength().compareTo(Strength.MODERATE) >= 0)) {
            why.add("Escalate: the messages breach a court order.");
        }
        if (!why.isEmpty()) {
            return Recommendation.ESCALATE;
        }
        boolean repeated = agg.contains("repetition");
        boolean mutual = defence.stream().anyMatch(d -> d.id().equals("mutual-exchange"));
        boolean rude = defence.stream().anyMatch(d -> d.id().equals("merely-rude"));
        boolean afterStop = agg.contains("contact-after-request-to-stop");
        boolean impact = Boolean.TRUE.equals(f.facts().impact().seriousAlarmOrDistress())
                || Boolean.TRUE.equals(f.facts().impact().fearedViolence());
        if (anyCase && (repeated || agg.contains("third-party-contact") || afterStop || impact)
                && !(mutual && !afterStop)) {
            why.add("Pursue: targeted conduct from an identifiable sender" + (repeated ? ", repeated" : "")
                    + (afterStop ? ", after a request to stop" : "") + (agg.contains("third-party-contact")
                    ? ", reaching into work or family life" : "") + (impact ? ", affecting safety or health" : "")
                    + ".");
            return Recommendation.PURSUE;
        }
        if (f.banter()) {
            why.add("Rethink: this reads as banter between friends, both sides joking.");
        } else if (mutual) {
            why.add("Rethink: both sides exchanged abuse.");
        }
        if (rude && !f.banter()) {
            why.add("Rethink: the content is rude rather than grossly offensive.");
        }
        if (f.conduct().size() <= 1) {
            why.add("Rethink: " + (f.conduct().isEmpty() ? "no offending message was found."
                    : "a single message is weak evidence of an offence."));
        }
        if (defence.stream().anyMatch(d -> d.id().equals("not-directed"))) {
            why.add("Rethink: the messages are not aimed at the complainant.");
        }
        if (why.isEmpty()) {
            why.add("Rethink: the evidence does not yet reach the threshold for any offence.");
        }
        return Recommendation.RETHINK;
    }

    private List<Factor> publicInterest(ConversationFindings f, List<OffenceFinding> offences, boolean danger) {
        List<Factor> out = new ArrayList<>();
        if (f.conduct().isEmpty() || f.banter()) {
            return out;
        }
        List<MessageSignals> threats = f.offending().stream().filter(s -> s.has(Label.THREAT)).toList();
        if (!threats.isEmpty()) {
            out.add(category("credible-threats", threats, danger ? "" : "Whether the threats are credible is for"
                    + " the police and the CPS."));
        }
        boolean targeted = offences.stream().anyMatch(o -> o.id().startsWith("pha1997")
                && o.strength().compareTo(Strength.MODERATE) >= 0);
        if (targeted) {
            out.add(category("targeting-individuals", EvidenceTests.firstOfEach(f.occasions()), ""));
        }
        if (offences.stream().anyMatch(o -> o.id().equals("restraining-order-breach")
                && o.strength().compareTo(Strength.MODERATE) >= 0)) {
            out.add(category("breach-of-court-order", f.conduct(), ""));
        }
        if (out.isEmpty()) {
            List<String> against = new ArrayList<>();
            if (!f.remorse().isEmpty()) {
                against.add("the sender apologised");
            }
            if (f.conduct().size() == 1) {
                against.add("a single message");
            }
            Set<MessageSignals> named = MessageSignals.setOf(f.named());
            if (f.offending().stream().allMatch(s -> s.classification().target() != Target.INDIVIDUAL
                    && !named.contains(s))) {
                against.add("not aimed at the complainant");
            }
            out.add(category("grossly-offensive", f.offending().isEmpty() ? f.conduct() : f.offending(),
                    against.isEmpty() ? "" : "Here, against prosecution: " + String.join(", ", against) + "."));
        }
        return out;
    }

    private Factor category(String id, List<MessageSignals> messages, String detail) {
        Guidance.PublicInterestRule rule = guidance.factors().publicInterest(id);
        return new Factor(id, EvidenceTests.ids(messages, 10), "Category " + rule.category() + ": " + rule.title()
                + ". " + rule.usually() + (detail.isEmpty() ? "" : " " + detail), rule.source().title());
    }

    static List<String> factsUsed(CaseFacts facts) {
        List<String> used = new ArrayList<>();
        if (facts.audience().channel() != null) {
            used.add("Audience: " + facts.audience().channel().json() + (facts.audience().size() == null ? ""
                    : ", about " + facts.audience().size() + " people") + (facts.audience().description() == null
                    ? "" : " (" + facts.audience().description() + ")"));
        }
        if (Boolean.TRUE.equals(facts.victim().vulnerable())) {
            used.add("Vulnerable victim" + (facts.victim().vulnerability() == null ? ""
                    : ": " + facts.victim().vulnerability()));
        }
        if (Boolean.TRUE.equals(facts.victim().epilepsy())) {
            used.add("The complainant has epilepsy");
        }
        if (facts.relationship() != null) {
            used.add("Relationship: " + facts.relationship());
        }
        if (Boolean.TRUE.equals(facts.impact().fearedViolence())) {
            used.add("The complainant feared violence");
        }
        if (Boolean.TRUE.equals(facts.impact().seriousAlarmOrDistress())) {
            used.add("Serious alarm or distress");
        }
        if (facts.impact().dailyLife() != null) {
            used.add("Effect on daily life: " + facts.impact().dailyLife());
        }
        if (facts.sender().identity() != null) {
            used.add("Sender known as " + facts.sender().identity() + (facts.sender().identifiedBy() == null ? ""
                    : " (" + facts.sender().identifiedBy() + ")"));
        }
        if (facts.contact().askedToStopOn() != null) {
            used.add("Asked the sender to stop on " + facts.contact().askedToStopOn());
        }
        if (facts.contact().blockedOn() != null) {
            used.add("Blocked the sender on " + facts.contact().blockedOn());
        }
        facts.courtOrders().forEach(o -> used.add("Court order: " + (o.kind() == null ? "order" : o.kind())
                + (o.madeOn() == null ? " (no date given, so a breach cannot be dated)" : " made " + o.madeOn())
                + (o.expiresOn() == null ? "" : ", until " + o.expiresOn())));
        CaseFacts.Content c = facts.content();
        if (Boolean.TRUE.equals(c.imagesShowGenitals())) {
            used.add("An image sent showed genitals");
        }
        if (Boolean.TRUE.equals(c.intimateImageShared())) {
            used.add("An intimate image was shared");
        }
        if (c.falseInformation() != null) {
            used.add("False information: " + c.falseInformation());
        }
        if (Boolean.TRUE.equals(c.flashingImages())) {
            used.add("Flashing images were sent");
        }
        return used;
    }
}
