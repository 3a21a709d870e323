package org.malcomms.law;

import java.util.ArrayList;
import java.util.List;
import org.malcomms.analysis.ConversationAnalyzer;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.analysis.Identification;
import org.malcomms.analysis.MessageSignals;
import org.malcomms.model.Factor;

/** The conversation patterns the analysis found, each with the messages behind it, for the reader of a report. */
final class Patterns {
    private Patterns() {
    }

    static List<Factor> of(ConversationFindings f) {
        List<Factor> out = new ArrayList<>();
        add(out, "channel:" + f.channel().json(), f.offending(), "The offending messages were "
                + switch (f.channel()) {
                    case DIRECT -> "sent one-to-one.";
                    case GROUP -> "sent into a group others could read.";
                    case PUBLIC -> "posted publicly.";
                } + (f.facts().audience().channel() != null ? " (from the case facts)" : ""));
        if (f.occasions().size() >= 2) {
            add(out, "occasions", EvidenceTests.firstOfEach(f.occasions()), f.occasions().size() + " separate"
                    + " occasions of offending or unwanted contact (an hour or more of quiet between them).");
        }
        if (f.escalating()) {
            add(out, "escalation", f.offending(), "Later occasions were more severe than the first.");
        }
        add(out, "late-night", f.lateNight(), "Sent between 23:00 and 06:00.");
        if (f.maxBurst() >= ConversationAnalyzer.UNANSWERED_RUN) {
            add(out, "burst", f.unwanted(), f.maxBurst() + " messages from others within one hour.");
        }
        add(out, "request-to-stop", f.stopRequests(), "The complainant asked for contact to stop, or blocked the"
                + " sender.");
        add(out, "contact-after-request-to-stop", f.afterStop(), "Messages sent after that request.");
        add(out, "contact-after-block", f.afterBlock(), "Messages sent after the sender was blocked.");
        add(out, "third-party-contact", f.thirdParty(), "Contact with, or threats to contact, employer, staff,"
                + " family or followers.");
        add(out, "exposure", f.exposure(), "Threats to share, or claims to have shared, images or private"
                + " information.");
        add(out, "demands", f.demands(), "Demands made under pressure.");
        add(out, "monitoring", f.monitoring(), "The sender shows they are watching or tracking the complainant.");
        add(out, "named", f.named(), "Offending messages that name the complainant.");
        if (f.banter()) {
            add(out, "banter", f.complainantAbuse(), "Both sides trade insults as jokes; nobody asks for it to stop.");
        } else if (f.mutual()) {
            add(out, "mutual-exchange", f.complainantAbuse(), "The complainant also sent abusive messages.");
        }
        add(out, "remorse", f.remorse(), "The sender apologised.");
        Identification id = f.identification();
        if (!id.main().isEmpty()) {
            out.add(new Factor("identification:" + (id.phoneNumber() ? "number" : "account"), List.of(),
                    "The conduct came from " + String.join(", ", id.accounts()) + (id.sourcesSeenIn().size() > 1
                    ? "; the main account appears in " + id.sourcesSeenIn().size() + " sources." : "."), ""));
        }
        add(out, "identification:anonymous", id.anonymity(), "The sender hides who they are.");
        add(out, "identification:evasion", id.evasion(), "The sender came back on a new number or account.");
        return out;
    }

    private static void add(List<Factor> out, String id, List<MessageSignals> messages, String reason) {
        if (!messages.isEmpty()) {
            out.add(new Factor(id, EvidenceTests.ids(messages, 10), reason, ""));
        }
    }
}
