package org.malcomms.analysis;

import java.util.List;

/**
 * What the messages say about who sent them.
 *
 * @param accounts       the accounts or numbers that sent the conduct, most active first
 * @param phoneNumber    whether the main account is a bare phone number (no saved contact name)
 * @param anonymity      messages in which the sender hides who they are ("you don't know who I am")
 * @param evasion        messages that get round a block ("new number", "you blocked me")
 * @param sourcesSeenIn  the source files in which the main account appears (more than one ties them together)
 * @param screenshotOnly whether the conduct is known only from screenshots
 */
public record Identification(List<String> accounts, boolean phoneNumber, List<MessageSignals> anonymity,
                             List<MessageSignals> evasion, List<String> sourcesSeenIn, boolean screenshotOnly) {
    public Identification {
        accounts = List.copyOf(accounts);
        anonymity = List.copyOf(anonymity);
        evasion = List.copyOf(evasion);
        sourcesSeenIn = List.copyOf(sourcesSeenIn);
    }

    /** The account the conduct mostly came from, or an empty string when there is none. */
    public String main() {
        return accounts.isEmpty() ? "" : accounts.get(0);
    }

    /** The sender hid or changed their account: identification will need more than the export. */
    public boolean hidden() {
        return !anonymity.isEmpty() || !evasion.isEmpty() || (accounts.size() > 1 && phoneNumber);
    }

    /**
     * Nothing in the export names the sender: hidden, or a bare number the complainant has not saved as a contact.
     * Who holds the number or account must then be proved from other records.
     */
    public boolean unnamed() {
        return hidden() || phoneNumber;
    }

    public static boolean isPhoneNumber(String sender) {
        return sender.matches("\\+?[0-9][0-9 ()-]{6,}");
    }
}
