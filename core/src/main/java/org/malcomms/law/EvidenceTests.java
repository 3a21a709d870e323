package org.malcomms.law;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.malcomms.analysis.ConversationAnalyzer;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Cue;
import org.malcomms.analysis.Identification;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.analysis.ProtectedCharacteristic;
import org.malcomms.analysis.Target;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;
import org.malcomms.model.Finding;
import org.malcomms.model.MessageKind;

/**
 * The evidence tests that rule files name. Each looks at the conversation findings, limited to the messages sent
 * while that way of proving the element was law, and returns a finding with the messages behind it, the reasons,
 * what would strengthen it, and what the defence can say against it.
 */
final class EvidenceTests {
    /**
     * A test's answer. {@code facts} names case-facts fields that would change the finding if supplied.
     */
    record Result(Finding finding, List<String> evidence, List<String> reasons, List<String> strengthen,
                  List<String> challenges, List<String> facts) {
        static Result of(Finding finding, List<String> evidence, String... reasons) {
            return new Result(finding, evidence, List.of(reasons), List.of(), List.of(), List.of());
        }

        static Result unsupported(String reason) {
            return of(Finding.UNSUPPORTED, List.of(), reason);
        }

        Result strengthen(String... more) {
            return new Result(finding, evidence, reasons, concat(strengthen, more), challenges, facts);
        }

        Result challenge(String... more) {
            return new Result(finding, evidence, reasons, strengthen, concat(challenges, more), facts);
        }

        /** Names a case-facts field (as written in the facts file) that would change this finding. */
        Result needsFact(String field, String why) {
            return new Result(finding, evidence, reasons, concat(strengthen, "Case facts (" + field + "): " + why),
                    challenges, concat(facts, field + ": " + why));
        }

        private static List<String> concat(List<String> a, String... b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(List.of(b));
            return all;
        }
    }

    /** The findings, limited to messages sent on days a rule covers. */
    record Window(ConversationFindings all, Predicate<MessageSignals> inRange) {
        CaseFacts facts() {
            return all.facts();
        }

        List<MessageSignals> offending() {
            return of(all.offending());
        }

        List<MessageSignals> conduct() {
            return of(all.conduct());
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

        List<MessageSignals> labelled(Label label) {
            return offending().stream().filter(s -> s.has(label)).toList();
        }
    }

    static final Map<String, Function<Window, Result>> TESTS = Map.ofEntries(
            Map.entry("sender-identified", EvidenceTests::senderIdentified),
            Map.entry("directed-at-person", EvidenceTests::directedAtPerson),
            Map.entry("grossly-offensive-or-indecent", EvidenceTests::grosslyOffensive),
            Map.entry("menacing", EvidenceTests::menacing),
            Map.entry("threat", EvidenceTests::threat),
            Map.entry("false-information", EvidenceTests::falseInformation),
            Map.entry("threat-of-serious-harm", EvidenceTests::threatOfSeriousHarm),
            Map.entry("intent-to-cause-fear", EvidenceTests::intentToCauseFear),
            Map.entry("purpose-to-cause-distress", EvidenceTests::purposeToCauseDistress),
            Map.entry("purpose-to-annoy", EvidenceTests::purposeToAnnoy),
            Map.entry("public-network", EvidenceTests::publicNetwork),
            Map.entry("aware-of-risk", EvidenceTests::awareOfRisk),
            Map.entry("persistent-use", EvidenceTests::persistentUse),
            Map.entry("no-reasonable-excuse", EvidenceTests::noReasonableExcuse),
            Map.entry("flashing-images", EvidenceTests::flashingImages),
            Map.entry("epilepsy-target", EvidenceTests::epilepsyTarget),
            Map.entry("encourages-self-harm", EvidenceTests::encouragesSelfHarm),
            Map.entry("self-harm-intent", EvidenceTests::selfHarmIntent),
            Map.entry("genital-image", EvidenceTests::genitalImage),
            Map.entry("cyberflash-intent", EvidenceTests::cyberflashIntent),
            Map.entry("intimate-image-shared", EvidenceTests::intimateImageShared),
            Map.entry("threat-to-share-intimate-image", EvidenceTests::threatToShareIntimateImage),
            Map.entry("exposure-intent", EvidenceTests::exposureIntent),
            Map.entry("course-of-conduct", EvidenceTests::courseOfConduct),
            Map.entry("amounts-to-harassment", EvidenceTests::amountsToHarassment),
            Map.entry("knew-or-ought-to-know", EvidenceTests::knewOrOughtToKnow),
            Map.entry("stalking-acts", EvidenceTests::stalkingActs),
            Map.entry("fear-of-violence", EvidenceTests::fearOfViolence),
            Map.entry("serious-alarm-or-distress", EvidenceTests::seriousAlarmOrDistress),
            Map.entry("knew-would-cause-fear", EvidenceTests::knewWouldCauseFear),
            Map.entry("harassment-made-out", EvidenceTests::harassmentMadeOut),
            Map.entry("racial-or-religious-hostility", EvidenceTests::racialOrReligiousHostility),
            Map.entry("court-order-in-force", EvidenceTests::courtOrderInForce),
            Map.entry("contact-in-breach", EvidenceTests::contactInBreach));

    /** Words that name death or serious violence, read on messages the classifier already marks as threats. */
    static final Pattern SERIOUS_HARM = Pattern.compile(
            "\\b(?:kill|murder|stab|shoot|strangle|rape|burn|slit|batter|break (?:your|ur)|dead|acid|bomb|knife"
                    + "|gun|glass (?:you|u)|smash (?:your|ur)|beat (?:you|u|the)|kick (?:your|ur))\\w*", Pattern.CASE_INSENSITIVE);

    private EvidenceTests() {
    }

    /** The most message ids one finding cites: enough to show the pattern, few enough for a person to read. */
    static final int MAX_CITED = 20;

    /** Every id, in the order given, without repeats. */
    static List<String> allIds(Collection<MessageSignals> signals) {
        Set<String> ids = new LinkedHashSet<>();
        signals.forEach(s -> ids.add(s.message().id()));
        return List.copyOf(ids);
    }

    static List<String> ids(Collection<MessageSignals> signals) {
        return ids(signals, MAX_CITED);
    }

    static List<String> ids(Collection<MessageSignals> signals, int limit) {
        Set<String> ids = new LinkedHashSet<>();
        for (MessageSignals s : signals) {
            if (ids.size() == limit) {
                break;
            }
            ids.add(s.message().id());
        }
        return List.copyOf(ids);
    }

    static List<MessageSignals> firstOfEach(List<List<MessageSignals>> occasions) {
        return occasions.stream().map(o -> o.get(0)).toList();
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * Grossly offensive or indecent on its face: hate, sexual content or self-harm encouragement. Ordinary abuse,
     * however strongly worded, is judged by its context instead (see {@link #grosslyOffensive}), so one insult is
     * never enough whatever score the classifier gives it.
     */
    static boolean gross(MessageSignals s) {
        return s.has(Label.HATE) || s.has(Label.SEXUAL) || s.has(Label.SELF_HARM);
    }

    /** A threat naming death or serious violence, or a threat joined to watching ("I know where you live"). */
    static boolean seriousThreat(MessageSignals s) {
        return s.has(Label.THREAT) && SERIOUS_HARM.matcher(s.message().text()).find();
    }

    private static Result senderIdentified(Window w) {
        List<MessageSignals> conduct = w.conduct();
        if (conduct.isEmpty()) {
            return Result.unsupported("No offending or unwanted message in the period to attribute to anyone.");
        }
        Identification id = w.all().identification();
        String who = id.main();
        List<MessageSignals> bySender = conduct.stream().filter(s -> s.message().sender().equals(who)).toList();
        String records = id.phoneNumber() ? "Subscriber records for " + who + " from the mobile network"
                : "The platform's account records for \"" + who + "\" (registration details, linked phone number or"
                + " email, login IP addresses)";
        CaseFacts.Sender known = w.facts().sender();
        String challenge = "The defence may say someone else used the phone or account, or that it was shared or"
                + " hacked.";
        if (present(known.identity())) {
            return Result.of(Finding.SUPPORTED, ids(bySender, 3), "The complainant knows the sender as "
                    + known.identity() + (present(known.identifiedBy()) ? " (" + known.identifiedBy() + ")" : "")
                    + ", and the messages all come from one " + (id.phoneNumber() ? "number" : "account") + " (\""
                    + who + "\").").strengthen(records + " would confirm it.").challenge(challenge);
        }
        if (id.screenshotOnly()) {
            return Result.of(Finding.ARGUABLE, ids(bySender, 3), "The messages are known only from screenshots,"
                    + " which show a display name, not an account; the account must be tied to a person before"
                    + " identity is proved.").strengthen("An export of the whole conversation from the phone or"
                    + " account", records).challenge("Identification rests on a display name in a screenshot.")
                    .needsFact("sender.identity", "who you know the sender to be, and how you know");
        }
        if (!id.hidden() && id.phoneNumber()) {
            return Result.of(Finding.ARGUABLE, ids(bySender, 3), "The messages come from a bare number (\"" + who
                    + "\") that is not a saved contact, in the full thread: that ties them to the number, but not yet"
                    + " to a person.").strengthen(records + " would show who holds it.", "Anything in the messages"
                    + " only the suspect would know").challenge("Nothing ties the number to the suspect.")
                    .needsFact("sender.identity", "who you believe the sender is, and why");
        }
        if (id.hidden()) {
            List<MessageSignals> cited = new ArrayList<>(id.anonymity());
            cited.addAll(id.evasion());
            cited.addAll(bySender);
            return Result.of(Finding.ARGUABLE, ids(cited, 5), "The sender hides or changes their account ("
                    + String.join(", ", id.accounts()) + (id.anonymity().isEmpty() ? "" : "; says you do not know"
                    + " who they are") + (id.evasion().isEmpty() ? "" : "; came back after a block") + "), so the"
                    + " export alone does not tie the messages to a person.").strengthen(records, "Subscriber or"
                    + " account records for every number or account used: " + String.join(", ", id.accounts()),
                    "Anything in the messages only the suspect would know (names, places, shared history)")
                    .challenge("Nothing ties the anonymous account to the suspect.")
                    .needsFact("sender.identity", "who you believe the sender is, and why");
        }
        boolean number = id.phoneNumber();
        List<String> reasons = new ArrayList<>();
        reasons.add((bySender.size() == 1 ? "The message comes" : "All " + bySender.size() + " messages of the"
                + " conduct come") + " from a " + bySender.get(0).message().platform() + " export under one "
                + (number ? "phone number" : "account")
                + " (\"" + who + "\"), in the full thread, which ties them to that " + (number ? "number" : "account")
                + ".");
        if (id.sourcesSeenIn().size() > 1) {
            reasons.add("The same " + (number ? "number" : "account") + " appears in " + id.sourcesSeenIn().size()
                    + " separate sources (" + String.join(", ", id.sourcesSeenIn()) + ").");
        }
        return Result.of(Finding.SUPPORTED, ids(bySender, 3), reasons.toArray(String[]::new))
                .strengthen(records + " prove who holds the " + (number ? "number" : "account") + ".",
                        "Your own knowledge of who uses it (say it in the case facts: sender.identity).")
                .challenge(challenge);
    }

    private static Result directedAtPerson(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending message was sent in the period.");
        }
        ConversationFindings f = w.all();
        List<MessageSignals> direct = offending.stream().filter(s -> f.channelOf(s) == Channel.DIRECT).toList();
        if (!direct.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(direct, 5), "The messages were sent directly to the"
                    + " complainant in a one-to-one chat.");
        }
        Set<MessageSignals> named = MessageSignals.setOf(w.of(f.named()));
        List<MessageSignals> aimed = offending.stream().filter(s -> named.contains(s)
                || s.classification().target() == Target.INDIVIDUAL).toList();
        List<MessageSignals> group = aimed.stream().filter(s -> f.channelOf(s) == Channel.GROUP).toList();
        if (!group.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(group, 5), "The messages were sent into a private group the"
                    + " complainant is in, " + (group.stream().anyMatch(named::contains) ? "naming them"
                    : "addressed to them") + "; posts in a private group still count as sent (Cobban v DPP [2024]"
                    + " EWHC 1908 (Admin)).");
        }
        if (!aimed.isEmpty()) {
            return Result.of(Finding.ARGUABLE, ids(aimed, 5), "Public posts that name or address the complainant:"
                    + " weaker evidence of a message sent to a person than a direct message, and perhaps better"
                    + " charged under the Communications Act 2003, s.127.").challenge("A public post is not a"
                    + " message sent to the complainant.");
        }
        return Result.of(Finding.UNSUPPORTED, ids(offending, 5), "The messages are not sent to, and do not name or"
                + " address, the complainant: they are aimed at a group or at nobody in particular.")
                .strengthen("Anything showing the posts refer to the complainant (their name, role or photo, or"
                        + " replies identifying them)").challenge("Not sent to or aimed at the complainant.");
    }

    private static Result grosslyOffensive(Window w) {
        List<MessageSignals> offending = w.offending();
        List<MessageSignals> gross = offending.stream().filter(EvidenceTests::gross).toList();
        if (w.all().banter() && !offending.isEmpty()) {
            return Result.of(Finding.ARGUABLE, ids(offending, 5), "Crude insults traded both ways and marked as"
                    + " jokes; in that context a court is unlikely to find them grossly offensive.")
                    .challenge("Banter between friends, on both sides.");
        }
        if (!gross.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(gross, 8), gross.size() + " message(s) "
                    + describe(gross) + ", beyond what is merely rude or offensive.", "\"Grossly offensive\" is"
                    + " judged objectively by the standards of an open and just multiracial society (DPP v Collins"
                    + " [2006] UKHL 40); a court decides it on the whole context.")
                    .challenge("The words must go beyond offensive, shocking or disturbing (R v Casserly [2024]"
                            + " EWCA Crim 25); the defence will say they do not, and rely on Article 10.");
        }
        List<MessageSignals> abusive = offending.stream().filter(s -> s.severity() >= 2).toList();
        if (abusive.size() >= 3 && ConversationAnalyzer.occasions(abusive).size() >= 2) {
            return Result.of(Finding.SUPPORTED, ids(abusive, 8), abusive.size() + " messages of degrading abuse"
                    + " aimed at the complainant on " + ConversationAnalyzer.occasions(abusive).size() + " occasions:"
                    + " a sustained campaign that, in context, a court may well find grossly offensive (DPP v"
                    + " Collins [2006] UKHL 40).").challenge("Each message must itself be grossly offensive;"
                    + " repeated insults can still be merely offensive (R v Casserly [2024] EWCA Crim 25).");
        }
        if (abusive.size() >= 2) {
            return Result.of(Finding.ARGUABLE, ids(abusive, 8), "The messages are targeted abuse but may be found"
                    + " merely rude or offensive, which is not enough (R v Casserly [2024] EWCA Crim 25).")
                    .strengthen("The whole context: repetition, the relationship, the effect on you")
                    .challenge("Crude but not grossly offensive.");
        }
        Set<MessageSignals> named = MessageSignals.setOf(w.of(w.all().named()));
        List<MessageSignals> insults = offending.stream().filter(s -> s.severity() >= 2 || s.has(Label.OFFENSIVE)
                && s.has(Label.TARGETED) && (s.classification().target() == Target.INDIVIDUAL || named.contains(s)))
                .toList();
        int insultOccasions = ConversationAnalyzer.occasions(insults).size();
        if (abusive.stream().anyMatch(s -> !s.has(Label.THREAT)) && insults.size() >= 3 && insultOccasions >= 2) {
            return Result.of(Finding.ARGUABLE, ids(insults, 8), insults.size() + " personal insults aimed at the"
                    + " complainant on " + insultOccasions + " occasions, at least one of them abusive rather than"
                    + " merely rude: in context a court might find the campaign grossly offensive (DPP v Collins"
                    + " [2006] UKHL 40), though insults are more often merely offensive, which is not enough (R v"
                    + " Casserly [2024] EWCA Crim 25).").strengthen("The whole context: repetition, the"
                    + " relationship, the effect on you").challenge("Name-calling, crude but not grossly offensive.");
        }
        if (!abusive.isEmpty() && abusive.stream().allMatch(s -> s.has(Label.THREAT))) {
            return Result.of(Finding.UNSUPPORTED, ids(abusive, 5), "The message is a threat rather than grossly"
                    + " offensive content; a threat sent from 31 January 2024 falls under the Online Safety Act 2023,"
                    + " s.181 (and the Communications Act 2003, s.127(1)), not this element.");
        }
        if (!abusive.isEmpty()) {
            return Result.of(Finding.UNSUPPORTED, ids(abusive, 5), "One abusive message: offensive, but on its own"
                    + " not grossly offensive (R v Casserly [2024] EWCA Crim 25).").challenge("Merely rude.");
        }
        if (!offending.isEmpty()) {
            return Result.of(Finding.UNSUPPORTED, ids(offending, 5), "The words are rude or unwelcome but nowhere"
                    + " near grossly offensive or indecent.").challenge("Merely rude.");
        }
        return Result.unsupported("No message in the period is indecent or grossly offensive on its face.");
    }

    private static String describe(List<MessageSignals> gross) {
        List<String> kinds = new ArrayList<>();
        if (gross.stream().anyMatch(s -> s.has(Label.HATE))) {
            kinds.add("show hostility on a protected characteristic");
        }
        if (gross.stream().anyMatch(s -> s.has(Label.SEXUAL))) {
            kinds.add("are sexual or indecent");
        }
        if (gross.stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            kinds.add("urge the complainant to harm or kill themselves");
        }
        if (kinds.isEmpty()) {
            kinds.add("use degrading abuse aimed at the complainant");
        }
        return String.join(" and ", kinds);
    }

    private static Result menacing(Window w) {
        List<MessageSignals> threats = w.threats();
        if (!threats.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(threats, 8), threats.size() + " message(s) are menacing: they"
                    + " would create fear or apprehension in anyone who received them (Chambers v DPP [2012] EWHC"
                    + " 2157 (Admin)).").challenge("The defence may say it was a joke or said in temper, with no"
                    + " real menace (Chambers v DPP).");
        }
        List<MessageSignals> exposure = w.of(w.all().exposure());
        if (!exposure.isEmpty()) {
            return Result.of(Finding.ARGUABLE, ids(exposure, 8), "Threats to expose or share material about the"
                    + " complainant can be menacing.");
        }
        return Result.unsupported("No menacing message in the period.");
    }

    private static Result threat(Window w) {
        List<MessageSignals> threats = w.threats();
        if (!threats.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(threats, 8), threats.size()
                    + " message(s) convey a threat (the threat limb of the Act, in force until 30 January 2024).");
        }
        List<MessageSignals> exposure = w.of(w.all().exposure());
        if (!exposure.isEmpty()) {
            return Result.of(Finding.ARGUABLE, ids(exposure, 8), "The messages threaten to expose or share"
                    + " material about the complainant, which may be a threat.");
        }
        return Result.unsupported("No threat was found in messages sent in the period.");
    }

    private static Result falseInformation(Window w) {
        List<MessageSignals> conduct = w.conduct();
        String claimed = w.facts().content().falseInformation();
        if (present(claimed) && !conduct.isEmpty()) {
            List<MessageSignals> spread = new ArrayList<>(w.of(w.all().thirdParty()));
            spread.addAll(w.of(w.all().exposure()));
            return Result.of(Finding.ARGUABLE, ids(spread.isEmpty() ? conduct : spread, 5), "The complainant says"
                    + " the messages convey false information: \"" + claimed + "\". The prosecution must prove the"
                    + " sender knew it was false.").strengthen("Documents that show the claim is false, and that"
                    + " the sender knew it (for example the agreement, receipts or earlier messages)")
                    .challenge("The sender may say they believed what they wrote.");
        }
        List<MessageSignals> spread = new ArrayList<>(w.of(w.all().thirdParty()).stream()
                .filter(s -> TOLD_OTHERS.matcher(s.message().text()).find()).toList());
        spread.addAll(w.offending().stream().filter(s -> w.all().channelOf(s) == Channel.PUBLIC).toList());
        Result r = Result.unsupported("Whether information is false cannot be seen from the messages.");
        return spread.isEmpty() ? r : r.needsFact("content.falseInformation", "which claims the sender spread"
                + " about you are false, if any");
    }

    /** Says something has been told to others already (claims spread, not just threatened). */
    private static final Pattern TOLD_OTHERS = Pattern.compile("\\b(?:told|emailed|messaged|posted|contacted|rang"
            + "|wrote to|i'?ve (?:sent|told|shared))\\b", Pattern.CASE_INSENSITIVE);

    private static Result threatOfSeriousHarm(Window w) {
        List<MessageSignals> threats = w.threats();
        if (threats.isEmpty()) {
            return Result.unsupported("No message sent on or after 31 January 2024 threatens death or serious harm.");
        }
        List<MessageSignals> explicit = threats.stream().filter(EvidenceTests::seriousThreat).toList();
        if (!explicit.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(explicit, 8), explicit.size() + " message(s) threaten"
                    + " death or serious violence in terms. Whether the harm threatened is \"serious\" (grievous"
                    + " bodily harm, rape, assault by penetration, serious financial loss) is for the court.")
                    .challenge("The defence may say the words were an angry figure of speech, not a threat.");
        }
        return Result.of(Finding.ARGUABLE, ids(threats, 8), threats.size() + " message(s) are veiled"
                + " threats (for example \"watch your back\", \"I know where you live\"): menacing, but the harm is not"
                + " named, so whether they threaten death or serious harm depends on context.")
                .strengthen("Anything that gives the words their meaning: the sender's past violence, weapons,"
                        + " turning up at your home")
                .challenge("No death or serious harm is named.");
    }

    private static Result intentToCauseFear(Window w) {
        List<MessageSignals> threats = w.threats();
        if (threats.isEmpty()) {
            return Result.unsupported("There is no threat from which intent or recklessness could be inferred.");
        }
        List<String> reasons = new ArrayList<>();
        boolean direct = threats.stream().anyMatch(s -> w.all().channelOf(s) != Channel.PUBLIC);
        if (direct) {
            reasons.add("The threat was sent straight to the complainant, so the sender must have foreseen that"
                    + " they would read it and be afraid.");
        }
        if (threats.size() > 1) {
            reasons.add("The threat was repeated (" + threats.size() + " messages).");
        }
        if (reasons.isEmpty()) {
            reasons.add("The threat was public; intent that a particular person would fear it must be inferred.");
        }
        Result r = Result.of(direct ? Finding.SUPPORTED : Finding.ARGUABLE, ids(threats, 8),
                reasons.toArray(String[]::new)).challenge("The sender may say they never meant it to be taken"
                + " seriously.");
        return yes(w.facts().impact().fearedViolence()) ? r : r.needsFact("impact.fearedViolence",
                "whether you feared the threat would be carried out");
    }

    private static Result purposeToCauseDistress(Window w) {
        List<MessageSignals> conduct = w.conduct();
        if (conduct.isEmpty()) {
            return Result.unsupported("No offending message from which a purpose could be inferred.");
        }
        ConversationFindings f = w.all();
        if (f.banter()) {
            return Result.of(Finding.UNSUPPORTED, ids(f.complainantAbuse(), 3), "Both sides traded insults as jokes"
                    + " and nobody asked for it to stop: nothing shows a purpose to distress.")
                    .challenge("Banter between friends.");
        }
        List<String> reasons = new ArrayList<>();
        Set<MessageSignals> cited = new LinkedHashSet<>();
        List<List<MessageSignals>> occasions = w.occasions();
        if (occasions.size() >= 2) {
            reasons.add("Repeated: offending or unwanted messages on " + occasions.size() + " separate occasions.");
            cited.addAll(firstOfEach(occasions));
        }
        List<MessageSignals> late = w.of(f.lateNight());
        if (!late.isEmpty()) {
            reasons.add(late.size() + " were sent late at night (23:00 to 06:00), timing that suggests an aim to"
                    + " disturb.");
            cited.addAll(late.subList(0, Math.min(3, late.size())));
        }
        List<MessageSignals> afterStop = w.of(f.afterStop());
        if (!afterStop.isEmpty()) {
            reasons.add("Messages continued after the complainant asked for contact to stop or blocked the sender.");
            cited.addAll(f.stopRequests().subList(0, Math.min(1, f.stopRequests().size())));
            cited.addAll(afterStop.subList(0, Math.min(3, afterStop.size())));
        }
        List<MessageSignals> third = w.of(f.thirdParty());
        if (!third.isEmpty()) {
            reasons.add("The sender contacted, or threatened to contact, the complainant's employer, staff, family or"
                    + " followers.");
            cited.addAll(third);
        }
        List<MessageSignals> pressure = new ArrayList<>(w.of(f.exposure()));
        pressure.addAll(w.of(f.demands()));
        if (!pressure.isEmpty()) {
            reasons.add("The sender threatened exposure or made demands under pressure.");
            cited.addAll(pressure.subList(0, Math.min(3, pressure.size())));
        }
        if (f.escalating()) {
            reasons.add("The messages escalated in severity over time.");
        }
        List<MessageSignals> self = w.labelled(Label.SELF_HARM);
        if (!self.isEmpty()) {
            reasons.add("Telling someone to kill or harm themselves can only be meant to distress.");
            cited.addAll(self);
        }
        List<MessageSignals> hate = w.labelled(Label.HATE);
        if (!hate.isEmpty()) {
            reasons.add("Abuse aimed at a protected characteristic is meant to wound.");
            cited.addAll(hate.subList(0, Math.min(3, hate.size())));
        }
        String challenge = f.mutual() ? "It was a heated exchange on both sides; each was venting, not setting out"
                + " to distress." : "The sender may say they were venting frustration, not trying to distress.";
        if (reasons.size() >= 2) {
            reasons.add("Intent is inferred from these circumstances; the sender may say otherwise at interview.");
            return Result.of(Finding.SUPPORTED, ids(cited), reasons.toArray(String[]::new)).challenge(challenge);
        }
        if (reasons.isEmpty()) {
            cited.addAll(conduct.subList(0, Math.min(3, conduct.size())));
            reasons.add("Nothing beyond the words themselves shows a purpose to cause distress; intent would have to"
                    + " be inferred from the content alone, which is the hardest element to prove.");
        } else {
            reasons.add("Only one circumstance points to a purpose to cause distress; more (repetition, timing,"
                    + " earlier conflict) would strengthen it.");
        }
        return Result.of(Finding.ARGUABLE, ids(cited), reasons.toArray(String[]::new))
                .strengthen("Earlier messages or events showing the grudge or dispute behind the messages",
                        "Any later messages (keep exporting the chat)").challenge(challenge);
    }

    private static Result purposeToAnnoy(Window w) {
        List<MessageSignals> unwanted = w.of(w.all().unwanted());
        if (unwanted.size() >= 3) {
            return Result.of(Finding.SUPPORTED, ids(unwanted, 5), unwanted.size() + " messages were sent after a"
                    + " request to stop, a block, or in long runs with no reply: their purpose can only be to"
                    + " annoy, inconvenience or cause needless anxiety.").challenge("The sender may say they were"
                    + " trying to resolve a genuine dispute.");
        }
        return purposeToCauseDistress(w);
    }

    private static Result publicNetwork(Window w) {
        List<MessageSignals> conduct = w.conduct();
        if (conduct.isEmpty()) {
            return Result.unsupported("No offending message was sent in the period.");
        }
        MessageSignals first = conduct.get(0);
        return Result.of(Finding.SUPPORTED, List.of(first.message().id()), "Sent as a " + first.message()
                .platform() + " message, over the internet or a mobile network, which are public electronic"
                + " communications networks.");
    }

    private static Result awareOfRisk(Window w) {
        List<MessageSignals> offending = w.offending();
        if (offending.isEmpty()) {
            return Result.unsupported("No offending message in the period.");
        }
        if (w.all().banter()) {
            return Result.of(Finding.ARGUABLE, ids(offending, 3), "Between friends joking, the sender may not have"
                    + " seen any risk of the words being taken as grossly offensive.");
        }
        List<MessageSignals> serious = offending.stream().filter(s -> gross(s) || s.has(Label.THREAT)).toList();
        if (!serious.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(serious, 5), "Anyone sending these words must at least have"
                    + " been aware of the risk that they would be taken as grossly offensive, indecent or menacing"
                    + " (DPP v Collins [2006] UKHL 40).").challenge("The sender may say they did not think how the"
                    + " words would be taken.");
        }
        return Result.of(Finding.ARGUABLE, ids(offending, 5), "Awareness of the risk must be inferred from abuse"
                + " that is not obviously grossly offensive.");
    }

    private static Result persistentUse(Window w) {
        List<List<MessageSignals>> occasions = w.occasions();
        List<MessageSignals> unwanted = w.of(w.all().unwanted());
        if (occasions.size() >= 3 || unwanted.size() >= 10 || (unwanted.size() >= 2 && occasions.size() >= 2)) {
            List<MessageSignals> cited = new ArrayList<>(firstOfEach(occasions));
            cited.addAll(unwanted.subList(0, Math.min(3, unwanted.size())));
            return Result.of(Finding.SUPPORTED, ids(cited), "Persistent: " + w.conduct().size() + " offending or"
                    + " unwanted messages on " + occasions.size() + " occasion(s)" + (unwanted.isEmpty() ? ""
                    : ", " + unwanted.size() + " of them unwanted contact") + ".");
        }
        if (occasions.size() == 2 || w.conduct().size() >= 5) {
            return Result.of(Finding.ARGUABLE, ids(firstOfEach(occasions)), "Messages on " + occasions.size()
                    + " occasion(s): a court may or may not find that persistent.")
                    .challenge("Two bursts of messages are not persistent use.");
        }
        return Result.unsupported("One occasion is not persistent use of the network.");
    }

    private static Result noReasonableExcuse(Window w) {
        List<MessageSignals> conduct = w.conduct();
        if (conduct.isEmpty()) {
            return Result.unsupported("No conduct in the period.");
        }
        Set<MessageSignals> afterStop = MessageSignals.setOf(w.all().afterStop());
        List<MessageSignals> hostile = conduct.stream().filter(s -> s.severity() >= 2 || afterStop.contains(s) || (!ordersOn(w, day(s)).isEmpty() && !EXCUSE.matcher(s.message().text()).find()))
                .toList();
        if (!hostile.isEmpty()) {
            return Result.of(Finding.SUPPORTED, ids(hostile, 3), "Nothing in the messages suggests an excuse, and"
                    + " abuse, contact after a request to stop, or personal contact an order forbids leaves little"
                    + " room for one; it is for the suspect to raise one.").challenge("The suspect may raise an excuse (for example arranging"
                    + " child contact or a genuine business matter).");
        }
        return Result.of(Finding.ARGUABLE, ids(conduct, 3), "The messages do not show an excuse, but they are not"
                + " hostile either; the suspect may offer a reason for the contact.");
    }

    /** Words that suggest a reason for contact a court might accept (children, court business, an emergency). */
    private static final Pattern EXCUSE = Pattern.compile("\\b(?:kids|children|child contact|school|contact"
            + " arrangements|solicitor|court|emergency|hospital|maintenance)\\b", Pattern.CASE_INSENSITIVE);

    private static List<MessageSignals> othersMedia(Window w) {
        return w.of(w.all().signals()).stream().filter(s -> s.message().kind() == MessageKind.MEDIA
                && !s.message().sender().equals(w.all().complainant()) && !s.message().sender().isEmpty()).toList();
    }

    private static Result flashingImages(Window w) {
        List<MessageSignals> media = othersMedia(w);
        if (media.isEmpty()) {
            return Result.unsupported("No image or video was sent to the complainant in the period.");
        }
        if (yes(w.facts().content().flashingImages())) {
            return Result.of(Finding.SUPPORTED, ids(media, 5), "The complainant says the images or videos sent"
                    + " were flashing.").strengthen("The files themselves, kept as received");
        }
        List<MessageSignals> flagged = w.of(w.all().signals()).stream().filter(s -> s.has(Cue.FLASHING)
                && !s.message().sender().equals(w.all().complainant())).toList();
        if (!flagged.isEmpty()) {
            List<MessageSignals> cited = new ArrayList<>(flagged);
            cited.addAll(media);
            return Result.of(Finding.ARGUABLE, ids(cited, 5), "Images were sent alongside words about flashing,"
                    + " strobing or seizures.").needsFact("content.flashingImages", "whether the images flashed");
        }
        return Result.unsupported("Nothing suggests the images sent were flashing images.");
    }

    private static Result epilepsyTarget(Window w) {
        List<MessageSignals> flagged = w.of(w.all().signals()).stream().filter(s -> s.has(Cue.FLASHING)
                && !s.message().sender().equals(w.all().complainant())).toList();
        boolean epilepsy = yes(w.facts().victim().epilepsy());
        if (epilepsy && (!flagged.isEmpty() || yes(w.facts().content().flashingImages()))) {
            List<MessageSignals> cited = flagged.isEmpty() ? othersMedia(w) : flagged;
            return Result.of(cited.isEmpty() ? Finding.ARGUABLE : Finding.SUPPORTED, ids(cited, 5), "The"
                    + " complainant has epilepsy and the sender sent flashing images"
                    + (flagged.isEmpty() ? "" : " while referring to it") + ".").strengthen("Evidence that the"
                    + " sender knew of the epilepsy (earlier messages, people who told them)");
        }
        return flagged.isEmpty() ? Result.unsupported("Nothing shows the sender targeted a person with epilepsy.")
                : Result.unsupported("The messages mention flashing or seizures, but not that the complainant has"
                + " epilepsy.").needsFact("victim.epilepsy", "whether you have epilepsy and the sender knew it");
    }

    private static Result encouragesSelfHarm(Window w) {
        List<MessageSignals> self = w.labelled(Label.SELF_HARM);
        if (self.isEmpty()) {
            return Result.unsupported("No message in the period encourages suicide or self-harm.");
        }
        return Result.of(Finding.SUPPORTED, ids(self, 8), self.size() + " message(s) tell the complainant to kill"
                + " or seriously harm themselves, which is capable of encouraging serious self-harm.")
                .challenge("The defence may say the words were a crude insult, not real encouragement.");
    }

    private static Result selfHarmIntent(Window w) {
        List<MessageSignals> self = w.labelled(Label.SELF_HARM);
        if (self.isEmpty()) {
            return Result.unsupported("No encouragement of self-harm from which intent could be inferred.");
        }
        boolean vulnerable = yes(w.facts().victim().vulnerable());
        List<List<MessageSignals>> occasions = ConversationAnalyzer.occasions(self);
        if (occasions.size() >= 2 || vulnerable) {
            return Result.of(Finding.SUPPORTED, ids(self, 8), (occasions.size() >= 2 ? "The encouragement was"
                    + " repeated on " + occasions.size() + " occasions" : "The encouragement was sent to a"
                    + " vulnerable person (" + w.facts().victim().vulnerability() + ")") + ", from which an"
                    + " intention to encourage can be inferred.").challenge("The sender may say it was a careless"
                    + " insult with no intention that anyone act on it.");
        }
        return Result.of(Finding.ARGUABLE, ids(self, 8), "A single occasion: the sender may say it was an insult"
                + " with no real intention that the complainant act on it.").needsFact("victim.vulnerable",
                "whether you were vulnerable (for example known self-harm or mental illness) and the sender knew");
    }

    private static final Duration NEAR = Duration.ofMinutes(10);

    private static boolean near(MessageSignals a, MessageSignals b) {
        return a.message().sender().equals(b.message().sender()) && Duration.between(a.message().sentAt(),
                b.message().sentAt()).abs().compareTo(NEAR) <= 0;
    }

    private static Result genitalImage(Window w) {
        List<MessageSignals> media = othersMedia(w);
        if (media.isEmpty()) {
            return Result.unsupported("No image or video was sent to the complainant in the period.");
        }
        List<MessageSignals> sexual = w.of(w.all().signals()).stream().filter(s -> s.has(Label.SEXUAL)
                && !s.message().sender().equals(w.all().complainant())).toList();
        List<MessageSignals> withSexual = media.stream().filter(m -> sexual.stream().anyMatch(s -> near(m, s)))
                .toList();
        if (yes(w.facts().content().imagesShowGenitals())) {
            return Result.of(Finding.SUPPORTED, ids(withSexual.isEmpty() ? media : withSexual, 5), "The"
                    + " complainant says the image sent showed genitals.").strengthen("The image itself, kept as"
                    + " received, for the police to see").challenge("The prosecution must prove what the image"
                    + " showed and that it was sent intentionally.");
        }
        if (!withSexual.isEmpty()) {
            List<MessageSignals> cited = new ArrayList<>(withSexual);
            cited.addAll(sexual.stream().filter(s -> withSexual.stream().anyMatch(m -> near(m, s))).toList());
            return Result.of(Finding.ARGUABLE, ids(cited, 6), "An image was sent alongside sexual messages; the"
                    + " export does not show what it was.").needsFact("content.imagesShowGenitals",
                    "whether the image showed genitals");
        }
        return Result.unsupported("Images were sent, but nothing suggests they were sexual.");
    }

    private static Result cyberflashIntent(Window w) {
        List<MessageSignals> sexual = w.labelled(Label.SEXUAL);
        if (sexual.isEmpty() && !yes(w.facts().content().imagesShowGenitals())) {
            return Result.unsupported("Nothing sexual was sent from which intent could be inferred.");
        }
        List<MessageSignals> cited = sexual.isEmpty() ? othersMedia(w) : sexual;
        boolean unsolicited = w.all().complainantAbuse().stream().noneMatch(s -> s.has(Label.SEXUAL));
        boolean refused = !w.of(w.all().afterStop()).isEmpty();
        if (unsolicited && (refused || sexual.size() >= 2)) {
            return Result.of(Finding.SUPPORTED, ids(cited, 6), "Sexual material was sent unasked"
                    + (refused ? ", and went on after the complainant asked it to stop" : ", more than once")
                    + ": either meant to cause alarm, distress or humiliation, or sent for sexual gratification"
                    + " reckless as to that.").challenge("The sender may say they believed it was welcome.");
        }
        return Result.of(Finding.ARGUABLE, ids(cited, 6), unsolicited ? "Sexual material sent once, unasked: the"
                + " purpose must be inferred." : "Both sides sent sexual messages: the sender may say it was"
                + " welcome.").challenge("Consent or a belief that it was welcome.");
    }

    private static List<MessageSignals> intimateThreats(Window w) {
        List<MessageSignals> intimateSoFar = new ArrayList<>();
        List<MessageSignals> threats = new ArrayList<>();
        for (MessageSignals s : w.conduct()) {
            if (s.has(Cue.INTIMATE_IMAGE)) {
                intimateSoFar.add(s);
            }
            if (s.has(Cue.EXPOSURE_THREAT) && (s.has(Cue.INTIMATE_IMAGE) || intimateSoFar.stream()
                    .anyMatch(i -> i.message().sender().equals(s.message().sender())))) {
                threats.add(s);
            }
        }
        return threats;
    }

    private static Result intimateImageShared(Window w) {
        List<MessageSignals> claims = w.conduct().stream().filter(s -> s.has(Cue.EXPOSED)
                && s.has(Cue.INTIMATE_IMAGE)).toList();
        if (yes(w.facts().content().intimateImageShared())) {
            return Result.of(claims.isEmpty() && w.conduct().isEmpty() ? Finding.ARGUABLE : Finding.SUPPORTED,
                    ids(claims.isEmpty() ? w.conduct() : claims, 5), "The complainant says an intimate image of"
                    + " them was shared without consent.").strengthen("Where it was shared, and who saw it"
                    + " (their statements)");
        }
        if (!claims.isEmpty()) {
            return Result.of(Finding.ARGUABLE, ids(claims, 5), "The sender says they have shared intimate images;"
                    + " whether they did must be shown.").needsFact("content.intimateImageShared",
                    "whether an intimate image was in fact shared");
        }
        return Result.unsupported("Nothing shows an intimate image was shared.");
    }

    private static Result threatToShareIntimateImage(Window w) {
        List<MessageSignals> threats = intimateThreats(w);
        if (threats.isEmpty()) {
            return Result.unsupported("No threat to share an intimate image.");
        }
        List<MessageSignals> demands = w.of(w.all().demands());
        return Result.of(Finding.SUPPORTED, ids(threats, 6), threats.size() + " message(s) threaten to share"
                + " intimate images of the complainant" + (demands.isEmpty() ? "." : ", with demands attached"
                + " (sextortion).")).challenge("The defence may say no such images exist; that is no defence"
                + " to a threat, which is judged by the fear it was meant to cause.");
    }

    private static Result exposureIntent(Window w) {
        List<MessageSignals> exposure = w.of(w.all().exposure());
        if (exposure.isEmpty()) {
            return Result.unsupported("No sharing or threat to share from which intent could be inferred.");
        }
        List<MessageSignals> demands = w.of(w.all().demands());
        if (!demands.isEmpty() || exposure.size() >= 2 || exposure.stream().anyMatch(s -> w.all().channelOf(s)
                == Channel.DIRECT)) {
            List<MessageSignals> cited = new ArrayList<>(exposure);
            cited.addAll(demands);
            return Result.of(Finding.SUPPORTED, ids(cited, 6), demands.isEmpty() ? "The threat was sent straight"
                    + " to the complainant, plainly meant to make them fear it would be carried out." : "The threat"
                    + " was used to pressure the complainant into meeting demands, which shows it was meant to be"
                    + " feared.");
        }
        return Result.of(Finding.ARGUABLE, ids(exposure, 6), "Intent must be inferred from a single public threat.");
    }

    private static Result courseOfConduct(Window w) {
        List<List<MessageSignals>> occasions = w.occasions();
        if (w.all().banter()) {
            return Result.of(Finding.UNSUPPORTED, ids(firstOfEach(occasions)), "Joking exchanges between friends"
                    + " are not a course of conduct aimed at the complainant.");
        }
        if (occasions.size() >= 2) {
            return Result.of(Finding.SUPPORTED, ids(firstOfEach(occasions)), "Offending or unwanted messages on "
                    + occasions.size() + " separate occasions (at least two are needed, s.7(3)); the first message"
                    + " of each occasion is cited.").challenge(occasions.size() == 2 ? "Two occasions close"
                    + " together may be treated as one incident (Lau v DPP [2000])." : "The defence may argue the"
                    + " occasions are too far apart or too different to be one course of conduct.");
        }
        if (occasions.size() == 1 && occasions.get(0).size() >= 2) {
            return Result.of(Finding.ARGUABLE, ids(occasions.get(0), 5), "Several messages, but all within"
                    + " one sitting; a court may treat them as one occasion rather than a course of conduct.")
                    .strengthen("Any contact on another day, on any platform or in person");
        }
        return Result.unsupported(occasions.isEmpty() ? "No offending conduct in the period."
                : "A single message is one occasion; harassment needs conduct on at least two occasions.");
    }

    private static Result amountsToHarassment(Window w) {
        List<MessageSignals> conduct = w.conduct();
        if (conduct.isEmpty()) {
            return Result.unsupported("No offending conduct in the period.");
        }
        if (w.all().banter()) {
            return Result.of(Finding.UNSUPPORTED, ids(conduct, 3), "Banter both ways between friends is not"
                    + " oppressive or unacceptable conduct.");
        }
        List<MessageSignals> serious = w.offending().stream().filter(s -> s.severity() >= 2).toList();
        List<MessageSignals> afterStop = w.of(w.all().afterStop());
        List<MessageSignals> unwanted = w.of(w.all().unwanted());
        boolean stalking = !w.of(w.all().monitoring()).isEmpty() || !w.of(w.all().thirdParty()).isEmpty()
                || !w.of(w.all().exposure()).isEmpty();
        if (serious.size() >= 2 || (!serious.isEmpty() && !afterStop.isEmpty()) || unwanted.size() >= 5
                || (ConversationAnalyzer.occasions(afterStop).size() >= 2 && stalking)) {
            List<MessageSignals> cited = new ArrayList<>(serious);
            cited.addAll(unwanted);
            return Result.of(Finding.SUPPORTED, ids(cited, 8), (serious.isEmpty() ? "Persistent unwanted contact"
                    : "Targeted abuse") + (afterStop.isEmpty() ? "" : " that went on after a request to stop")
                    + " is conduct that alarms or distresses; it goes beyond the ordinary irritations of life.")
                    .strengthen("Your statement of how it affected you").challenge(w.all().mutual()
                    ? "Both sides were abusive: the defence will call it a feud, not harassment."
                    : "The defence may say it was a civil dispute that got heated.");
        }
        return Result.of(Finding.ARGUABLE, ids(conduct, 5), "The conduct is unpleasant but a court may find it short"
                + " of oppressive and unacceptable conduct.").challenge("Unpleasant but not oppressive.");
    }

    private static Result knewOrOughtToKnow(Window w) {
        List<MessageSignals> stops = w.all().stopRequests();
        List<MessageSignals> afterStop = w.of(w.all().afterStop());
        if (!afterStop.isEmpty() && (!stops.isEmpty() || w.facts().contact().askedToStopOn() != null
                || w.facts().contact().blockedOn() != null)) {
            List<MessageSignals> cited = new ArrayList<>(stops.subList(0, Math.min(1, stops.size())));
            cited.addAll(afterStop.subList(0, Math.min(3, afterStop.size())));
            return Result.of(Finding.SUPPORTED, ids(cited), "The complainant asked for contact to stop (or blocked"
                    + " the sender) and the messages continued, so the sender knew the conduct was unwanted.");
        }
        List<MessageSignals> offending = w.offending();
        List<MessageSignals> serious = offending.stream().filter(s -> s.severity() >= 2).toList();
        if (!w.all().banter() && (ConversationAnalyzer.occasions(serious).size() >= 2
                || offending.stream().anyMatch(s -> s.has(Label.THREAT)))) {
            return Result.of(Finding.SUPPORTED, ids(serious.isEmpty() ? offending : serious, 3), "A reasonable"
                    + " person with the same information would know that " + (serious.isEmpty() ? "threats"
                    : "targeted abuse on several occasions") + " amounted to harassment (s.1(2)).")
                    .challenge("No request to stop is on record; the defence may say the sender did not realise"
                            + " the messages were unwelcome.");
        }
        if (offending.size() >= 2 && !w.all().banter()) {
            return Result.of(Finding.ARGUABLE, ids(offending, 3), "A reasonable person with the same"
                    + " information would think repeated abuse amounted to harassment (s.1(2)), though no request to"
                    + " stop is on record.").needsFact("contact.askedToStopOn", "the day you asked the sender to stop,"
                    + " if you did so outside these messages (by phone, in person, through someone else)");
        }
        return Result.unsupported("Not enough conduct to show the sender knew or ought to have known.");
    }

    private static Result stalkingActs(Window w) {
        ConversationFindings f = w.all();
        List<String> acts = new ArrayList<>();
        Set<MessageSignals> cited = new LinkedHashSet<>();
        List<MessageSignals> afterStop = w.of(f.afterStop());
        if (afterStop.size() >= 2) {
            acts.add("kept contacting the complainant after being asked to stop or blocked (" + afterStop.size()
                    + " messages)");
            cited.addAll(afterStop.subList(0, 3 > afterStop.size() ? afterStop.size() : 3));
        }
        List<MessageSignals> evasion = w.of(f.identification().evasion());
        if (!evasion.isEmpty()) {
            acts.add("got round a block with a new number or account");
            cited.addAll(evasion);
        }
        List<MessageSignals> monitoring = w.of(f.monitoring());
        if (!monitoring.isEmpty()) {
            acts.add("showed they were watching or tracking the complainant");
            cited.addAll(monitoring);
        }
        List<MessageSignals> third = w.of(f.thirdParty());
        if (!third.isEmpty()) {
            acts.add("contacted, or threatened to contact, people around the complainant");
            cited.addAll(third);
        }
        List<MessageSignals> exposure = w.of(f.exposure());
        if (!exposure.isEmpty()) {
            acts.add("threatened to publish material about the complainant");
            cited.addAll(exposure);
        }
        Set<MessageSignals> stopped = MessageSignals.setOf(f.afterStop());
        List<MessageSignals> runs = w.of(f.unwanted()).stream().filter(s -> !stopped.contains(s)).toList();
        if (runs.size() >= ConversationAnalyzer.UNANSWERED_RUN) {
            acts.add("sent long runs of messages with no reply (" + runs.size() + ")");
            cited.addAll(runs.subList(0, 3));
        }
        if (acts.isEmpty()) {
            return Result.unsupported("The messages are abusive, but nothing in them is an act associated with"
                    + " stalking (repeated unwanted contact, monitoring, publishing material).")
                    .strengthen("Anything outside the messages: being followed, turning up at home or work, calls"
                            + " from withheld numbers, with dates");
        }
        return Result.of(acts.size() >= 2 || afterStop.size() >= 3 || !monitoring.isEmpty() ? Finding.SUPPORTED
                : Finding.ARGUABLE, ids(cited, 8), "The sender " + String.join("; ", acts) + " (s.2A(3))."
                + (acts.size() >= 2 ? " Fixation and persistence mark stalking." : ""))
                .challenge("The defence may say the contact was about a genuine dispute, not fixation.");
    }

    private static Result fearOfViolence(Window w) {
        List<MessageSignals> threats = w.threats();
        List<List<MessageSignals>> occasions = ConversationAnalyzer.occasions(threats);
        boolean feared = yes(w.facts().impact().fearedViolence());
        if (occasions.size() >= 2) {
            Result r = Result.of(feared ? Finding.SUPPORTED : Finding.ARGUABLE, ids(firstOfEach(occasions)),
                    "Threats of violence on " + occasions.size() + " separate occasions" + (feared ? ", and the"
                    + " complainant says they feared violence." : "; the law also needs the complainant to have"
                    + " feared violence on at least two of them, which the messages cannot show."))
                    .challenge("Fear on each occasion must be proved; being upset or worried is not enough.");
            return feared ? r : r.needsFact("impact.fearedViolence", "whether you feared violence would be used"
                    + " against you, on at least two occasions");
        }
        if (!threats.isEmpty()) {
            return Result.of(Finding.UNSUPPORTED, ids(threats, 3), "Threats on one occasion only; the offence"
                    + " needs fear of violence on at least two.").strengthen("Any other threat, on another day or"
                    + " platform, or in person");
        }
        return Result.unsupported("No threat of violence in the period.");
    }

    private static Result seriousAlarmOrDistress(Window w) {
        List<MessageSignals> conduct = w.conduct();
        CaseFacts.Impact impact = w.facts().impact();
        if (conduct.isEmpty()) {
            return Result.unsupported("No conduct in the period.");
        }
        if (yes(impact.seriousAlarmOrDistress()) && present(impact.dailyLife())) {
            return Result.of(Finding.SUPPORTED, ids(firstOfEach(w.occasions())), "The complainant describes serious"
                    + " alarm or distress with a substantial effect on day-to-day life: \"" + impact.dailyLife()
                    + "\".").strengthen("Records that confirm it (medical notes, employer letters, moving or"
                    + " changing routines)").challenge("The effect on day-to-day life must be substantial.");
        }
        if (yes(impact.seriousAlarmOrDistress()) || present(impact.dailyLife())) {
            return Result.of(Finding.ARGUABLE, ids(firstOfEach(w.occasions())), "The complainant describes part of"
                    + " the effect; the law needs both serious alarm or distress and a substantial adverse effect on"
                    + " day-to-day activities.").needsFact("impact.dailyLife", "how your daily life changed");
        }
        return Result.unsupported("The effect on the complainant's day-to-day life cannot be shown by the messages.")
                .needsFact("impact.seriousAlarmOrDistress and impact.dailyLife", "whether the messages caused you"
                        + " serious alarm or distress, and how your daily life changed (routines, work, going out)");
    }

    private static Result knewWouldCauseFear(Window w) {
        List<MessageSignals> threats = w.threats();
        if (threats.isEmpty()) {
            List<MessageSignals> afterStop = w.of(w.all().afterStop());
            boolean watching = !w.of(w.all().monitoring()).isEmpty() || !w.of(w.all().thirdParty()).isEmpty();
            if (!afterStop.isEmpty() && watching) {
                return Result.of(Finding.SUPPORTED, ids(afterStop, 3), "The sender carried on after being asked"
                        + " to stop, and watched the complainant or reached the people around them: a reasonable"
                        + " person would know that causes serious alarm or distress (s.4A(3)).")
                        .challenge("The defence may say the sender had no idea of the effect.");
            }
            if (!afterStop.isEmpty()) {
                return Result.of(Finding.ARGUABLE, ids(afterStop, 3), "The sender carried on after being asked"
                        + " to stop, so ought to have known of the alarm and distress it caused.");
            }
            return Result.unsupported("No threat or continued contact from which knowledge could be inferred.");
        }
        return Result.of(Finding.SUPPORTED, ids(threats, 5), "A reasonable person would know that threats of"
                + " violence sent straight to someone would make them fear violence (s.4(2)).");
    }

    private static Result harassmentMadeOut(Window w) {
        Result course = courseOfConduct(w);
        Result amounts = amountsToHarassment(w);
        Result worse = course.finding().ordinal() >= amounts.finding().ordinal() ? course : amounts;
        List<String> evidence = new ArrayList<>(course.evidence());
        amounts.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        List<String> reasons = new ArrayList<>(course.reasons());
        reasons.addAll(amounts.reasons());
        return new Result(worse.finding(), worse.finding() == Finding.UNSUPPORTED ? worse.evidence() : evidence,
                reasons, worse.strengthen(), worse.challenges(), worse.facts());
    }

    private static Result racialOrReligiousHostility(Window w) {
        List<MessageSignals> hostile = w.labelled(Label.HATE).stream().filter(s -> s.classification()
                .protectedGroups().contains(ProtectedCharacteristic.RACE) || s.classification().protectedGroups()
                .contains(ProtectedCharacteristic.RELIGION)).toList();
        if (hostile.isEmpty()) {
            return Result.unsupported("No hostility on race or religion in the messages.");
        }
        return Result.of(Finding.SUPPORTED, ids(hostile, 8), hostile.size() + " message(s) show hostility based on"
                + " race or religion at the time of the conduct (s.28(1)(a)).").challenge("The defence may say the"
                + " words were used in temper, not from hostility; s.28(3) makes that no answer if hostility"
                + " was shown.");
    }

    private static List<CaseFacts.CourtOrder> ordersOn(Window w, LocalDate day) {
        return w.facts().courtOrders().stream().filter(o -> o.inForceOn(day)).toList();
    }

    private static LocalDate day(MessageSignals s) {
        return s.message().sentAt().toLocalDate();
    }

    private static List<MessageSignals> contactDuringOrder(Window w) {
        String complainant = w.all().complainant();
        return w.of(w.all().signals()).stream().filter(s -> !s.message().sender().isEmpty()
                && s.message().kind() != MessageKind.SYSTEM && !s.message().sender().equals(complainant)
                && !ordersOn(w, day(s)).isEmpty()).toList();
    }

    private static Result courtOrderInForce(Window w) {
        if (w.facts().courtOrders().isEmpty()) {
            return Result.unsupported("No court order is recorded; an order cannot be seen in the messages.");
        }
        List<MessageSignals> during = contactDuringOrder(w);
        if (during.isEmpty()) {
            return Result.unsupported("A court order is recorded, but no message from the other side was sent while"
                    + " it was in force.");
        }
        CaseFacts.CourtOrder order = ordersOn(w, day(during.get(0))).get(0);
        return Result.of(Finding.SUPPORTED, ids(during, 3), "A " + (present(order.kind()) ? order.kind()
                : "court order") + " made on " + order.madeOn() + (present(order.court()) ? " by " + order.court()
                : "") + " was in force when the messages were sent" + (present(order.terms()) ? " (terms: "
                + order.terms() + ")" : "") + ".").strengthen("A copy of the order from the court");
    }

    private static Result contactInBreach(Window w) {
        List<MessageSignals> during = contactDuringOrder(w);
        if (during.isEmpty()) {
            return Result.unsupported("No contact while an order was in force.");
        }
        return Result.of(Finding.SUPPORTED, ids(during, 8), during.size() + " message(s) were sent to the"
                + " complainant while the order was in force; any contact breaches an order forbidding it.")
                .challenge("The order's exact terms decide what is prohibited; indirect or agreed contact may not"
                        + " be.");
    }
}
