package org.malcomms.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the person knows that the messages cannot show, from a case facts file ({@code --facts case.yaml}).
 * Every part is optional; {@link #NONE} is a case with no facts supplied.
 *
 * @param jurisdiction where the case is (only {@code england-wales} is assessed)
 * @param audience     how the messages were seen, when the export cannot say (a WhatsApp community or channel)
 * @param victim       the complainant's vulnerability
 * @param relationship who the sender is to the complainant (ex-partner, neighbour, customer...)
 * @param impact       the effect on the complainant
 * @param sender       who the complainant knows the sender to be, and how
 * @param contact      when the complainant asked for contact to stop, or blocked the sender, outside the messages
 * @param courtOrders  orders that forbid the sender's conduct (a restraining order, a non-molestation order)
 * @param content      facts about the content the export cannot show (what an image showed, whether a claim is false)
 */
public record CaseFacts(String jurisdiction, Audience audience, Victim victim, String relationship, Impact impact,
                        Sender sender, Contact contact, List<CourtOrder> courtOrders, Content content) {
    public static final CaseFacts NONE = new CaseFacts(null, null, null, null, null, null, null, null, null);

    public CaseFacts {
        audience = audience == null ? new Audience(null, null, null) : audience;
        victim = victim == null ? new Victim(null, null, null) : victim;
        impact = impact == null ? new Impact(null, null, null) : impact;
        sender = sender == null ? new Sender(null, null) : sender;
        contact = contact == null ? new Contact(null, null) : contact;
        courtOrders = courtOrders == null ? List.of() : List.copyOf(courtOrders);
        content = content == null ? new Content(null, null, null, null) : content;
    }

    /** How widely the messages were seen: {@code channel} direct, group or public, and roughly how many saw them. */
    public record Audience(Channel channel, Integer size, String description) {
    }

    /** The complainant's vulnerability (age, disability, mental health, epilepsy for flashing images). */
    public record Victim(Boolean vulnerable, String vulnerability, Boolean epilepsy) {
    }

    /** The effect on the complainant, in their words, for the elements only they can speak to. */
    public record Impact(Boolean fearedViolence, Boolean seriousAlarmOrDistress, String dailyLife) {
    }

    /** Who the complainant knows the sender to be and how they know it. */
    public record Sender(String identity, String identifiedBy) {
    }

    /** When the complainant asked for contact to stop or blocked the sender, when the messages do not show it. */
    public record Contact(LocalDate askedToStopOn, LocalDate blockedOn) {
    }

    /** A court order forbidding contact or conduct. */
    public record CourtOrder(String kind, LocalDate madeOn, LocalDate expiresOn, String court, String terms) {
        public boolean inForceOn(LocalDate day) {
            return madeOn != null && !day.isBefore(madeOn) && (expiresOn == null || !day.isAfter(expiresOn));
        }
    }

    /** Facts about content: what an image showed, whether information was false, whether images were shared. */
    public record Content(Boolean imagesShowGenitals, Boolean intimateImageShared, String falseInformation,
                          Boolean flashingImages) {
    }
}
