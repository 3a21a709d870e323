package org.malcomms.law;

import java.util.ArrayList;
import java.util.List;
import org.malcomms.analysis.ConversationFindings;
import org.malcomms.model.OffenceFinding;
import org.malcomms.model.Perspective;
import org.malcomms.model.Recommendation;
import org.malcomms.model.Strength;

/** The practical next steps for the person the assessment is for, in the order they should take them. */
final class NextSteps {
    static final String DANGER = "If you are in immediate danger, call 999 now.";

    private NextSteps() {
    }

    static List<String> build(ConversationFindings f, List<OffenceFinding> offences, Recommendation recommendation,
                              boolean danger, Perspective perspective) {
        List<String> steps = new ArrayList<>();
        if (perspective == Perspective.DEFENCE) {
            steps.add("Get advice from a criminal defence solicitor before speaking to the police; at a police"
                    + " station legal advice is free.");
            steps.add("Do not contact the complainant, directly or through others: further contact can itself be"
                    + " evidence of harassment.");
            steps.add("Keep the whole conversation, including messages you received, as it may show context the"
                    + " complainant's copy leaves out. Do not delete anything.");
            steps.add("Note anything that bears on who sent the messages (shared or hacked accounts, devices).");
            return steps;
        }
        if (danger) {
            steps.add(DANGER);
        }
        steps.add("Do not reply: replies can encourage the sender and can be used to paint the exchange as mutual.");
        steps.add("Keep everything: do not delete the chat. Keep this case folder and export the whole conversation"
                + " again if more messages arrive; screenshot with the sender and date visible.");
        steps.add("Block or mute the sender once the evidence is saved (muting is invisible to the sender). On"
                + " WhatsApp: open the chat, tap the name, then Block and Report; reporting sends the last messages to"
                + " WhatsApp.");
        if (recommendation != Recommendation.RETHINK || offences.stream()
                .anyMatch(o -> o.strength().compareTo(Strength.MODERATE) >= 0)) {
            steps.add((danger ? "Otherwise report" : "Report") + " to the police: call 101, use your force's online"
                    + " form, or go to a police station. Give them this report and the case folder's exhibit list.");
        } else {
            steps.add("The messages may not reach the criminal threshold. You can still report them to the platform,"
                    + " and to the police on 101 if they continue or get worse.");
        }
        if (!f.thirdParty().isEmpty()) {
            steps.add("Warn your employer, staff or family that they may be contacted, and ask them to keep (not"
                    + " delete) anything they receive.");
        }
        if (!f.accused().isEmpty() && f.accused().get(0).matches("\\+?[0-9 ()-]{7,}")) {
            steps.add("The sender is a phone number (" + f.accused().get(0) + "): police can ask the network for the"
                    + " subscriber's details.");
        }
        steps.add("Victim Support is free and independent; you do not need to report to the police to use it"
                + " (08 08 16 89 111, victimsupport.org.uk).");
        steps.add("Civil route: the Protection from Harassment Act 1997, s.3, allows a claim for an injunction and"
                + " damages.");
        return steps;
    }
}
