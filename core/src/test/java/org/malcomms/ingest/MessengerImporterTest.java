package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Timeline;
import org.malcomms.model.ZoneSource;

class MessengerImporterTest {
    private Timeline folder(Path dir) throws Exception {
        return new TimelineBuilder(Importers.standard(), ImportContext.quiet(Imported.LONDON))
                .build(Inputs.expand(List.of(dir)), null);
    }

    @Test
    void readsASplitInboxFolderOldestFirstWithMojibakeRepairedAndBomSkipped() throws Exception {
        Timeline t = folder(TestFiles.path("messenger/inbox"));
        List<Message> m = t.messages();
        assertThat(m).hasSize(5);
        assertThat(t.skipped()).isZero();
        assertThat(m).allSatisfy(x -> {
            assertThat(x.platform()).isEqualTo("messenger");
            assertThat(x.conversation()).isEqualTo("Jordan Pike");
            assertThat(x.channel()).isEqualTo(Channel.DIRECT);
            assertThat(x.zoneSource()).isEqualTo(ZoneSource.EXPORT);
        });
        // message_2.json holds the older messages; each file is newest first
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(0).metadata()).containsEntry("callDuration", "0");
        assertThat(m.get(1).text()).isEqualTo("café at 8?\nor not, whatever");
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-07-01T01:00+01:00");
        assertThat(m.get(1).source().file()).isEqualTo("jordanpike_10153/message_2.json");
        assertThat(m.get(2).sender()).isEqualTo("Zoë Ward");
        assertThat(m.get(2).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(2).attachments().get(0).name()).isEqualTo("4455_n.jpg");
        assertThat(m.get(3).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(4).text()).isEqualTo("you'll regret this, Zoë 😡");
        assertThat(m.get(4).metadata()).containsEntry("reactions", "😢 Zoë Ward");
        assertThat(m.get(4).id()).isEqualTo("m-000005");
    }

    @Test
    void readsTheEndToEndEncryptedShape() throws Exception {
        List<Message> m = Imported.read(MessengerImporter.messenger(),
                TestFiles.source("messenger/e2ee/jordan_pike.json"), Warnings.silent());
        assertThat(m).extracting(Message::kind)
                .containsExactly(MessageKind.DELETED, MessageKind.MEDIA, MessageKind.MESSAGE);
        assertThat(m.get(1).attachments().get(0).name()).isEqualTo("clip.mp4");
        assertThat(m.get(2).text()).isEqualTo("I know where you work");
        assertThat(m.get(2).sentAt().toString()).isEqualTo("2025-01-01T00:00Z");
        assertThat(m.get(2).metadata()).containsEntry("reactions", "👎 Zoë Ward");
    }

    @Test
    void repairsMojibakeOnlyWhenItDecodes() {
        assertThat(Json.unmojibake("caf\u00c3\u00a9")).isEqualTo("café");
        assertThat(Json.unmojibake("café")).isEqualTo("café");
        assertThat(Json.unmojibake("naïve 😀")).isEqualTo("naïve 😀");
        assertThat(Json.unmojibake("\u00c3(")).isEqualTo("\u00c3(");
    }

    @Test
    void ordersSplitFilesNaturallyAndTellsInstagramByItsPath(@TempDir Path dir) throws Exception {
        Path thread = dir.resolve("your_instagram_activity/messages/inbox/marta_1");
        Files.createDirectories(thread);
        List<String> expected = new ArrayList<>();
        for (int n = 11; n >= 1; n--) {
            long ms = 1_700_000_000_000L + (11 - n) * 60_000L;
            String text = "part " + n;
            expected.add(text);
            Files.writeString(thread.resolve("message_" + n + ".json"), "{\"participants\":[{\"name\":\"A\"},"
                    + "{\"name\":\"B\"}],\"messages\":[{\"sender_name\":\"A\",\"timestamp_ms\":" + ms
                    + ",\"content\":\"" + text + "\"}],\"title\":\"B\"}");
        }
        List<SourceInput> sources = Inputs.expand(List.of(dir));
        assertThat(sources).extracting(SourceInput::name).endsWith(
                "your_instagram_activity/messages/inbox/marta_1/message_9.json",
                "your_instagram_activity/messages/inbox/marta_1/message_10.json",
                "your_instagram_activity/messages/inbox/marta_1/message_11.json");
        Timeline t = folder(dir);
        assertThat(t.messages()).extracting(Message::text).containsExactlyElementsOf(expected);
        assertThat(t.messages()).allSatisfy(x -> assertThat(x.platform()).isEqualTo("instagram"));
    }
}
