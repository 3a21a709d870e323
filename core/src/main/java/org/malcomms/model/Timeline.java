package org.malcomms.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged, numbered messages of a case, plus how many parts of the inputs could not be read.
 */
public record Timeline(List<Message> messages, int skipped) {
    public Timeline {
        messages = List.copyOf(messages);
    }

    /** Everyone who sent a message other than a platform notice, in order of first appearance. */
    public List<Party> parties() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.kind() != MessageKind.SYSTEM && !m.sender().isEmpty()) {
                counts.merge(m.sender(), 1, Integer::sum);
            }
        }
        List<Party> parties = new ArrayList<>();
        counts.forEach((name, n) -> parties.add(new Party(name, n)));
        return parties;
    }

    /** Each conversation the messages came from (by platform and title), with its widest channel and its senders. */
    public List<Conversation> conversations() {
        Map<String, List<Message>> byConversation = new LinkedHashMap<>();
        for (Message m : messages) {
            byConversation.computeIfAbsent(m.platform() + "\n" + m.conversation(), k -> new ArrayList<>()).add(m);
        }
        List<Conversation> conversations = new ArrayList<>();
        for (List<Message> ms : byConversation.values()) {
            Channel widest = Channel.DIRECT;
            java.util.Set<String> senders = new java.util.LinkedHashSet<>();
            for (Message m : ms) {
                if (m.channel().ordinal() > widest.ordinal()) {
                    widest = m.channel();
                }
                if (m.kind() != MessageKind.SYSTEM && !m.sender().isEmpty()) {
                    senders.add(m.sender());
                }
            }
            conversations.add(new Conversation(ms.get(0).platform(), ms.get(0).conversation(), widest,
                    List.copyOf(senders)));
        }
        return conversations;
    }
}
