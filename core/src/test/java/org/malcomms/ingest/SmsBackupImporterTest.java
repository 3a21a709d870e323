package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;

class SmsBackupImporterTest {
    private final SmsBackupImporter importer = new SmsBackupImporter();

    @Test
    void readsTextsWithDirectionSurrogatePairEmojiAndGroupMms() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, TestFiles.source("sms/backup.xml"), w);
        assertThat(m).hasSize(5);
        Message in = m.get(0);
        assertThat(in.platform()).isEqualTo("sms");
        assertThat(in.sender()).isEqualTo("Sam Okafor");
        assertThat(in.conversation()).isEqualTo("Sam Okafor");
        assertThat(in.text()).isEqualTo("I'm outside your house 😠");
        // date_sent (the sender's clock) is the sent time; date (received) is kept
        assertThat(in.sentAt().toString()).isEqualTo("2024-03-01T23:14:04Z");
        assertThat(in.metadata()).containsEntry("direction", "received")
                .containsEntry("receivedAt", "2024-03-01T23:14:05.123Z").doesNotContainKey("subject");
        assertThat(in.source().line()).isEqualTo(5);
        Message out = m.get(1);
        assertThat(out.sender()).isEqualTo(SmsBackupImporter.OWNER);
        assertThat(out.text()).isEqualTo("Go away or I call the police.\nLast warning.");
        assertThat(out.metadata()).containsEntry("direction", "sent");
        assertThat(m.get(2).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(2).metadata()).containsEntry("direction", "draft");
        Message group = m.get(3);
        assertThat(group.platform()).isEqualTo("mms");
        assertThat(group.channel()).isEqualTo(Channel.GROUP);
        assertThat(group.sender()).isEqualTo("Sam Okafor");
        assertThat(group.kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(group.text()).isEqualTo("everyone gets to see this now");
        assertThat(group.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("IMG_0042.jpg");
            assertThat(a.type()).isEqualTo("image");
        });
        // MMS date_sent is in seconds
        assertThat(group.sentAt().toString()).isEqualTo("2024-06-01T22:59:55+01:00");
        assertThat(m.get(4).sender()).isEqualTo(SmsBackupImporter.OWNER);
        assertThat(w.skips()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("backup.xml");
            assertThat(s.line()).isEqualTo(29);
        });
    }

    @Test
    void refusesDtdsAndExternalEntities() {
        assertThatThrownBy(() -> Imported.read(importer, TestFiles.source("sms/xxe.xml"), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageContaining("xxe.xml").hasMessageContaining("DTD");
        assertThatThrownBy(() -> Imported.read(importer, TestFiles.source("sms/billion-laughs.xml"),
                Warnings.silent())).isInstanceOf(InputException.class).hasMessageContaining("DTD");
    }

    @Test
    void mendsCharacterReferencesStrictParsersReject() throws Exception {
        String xml = "<smses><sms address=\"1\" date=\"1709334845123\" type=\"1\" body=\"a&#55357;&#56832;b&#1;c"
                + "&#xD83D;&#xDE00;&#55357;x&amp;\" /></smses>";
        List<Message> m = Imported.read(importer, new Imported.Bytes("refs.xml", xml.getBytes()), Warnings.silent());
        assertThat(m.get(0).text()).isEqualTo("a😀b\ufffdc😀\ufffdx&");
    }
}
