package org.malcomms.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Cue;
import org.malcomms.analysis.Label;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.Assessment;
import org.malcomms.model.Message;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Strength;
import org.malcomms.vault.Exhibit;

/**
 * Texts ready to copy: a report to the platform the messages came through, in the platform's own reporting
 * categories, and a first account for the police. Plain text; message text is quoted with control and
 * direction-override characters shown as code points. Gaps only the person can fill are in [square brackets].
 */
public final class Drafts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm xxx",
            Locale.UK);
    private static final int QUOTED = 8;

    /**
     * How each platform takes reports, and the category its reporting flow offers for each kind of abuse, as the
     * apps named them when this was written (the flows change: the draft says to pick the closest match).
     */
    private record Platform(String name, String how, Map<String, String> categories) {
    }

    private static final Map<String, Platform> PLATFORMS = Map.of(
            "whatsapp", new Platform("WhatsApp", "Open the chat, tap the contact's name, then \"Report contact\""
                    + " (WhatsApp receives the last five messages). WhatsApp's in-app report has no categories; the"
                    + " text below can go to WhatsApp Support (Settings > Help > Contact us).", Map.of()),
            "instagram", new Platform("Instagram", "Press and hold the message, tap \"Report\" and choose the"
                    + " category.", Map.of("threat", "Violence, hate or exploitation", "hate",
                    "Violence, hate or exploitation", "sexual", "Nudity or sexual activity", "selfHarm",
                    "Suicide, self-injury or eating disorders", "harassment", "Bullying or unwanted contact")),
            "messenger", new Platform("Messenger", "Open the chat, tap the name, then \"Report\" and choose the"
                    + " category.", Map.of("threat", "Violence", "hate", "Hate speech", "sexual", "Nudity or sexual"
                    + " activity", "selfHarm", "Suicide or self-injury", "harassment", "Harassment")),
            "x", new Platform("X", "Open the post or message, choose \"Report\" and the category.", Map.of("threat",
                    "Violent Speech", "hate", "Hate", "sexual", "Sensitive or disturbing media", "selfHarm",
                    "Suicide or self-harm", "harassment", "Abuse & Harassment", "exposure", "Privacy")),
            "telegram", new Platform("Telegram", "Open the chat, tap the name, then \"Report\" and the reason.",
                    Map.of("threat", "Violence", "sexual", "Pornography", "exposure", "Personal details",
                            "harassment", "Other")),
            "discord", new Platform("Discord", "Hover over (or press and hold) the message, choose \"Report"
                    + " Message\" and the category.", Map.of("threat", "Threats", "hate", "Hateful conduct",
                    "sexual", "Sexual content", "selfHarm", "Self-harm", "harassment", "Harassment")),
            "sms", new Platform("your mobile network", "Call your mobile network's nuisance and malicious calls"
                    + " team (or use its website) and ask them to block the number; give them the text below.",
                    Map.of()),
            "email", new Platform("the sender's email provider", "Send the text below to the sender's email"
                    + " provider's abuse address, with the messages attached as files (not forwarded inline).",
                    Map.of()));

    private Drafts() {
    }

    /**
     * The report to the platform most of the abusive messages came through; for the defence perspective, the
     * {@link #DEFENCE_NOTE} instead.
     */
    public static String platform(ReportInput input) {
        Assessment a = input.result().assessment();
        if (a.perspective() == Perspective.DEFENCE) {
            return DEFENCE_NOTE + "\n";
        }
        ConversationFindings f = input.result().findings();
        List<MessageSignals> worst = worst(f);
        String platformId = worst.isEmpty() ? firstPlatform(input)
                : worst.get(0).message().platform();
        Platform p = PLATFORMS.getOrDefault(platformId.equals("mms") ? "sms" : platformId,
                new Platform("the platform", "Use the platform's \"Report\" option on the messages or the account.",
                        Map.of()));
        StringBuilder t = new StringBuilder();
        t.append("REPORT TO ").append(p.name().toUpperCase(Locale.UK)).append("\n\nHow: ").append(p.how()).append('\n');
        Set<String> cats = new LinkedHashSet<>();
        for (String kind : kinds(f)) {
            String c = p.categories().get(kind);
            if (c != null) {
                cats.add(c);
            }
        }
        if (!cats.isEmpty()) {
            t.append("Category to choose: ").append(String.join("; or ", cats))
                    .append(" (pick the closest if the app words it differently).\n");
        }
        List<String> accused = f.accused().isEmpty() ? List.of("[the sender's name or username]") : f.accused();
        t.append("\n---\nI am reporting abusive messages sent to me (").append(visible(a.complainant()))
                .append(") by ").append(visible(String.join(", ", accused))).append(" in \"")
                .append(visible(conversation(input, worst))).append("\". Between ").append(day(a.summary().firstAt()))
                .append(" and ").append(day(a.summary().lastAt())).append(" they sent ").append(f.offending().size())
                .append(" abusive message(s)");
        if (!f.stopRequests().isEmpty()) {
            t.append(", including ").append(f.afterStop().size()).append(" after I asked them to stop");
        }
        t.append(". ").append(describe(f)).append("\n\nThe messages (id, time, sender, text):\n");
        quote(t, worst);
        t.append("\nPlease remove this content and act on the account. I have kept a copy of the whole conversation"
                + " as evidence and may report it to the police.\n---\n");
        return t.toString();
    }

    /**
     * A first account for the police: what happened, when, the evidence held and the exhibits; for the defence
     * perspective, the {@link #DEFENCE_NOTE} instead.
     */
    public static String police(ReportInput input) {
        Assessment a = input.result().assessment();
        if (a.perspective() == Perspective.DEFENCE) {
            return DEFENCE_NOTE + "\n";
        }
        ConversationFindings f = input.result().findings();
        List<MessageSignals> worst = worst(f);
        StringBuilder t = new StringBuilder();
        t.append("FIRST ACCOUNT FOR THE POLICE (case reference ").append(input.caseReference()).append(")\n\n");
        t.append("My name is ").append(visible(a.complainant())).append(". [Your date of birth, address and a phone"
                + " number the police can use safely.]\n\nWhat happened: ");
        List<String> accused = f.accused().isEmpty() ? List.of("[name]") : f.accused();
        t.append("between ").append(day(a.summary().firstAt())).append(" and ").append(day(a.summary().lastAt()))
                .append(", ").append(visible(String.join(", ", accused))).append(" sent me ")
                .append(f.offending().size()).append(" abusive message(s) on ")
                .append(f.occasions().size()).append(" separate occasion(s), out of ").append(a.summary().messages())
                .append(" messages in the conversation. ").append(describe(f)).append(" I know them as [how you know"
                        + " the sender, and how you know the account is theirs].\n");
        if (!f.stopRequests().isEmpty()) {
            t.append("I asked them to stop on ").append(when(f.stopRequests().get(0).message())).append(" (message ")
                    .append(f.stopRequests().get(0).message().id()).append("). They sent ").append(f.afterStop().size())
                    .append(" message(s) after that.\n");
        }
        if (!f.thirdParty().isEmpty()) {
            t.append("They also contacted, or threatened to contact, people around me (messages ")
                    .append(String.join(", ", ids(f.thirdParty()))).append(").\n");
        }
        t.append("\nThe most serious messages (id, time, sender, exact text):\n");
        quote(t, worst);
        t.append("\nHow this has affected me: [what you felt, what you have changed (routes, work, sleep, going out),"
                + " and whether you fear violence].\n\nEvidence I hold: ");
        if (!input.exhibits().isEmpty()) {
            t.append("the original exports, preserved unaltered with a hash-chained custody log, as exhibits:\n");
            for (Exhibit e : input.exhibits()) {
                t.append("  ").append(e.ref()).append("  ").append(visible(e.name())).append("  SHA-256 ")
                        .append(e.sha256()).append("  received ").append(e.receivedAt()).append('\n');
            }
        } else {
            t.append("the original exports, unaltered:\n");
            sources(input).forEach((name, sha) -> t.append("  ").append(visible(name)).append("  SHA-256 ")
                    .append(sha).append('\n'));
        }
        t.append("I also have the phone or computer the messages were received on, and can show them on it.\n");
        List<OffenceFinding> reached = a.offences().stream().filter(o -> o.strength().compareTo(Strength.MODERATE)
                >= 0).toList();
        if (!reached.isEmpty()) {
            t.append("\nThe attached report assesses these messages against: ")
                    .append(String.join("; ", reached.stream().map(OffenceFinding::citation).toList())).append(".\n");
        }
        return t.toString();
    }

    /**
     * What every surface gives instead of the drafts for the defence perspective: both drafts are the complainant's
     * documents (a report of messages received, a first account as a victim), so they are not produced for the
     * person accused; the note says what to do instead.
     */
    public static final String DEFENCE_NOTE = "No drafts are produced for the defence. The report to the platform and"
            + " the first account for the police are written for the person who received the messages. If the police"
            + " contact you about these messages, do not send them your own account first: ask for the duty"
            + " solicitor (free) before any interview, even a voluntary one, and keep every message, including your"
            + " own, unaltered.";

    /**
     * Both drafts, one after the other, as the {@code drafts} output prints them; for the defence perspective, the
     * {@link #DEFENCE_NOTE} once.
     */
    public static String both(ReportInput input) {
        if (input.result().assessment().perspective() == Perspective.DEFENCE) {
            return DEFENCE_NOTE + "\n";
        }
        return platform(input) + "\n\n" + police(input);
    }

    /** The abusive messages from others, most severe first, then in time order; at most {@value #QUOTED}. */
    static List<MessageSignals> worst(ConversationFindings f) {
        return f.offending().stream().sorted(Comparator.comparingInt(MessageSignals::severity).reversed())
                .limit(QUOTED).sorted(Comparator.comparing(s -> s.message().sentAt())).toList();
    }

    private static List<String> kinds(ConversationFindings f) {
        List<String> kinds = new ArrayList<>();
        if (f.offending().stream().anyMatch(s -> s.has(Label.THREAT))) {
            kinds.add("threat");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.HATE))) {
            kinds.add("hate");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.SEXUAL))) {
            kinds.add("sexual");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            kinds.add("selfHarm");
        }
        if (!f.exposure().isEmpty()) {
            kinds.add("exposure");
        }
        if (!f.offending().isEmpty()) {
            kinds.add("harassment");
        }
        return kinds;
    }

    private static String describe(ConversationFindings f) {
        List<String> parts = new ArrayList<>();
        if (f.offending().stream().anyMatch(s -> s.has(Label.THREAT))) {
            parts.add("threats of violence");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.HATE))) {
            parts.add("hateful abuse");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.SEXUAL))) {
            parts.add("sexual content");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Label.SELF_HARM))) {
            parts.add("telling me to harm myself");
        }
        if (f.offending().stream().anyMatch(s -> s.has(Cue.EXPOSURE_THREAT))) {
            parts.add("threats to share private images or information");
        }
        if (parts.isEmpty()) {
            return f.offending().isEmpty() ? "" : "The messages are insulting and abusive.";
        }
        return "They include " + String.join(", ", parts) + ".";
    }

    private static void quote(StringBuilder t, List<MessageSignals> list) {
        if (list.isEmpty()) {
            t.append("  (none found by the tool: add the messages you mean)\n");
        }
        for (MessageSignals s : list) {
            Message m = s.message();
            t.append("  ").append(m.id()).append(", ").append(when(m)).append(", ").append(visible(m.sender()))
                    .append(": \"").append(visible(m.text()).replace("\n", " / ")).append("\"\n");
        }
    }

    private static List<String> ids(List<MessageSignals> list) {
        return list.stream().map(s -> s.message().id()).toList();
    }

    private static String conversation(ReportInput input, List<MessageSignals> worst) {
        return worst.isEmpty() ? input.result().timeline().messages().stream().map(Message::conversation)
                .findFirst().orElse("") : worst.get(0).message().conversation();
    }

    private static String firstPlatform(ReportInput input) {
        return input.result().timeline().messages().stream().map(Message::platform).findFirst().orElse("");
    }

    static Map<String, String> sources(ReportInput input) {
        Map<String, String> files = new java.util.TreeMap<>();
        for (Message m : input.result().timeline().messages()) {
            files.putIfAbsent(m.source().file(), m.source().sha256());
            m.alsoIn().forEach(l -> files.putIfAbsent(l.file(), l.sha256()));
        }
        return files;
    }

    private static String when(Message m) {
        return m.sentAt() == null ? "[time unknown]" : WHEN.format(m.sentAt());
    }

    private static String day(java.time.OffsetDateTime t) {
        return t == null ? "[date]" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(t);
    }

    /** Text with control and direction-override characters shown as code points, so a paste cannot hide them. */
    static String visible(String s) {
        return Html.visible(s);
    }
}
