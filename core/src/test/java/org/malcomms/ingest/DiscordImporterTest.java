package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.ZoneSource;

class DiscordImporterTest {
    private final DiscordImporter importer = new DiscordImporter();

    @Test
    void readsDiscordChatExporterJson() throws Exception {
        List<Message> m = Imported.read(importer, TestFiles.source("discord/guild-channel.json"), Warnings.silent());
        assertThat(m).hasSize(3);
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(0).metadata()).containsEntry("type", "GuildMemberJoin");
        Message threat = m.get(1);
        assertThat(threat.conversation()).isEqualTo("Allotment Society / #plots");
        assertThat(threat.channel()).isEqualTo(Channel.GROUP);
        assertThat(threat.sender()).isEqualTo("Dee");
        assertThat(threat.text()).isEqualTo("nobody wants you here @Marta\nleave or else 🔪");
        assertThat(threat.sentAt().toString()).isEqualTo("2024-06-01T23:45:10.500+01:00");
        assertThat(threat.zoneSource()).isEqualTo(ZoneSource.EXPORT);
        assertThat(threat.edited()).isTrue();
        // snowflakes stay exact as text
        assertThat(threat.metadata()).containsEntry("messageId", "1234567890123456790")
                .containsEntry("authorId", "900000000000000001").containsEntry("authorName", "plotholder7")
                .containsEntry("reactions", "😂 x2").containsEntry("mentions", "marta.k");
        // a UTC timestamp is shown at the London offset of the day
        assertThat(m.get(2).sentAt().toString()).isEqualTo("2024-06-02T08:00+01:00");
        assertThat(m.get(2).sender()).isEqualTo("Deleted User");
        assertThat(m.get(2).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(2).metadata()).containsEntry("replyTo", "1234567890123456790");
    }

    @Test
    void readsDiscordChatExporterCsvWithNewlinesInCells() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, TestFiles.source("discord/plots.csv"), w);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).text()).isEqualTo("nobody wants you here\nleave or else 🔪");
        assertThat(m.get(0).sender()).isEqualTo("plotholder7");
        assertThat(m.get(0).conversation()).isEqualTo("plots");
        assertThat(m.get(0).source().line()).isEqualTo(2);
        assertThat(m.get(1).source().line()).isEqualTo(4);
        assertThat(m.get(1).attachments()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("screenshot.png"));
        assertThat(m.get(1).metadata()).containsEntry("reactions", "👍 (1)");
        assertThat(w.skips()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(5));
    }
}
