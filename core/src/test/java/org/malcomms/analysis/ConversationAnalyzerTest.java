package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.malcomms.model.CaseFacts;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.Timeline;
import org.malcomms.model.ZoneSource;

/** The conversation patterns, on short timelines built here (no export needed). */
class ConversationAnalyzerTest {
    private final ConversationAnalyzer analyzer = new ConversationAnalyzer(HybridClassifier.standard());
    private final List<Message> messages = new ArrayList<>();

    private void say(String when, String sender, String text) {
        say(when, sender, text, Channel.DIRECT, "chat.txt");
    }

    private void say(String when, String sender, String text, Channel channel, String file) {
        MessageKind kind = sender.isEmpty() ? MessageKind.SYSTEM : MessageKind.MESSAGE;
        messages.add(new Message(String.format("m-%06d", messages.size() + 1), "whatsapp", "chat", channel, sender,
                OffsetDateTime.parse(when + ":00Z").withOffsetSameInstant(ZoneOffset.UTC), ZoneSource.ASSUMED, kind,
                text, List.of(), false, new SourceLocation(file, "0".repeat(64), messages.size() + 1), List.of(),
                Map.of()));
    }

    private ConversationFindings analyse(String complainant, CaseFacts facts) {
        return analyzer.analyse(new Timeline(messages, 0), complainant, false, facts);
    }

    @Test
    void aLongUnansweredRunIsUnwantedContactWhateverItSays() {
        for (int i = 0; i < 12; i++) {
            say(String.format("2025-03-16T01:%02d", i * 4), "Ryan", "answer me");
        }
        say("2025-03-16T07:40", "Holly", "Please stop messaging me");
        say("2025-03-16T07:42", "Ryan", "finally");
        ConversationFindings f = analyse("Holly", CaseFacts.NONE);
        assertThat(f.offending()).isEmpty();
        assertThat(f.unwanted()).hasSize(13);
        assertThat(f.afterStop()).extracting(s -> s.message().text()).containsExactly("finally");
        assertThat(f.lateNight()).hasSize(12);
        assertThat(f.maxBurst()).isEqualTo(12);
        assertThat(f.accused()).containsExactly("Ryan");
    }

    @Test
    void aFewMessagesWithRepliesAreNotUnwanted() {
        say("2025-03-16T10:00", "Ryan", "fancy lunch?");
        say("2025-03-16T10:05", "Holly", "sure");
        say("2025-03-16T10:06", "Ryan", "great, 1pm");
        assertThat(analyse("Holly", CaseFacts.NONE).conduct()).isEmpty();
    }

    @Test
    void theBlockShownInTheExportAndTheOneInTheFactsBothCount() {
        say("2025-09-01T19:00", "Leah", "I don't want any contact");
        say("2025-09-01T19:01", "", "You blocked this contact. Tap to unblock.");
        say("2025-09-08T12:05", "Aaron", "thought you'd unblock me eventually");
        ConversationFindings f = analyse("Leah", CaseFacts.NONE);
        assertThat(f.afterBlock()).hasSize(1);
        assertThat(f.stopRequests()).extracting(s -> s.message().id()).containsExactly("m-000001", "m-000002");

        messages.clear();
        say("2025-09-10T12:05", "Aaron", "saw you at the station");
        say("2025-09-12T12:05", "Aaron", "hello?");
        CaseFacts blocked = new CaseFacts(null, null, null, null, null, null,
                new CaseFacts.Contact(null, LocalDate.parse("2025-09-10")), null, null);
        ConversationFindings g = analyse("Leah", blocked);
        // the block on the 10th may have come after that day's message, so only the 12th counts
        assertThat(g.afterBlock()).extractingResultOf("message").extracting("text").containsExactly("hello?");
    }

    @Test
    void abuseNamingTheComplainantInAGroupIsAimedAtThem() {
        say("2024-11-04T18:00", "Nina Osei", "Parents' evening is Thursday", Channel.GROUP, "chat.txt");
        say("2024-11-04T18:05", "Paula", "Nina is a useless stupid cow of a teacher", Channel.GROUP, "chat.txt");
        say("2024-11-04T18:06", "Kerry", "Some teachers are useless cows", Channel.GROUP, "chat.txt");
        say("2024-11-04T18:08", "Paula", "Typical Nina, fucking useless", Channel.GROUP, "chat.txt");
        ConversationFindings f = analyse("Nina Osei", CaseFacts.NONE);
        assertThat(f.named()).extracting(s -> s.message().sender()).containsExactly("Paula", "Paula");
        // a mild insult stays rude when it names her; abuse the classifier did not see as aimed is aimed at her
        assertThat(f.named()).extracting(MessageSignals::severity).containsExactly(1, 2);
        assertThat(f.named().get(1).classification().has(Label.TARGETED)).isFalse();
        assertThat(f.channel()).isEqualTo(Channel.GROUP);
    }

    @Test
    void anAnonymousSenderOnTwoNumbersIsHidden() {
        say("2024-09-11T20:03", "+44 7700 900456", "you don't know who I am. ugly slag", Channel.DIRECT, "a.txt");
        say("2024-09-16T22:10", "+44 7700 900789", "new number. still an ugly slag", Channel.DIRECT, "b.txt");
        Identification id = analyse("Zara", CaseFacts.NONE).identification();
        assertThat(id.phoneNumber()).isTrue();
        assertThat(id.accounts()).hasSize(2);
        assertThat(id.anonymity()).hasSize(1);
        assertThat(id.evasion()).hasSize(1);
        assertThat(id.hidden()).isTrue();
    }

    @Test
    void oneNumberSeenInTwoSourcesTiesThemTogether() {
        say("2024-09-11T20:03", "+44 7700 900456", "you pathetic loser", Channel.DIRECT, "whatsapp.txt");
        say("2024-09-12T20:03", "+44 7700 900456", "worthless cow", Channel.DIRECT, "sms.xml");
        Identification id = analyse("Zara", CaseFacts.NONE).identification();
        assertThat(id.hidden()).isFalse();
        assertThat(id.sourcesSeenIn()).containsExactly("whatsapp.txt", "sms.xml");
    }

    @Test
    void jokingInsultsBothWaysAreBanterButAStopRequestEndsIt() {
        say("2024-12-25T14:00", "Jack", "merry christmas you absolute wanker \uD83D\uDE02");
        say("2024-12-25T14:02", "Dev", "merry christmas you prick haha");
        assertThat(analyse("Dev", CaseFacts.NONE).banter()).isTrue();
        say("2024-12-25T14:03", "Dev", "ok that's enough, please stop");
        assertThat(analyse("Dev", CaseFacts.NONE).banter()).isFalse();
    }

    @Test
    void theFactsCanSayTheMessagesWerePublic() {
        say("2025-06-06T12:41", "Gary", "Some managers round here are useless lazy wankers", Channel.GROUP, "c.txt");
        CaseFacts facts = new CaseFacts(null, new CaseFacts.Audience(Channel.PUBLIC, 340, "community page"), null,
                null, null, null, null, null, null);
        ConversationFindings f = analyse("Helen", facts);
        assertThat(f.channel()).isEqualTo(Channel.PUBLIC);
        assertThat(f.channelOf(f.offending().get(0))).isEqualTo(Channel.PUBLIC);
    }
}
