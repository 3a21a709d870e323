package org.malcomms.analysis;

import java.util.List;
import org.malcomms.model.Channel;

/**
 * What the conversation as a whole shows, from the complainant's point of view. Every list holds the messages
 * behind the finding, so each later conclusion can cite them.
 *
 * @param complainant       the person the assessment is for
 * @param complainantChosen true when the tool chose the complainant (no --complainant given)
 * @param accused           the other senders of offending messages, most offending first
 * @param signals           every message's signals, in timeline order
 * @param offending         offending messages sent by others than the complainant
 * @param occasions         those messages grouped into occasions (separated by an hour or more of quiet)
 * @param lateNight         offending messages sent between 23:00 and 06:00 local time
 * @param stopRequests      the complainant's requests to stop
 * @param afterStop         messages others sent after the first request to stop
 * @param thirdParty        messages contacting or threatening to contact employer, staff, family or followers
 * @param exposure          threats to share images or private information
 * @param complainantAbuse  offending messages the complainant sent (a mutual exchange when others also offend)
 * @param escalating        whether severity rose over the occasions
 * @param maxBurst          the most messages others sent within any one hour
 * @param channel           the widest channel the offending messages used
 */
public record ConversationFindings(String complainant, boolean complainantChosen, List<String> accused,
                                   List<MessageSignals> signals, List<MessageSignals> offending,
                                   List<List<MessageSignals>> occasions, List<MessageSignals> lateNight,
                                   List<MessageSignals> stopRequests, List<MessageSignals> afterStop,
                                   List<MessageSignals> thirdParty, List<MessageSignals> exposure,
                                   List<MessageSignals> complainantAbuse, boolean escalating, int maxBurst,
                                   Channel channel) {
}
