package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.ZoneSource;

class TelegramImporterTest {
    private final TelegramImporter importer = new TelegramImporter();

    @Test
    void readsASingleChatWithEntitiesEscapesMediaAndDeletedAccounts() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, TestFiles.source("telegram/single-chat.json"), w);
        assertThat(m).hasSize(5);
        Message call = m.get(0);
        assertThat(call.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(call.text()).isEqualTo("phone call (42 s)");
        assertThat(call.metadata()).containsEntry("action", "phone_call");
        // date_unixtime is exact; the local date beside it gives the offset (BST began that night)
        Message abuse = m.get(1);
        assertThat(abuse.sentAt().toString()).isEqualTo("2024-03-31T02:15:07+01:00");
        assertThat(abuse.zoneSource()).isEqualTo(ZoneSource.EXPORT);
        assertThat(abuse.text()).isEqualTo("you think you can ignore me? answer 😠\nsee https://example.org/x");
        assertThat(abuse.sender()).isEqualTo("Jordan Pike");
        assertThat(abuse.channel()).isEqualTo(Channel.DIRECT);
        assertThat(abuse.conversation()).isEqualTo("Jordan Pike");
        assertThat(abuse.metadata()).containsEntry("senderId", "user4400123").containsEntry("messageId", "102");
        assertThat(abuse.source().file()).isEqualTo("single-chat.json");
        assertThat(abuse.source().line()).isEqualTo(18);
        assertThat(abuse.source().sha256()).hasSize(64);
        // \x0C is not valid JSON: repaired to a form feed
        assertThat(m.get(2).text()).isEqualTo("stop messaging me\fplease");
        assertThat(m.get(2).edited()).isTrue();
        assertThat(m.get(3).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(3).text()).isEqualTo("look familiar?");
        assertThat(m.get(3).attachments().get(0).type()).isEqualTo("image");
        assertThat(m.get(4).sender()).isEqualTo("Deleted Account");
        assertThat(m.get(4).metadata()).containsEntry("senderId", "user7700789");
        assertThat(m.get(4).attachments().get(0).name()).isEqualTo("audio_1@31-03-2024_09-11-00.ogg");
        assertThat(m.get(4).attachments().get(0).type()).isEqualTo("audio");
        assertThat(w.count()).isEqualTo(1);
        assertThat(w.skips().get(0).file()).isEqualTo("single-chat.json");
        assertThat(w.skips().get(0).line()).isEqualTo(78);
    }

    @Test
    void readsAWholeAccountFromBefore2022InTheAssumedZone() throws Exception {
        List<Message> m = Imported.read(importer, TestFiles.source("telegram/account-2021.json"), Warnings.silent());
        assertThat(m).extracting(Message::conversation)
                .containsExactly("Flat 4 residents", "Flat 4 residents", "Local News");
        assertThat(m.get(0).text()).isEqualTo("invite members: Alex Moreno, Sam Okafor");
        assertThat(m.get(1).channel()).isEqualTo(Channel.GROUP);
        assertThat(m.get(2).channel()).isEqualTo(Channel.PUBLIC);
        // 01:30 on the night clocks went back happens twice: the earlier (BST) reading is taken
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2021-10-31T01:30+01:00");
        assertThat(m.get(1).zoneSource()).isEqualTo(ZoneSource.ASSUMED);
    }

    @Test
    void detectsTelegramAndRefusesOtherJson() {
        assertThat(importer.detect("result.json", "{\"name\":\"x\",\"type\":\"personal_chat\",\"messages\":[]}"
                .getBytes(StandardCharsets.UTF_8))).isGreaterThan(0.5);
        assertThat(importer.detect("a.json", "{\"guild\":{},\"messages\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isZero();
        assertThatThrownBy(() -> Imported.read(importer, new Imported.Bytes("bad.json",
                "[1,2".getBytes(StandardCharsets.UTF_8)), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageContaining("bad.json");
    }

    @Test
    void keepsWhatWasReadWhenTheFileIsCutOff() throws Exception {
        String cut = "{\"name\":\"A\",\"type\":\"personal_chat\",\"messages\":[\n"
                + "{\"id\":1,\"type\":\"message\",\"date\":\"2024-01-01T10:00:00\",\"date_unixtime\":\"1704103200\","
                + "\"from\":\"A\",\"text\":\"hello\"},\n{\"id\":2,\"type\":\"mess";
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, new Imported.Bytes("cut.json", cut.getBytes(StandardCharsets.UTF_8)),
                w);
        assertThat(m).extracting(Message::text).containsExactly("hello");
        assertThat(w.count()).isEqualTo(1);
        assertThat(w.skips().get(0).line()).isEqualTo(3);
    }
}
