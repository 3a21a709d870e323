package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.ZoneSource;

class EmailImporterTest {
    private final EmailImporter importer = new EmailImporter();

    @Test
    void readsAnEmlWithEncodedWordsCharsetsAttachmentsAndAForwardedMessage() throws Exception {
        List<Message> m = Imported.read(importer, TestFiles.source("email/threat.eml"), Warnings.silent());
        assertThat(m).hasSize(2);
        Message mail = m.get(0);
        assertThat(mail.platform()).isEqualTo("email");
        assertThat(mail.sender()).isEqualTo("Déan Whitlock <dean@example.net>");
        assertThat(mail.conversation()).isEqualTo("You're finished 👀");
        assertThat(mail.channel()).isEqualTo(Channel.DIRECT);
        assertThat(mail.sentAt().toString()).isEqualTo("2025-03-14T21:15Z");
        assertThat(mail.zoneSource()).isEqualTo(ZoneSource.EXPORT);
        // quoted-printable ISO-8859-1 text/plain is preferred over the HTML alternative
        assertThat(mail.text()).isEqualTo("I will tell the whole salon what you are, café girl.\nEveryone will know.");
        assertThat(mail.attachments()).extracting(a -> a.name() + "/" + a.type())
                .containsExactly("salon.jpg/image", "what she said/message");
        assertThat(mail.metadata()).containsEntry("messageId", "<abc123@example.net>");
        Message forwarded = m.get(1);
        assertThat(forwarded.sender()).isEqualTo("Someone Else <other@example.org>");
        assertThat(forwarded.text()).isEqualTo("the forwarded words");
        assertThat(forwarded.sentAt().toString()).isEqualTo("2025-03-13T10:00Z");
        assertThat(forwarded.metadata()).containsEntry("forwardedWithin", "<abc123@example.net>")
                .containsEntry("forwardedBy", "Déan Whitlock <dean@example.net>");
    }

    @Test
    void readsAnMboxFallingBackToTheFromLineAndSkippingAnUndatedMessage() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, TestFiles.source("email/gmail.mbox"), w);
        assertThat(m).hasSize(2);
        Message first = m.get(0);
        // "Date: sometime on Saturday" is unreadable: the From line's time is used
        assertThat(first.sentAt().toString()).isEqualTo("2025-03-15T09:30Z");
        assertThat(first.text()).isEqualTo("I've sent your boss the photos.\nFrom now on you'll think twice.");
        assertThat(first.channel()).isEqualTo(Channel.GROUP);
        assertThat(first.conversation()).isEqualTo("Your complaint");
        assertThat(first.metadata()).containsEntry("gmailThread", "1826551234567890123")
                .containsEntry("gmailLabels", "Inbox,Important");
        assertThat(first.source().line()).isEqualTo(1);
        Message second = m.get(1);
        assertThat(second.text()).isEqualTo("Please stop contacting me and my employer. \u201cFinal\u201d request.");
        assertThat(second.source().line()).isEqualTo(13);
        assertThat(second.kind()).isEqualTo(MessageKind.MESSAGE);
        assertThat(w.skips()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(25));
    }

    @Test
    void readsMalformedDatesLeniently() {
        var london = Imported.LONDON;
        assertThat(EmailDates.header("Sat, 15 Mar 25 9:05 GMT (Greenwich)", london).at().toString())
                .isEqualTo("2025-03-15T09:05Z");
        assertThat(EmailDates.header("15 March 2025 10:00:00 -0500", london).at().toString())
                .isEqualTo("2025-03-15T10:00-05:00");
        EmailDates.Stamp noZone = EmailDates.header("Mon, 14 Jul 2025 22:00:00", london);
        assertThat(noZone.zoned()).isFalse();
        assertThat(noZone.at().toString()).isEqualTo("2025-07-14T22:00+01:00");
        assertThat(EmailDates.header("yesterday", london)).isNull();
        assertThat(EmailDates.fromLine("From a@b Thu Mar 14 21:15:00 2024", london).at().toString())
                .isEqualTo("2024-03-14T21:15Z");
    }
}
