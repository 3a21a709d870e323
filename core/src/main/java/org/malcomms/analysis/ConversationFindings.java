package org.malcomms.analysis;

import java.util.List;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;

/**
 * What the conversation as a whole shows, from the complainant's point of view. Every list holds the messages
 * behind the finding, so each later conclusion can cite them.
 *
 * @param complainant       the person the assessment is for
 * @param complainantChosen true when the tool chose the complainant (no --complainant given)
 * @param accused           the other senders of the conduct, most active first
 * @param signals           every message's signals, in timeline order
 * @param offending         offending messages sent by others than the complainant
 * @param unwanted          others' messages sent after a request to stop or a block, or in a long unanswered run,
 *                          whatever they say
 * @param conduct           offending and unwanted messages together, in timeline order
 * @param occasions         the conduct grouped into occasions (separated by an hour or more of quiet)
 * @param lateNight         conduct sent between 23:00 and 06:00 local time
 * @param stopRequests      the complainant's requests to stop (and blocks the export records)
 * @param afterStop         messages others sent after the first request to stop
 * @param afterBlock        messages others sent after the complainant blocked them
 * @param thirdParty        messages contacting or threatening to contact employer, staff, family or followers
 * @param exposure          threats to share, or claims to have shared, images or private information
 * @param demands           demands made under pressure (money, more images, "or else")
 * @param monitoring        messages showing the sender watching or tracking the complainant
 * @param named             offending messages that name the complainant
 * @param complainantAbuse  offending messages the complainant sent (a mutual exchange when others also offend)
 * @param banter            both sides trade abuse as jokes and nobody asks for it to stop
 * @param remorse           apologies from the other side
 * @param escalating        whether severity rose over the occasions
 * @param maxBurst          the most messages others sent within any one hour
 * @param channel           the widest channel the offending messages used (or the audience the facts give)
 * @param identification    what the messages say about who sent them
 * @param facts             what the person supplied that the messages cannot show
 */
public record ConversationFindings(String complainant, boolean complainantChosen, List<String> accused,
                                   List<MessageSignals> signals, List<MessageSignals> offending,
                                   List<MessageSignals> unwanted, List<MessageSignals> conduct,
                                   List<List<MessageSignals>> occasions, List<MessageSignals> lateNight,
                                   List<MessageSignals> stopRequests, List<MessageSignals> afterStop,
                                   List<MessageSignals> afterBlock, List<MessageSignals> thirdParty,
                                   List<MessageSignals> exposure, List<MessageSignals> demands,
                                   List<MessageSignals> monitoring, List<MessageSignals> named,
                                   List<MessageSignals> complainantAbuse, boolean banter,
                                   List<MessageSignals> remorse, boolean escalating, int maxBurst, Channel channel,
                                   Identification identification, CaseFacts facts) {

    /** Where a message was seen: the audience the facts give, when they give one, else the export's channel. */
    public Channel channelOf(MessageSignals s) {
        return facts.audience().channel() != null ? facts.audience().channel() : s.message().channel();
    }

    /** Both sides sent abuse (and it was not banter between friends). */
    public boolean mutual() {
        return !complainantAbuse.isEmpty() && !offending.isEmpty();
    }
}
