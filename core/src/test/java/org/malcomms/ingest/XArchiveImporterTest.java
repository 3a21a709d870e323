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

class XArchiveImporterTest {
    private final XArchiveImporter importer = new XArchiveImporter();

    @Test
    void readsDirectMessagesOldestFirstUnescapedWithLinksExpanded() throws Exception {
        List<Message> m = Imported.read(importer, TestFiles.source("x/direct-messages.js"), Warnings.silent());
        assertThat(m).hasSize(2);
        assertThat(m.get(0).text()).isEqualTo("leave me alone");
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(0).sender()).isEqualTo("1111111111");
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-02-10T22:00Z");
        assertThat(m.get(1).text()).isEqualTo("posted this for everyone & their mates >> https://example.org/her-address");
        assertThat(m.get(1).conversation()).isEqualTo("1111111111-2222222222");
        assertThat(m.get(1).channel()).isEqualTo(Channel.DIRECT);
        assertThat(m.get(1).metadata()).containsEntry("recipientId", "1111111111");
    }

    @Test
    void readsGroupDmsByTheirNameAndTweetsAsPublicPosts() throws Exception {
        List<Message> g = Imported.read(importer, TestFiles.source("x/direct-messages-group.js"), Warnings.silent());
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.conversation()).isEqualTo("the real ones");
            assertThat(x.channel()).isEqualTo(Channel.GROUP);
            assertThat(x.text()).isEqualTo("she <3s attention");
            assertThat(x.metadata()).containsEntry("reactions", "funny 3333333333");
        });
        List<Message> t = Imported.read(importer, TestFiles.source("x/tweets.js"), Warnings.silent());
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.channel()).isEqualTo(Channel.PUBLIC);
            assertThat(x.sentAt().toString()).isEqualTo("2026-06-07T10:22:57+01:00");
            assertThat(x.text()).isEqualTo("@martak everyone in Leeds should know what you & your sister did");
            assertThat(x.metadata()).containsEntry("inReplyTo", "martak").containsEntry("mentions", "@martak");
        });
    }

    @Test
    void refusesAFileWithoutTheAssignment() {
        assertThatThrownBy(() -> Imported.read(importer, new Imported.Bytes("tweets.js",
                "[{\"tweet\":{}}]".getBytes(StandardCharsets.UTF_8)), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageContaining("window.YTD");
    }
}
