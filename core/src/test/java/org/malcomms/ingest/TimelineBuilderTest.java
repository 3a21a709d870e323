package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;

class TimelineBuilderTest {
    private static Timeline build(Path... files) throws Exception {
        return new TimelineBuilder(Importers.standard(), ImportContext.quiet(Imported.LONDON))
                .build(Inputs.expand(List.of(files)), null);
    }

    @Test
    void mergesAnExportWithALaterExportOfTheSameChatKeepingEachMessageOnce(@TempDir Path dir) throws Exception {
        String early = "14/03/2024, 21:15 - Sam: hi\n14/03/2024, 21:16 - Ana: ok\n14/03/2024, 21:16 - Ana: ok\n";
        Files.createDirectories(dir.resolve("march"));
        Files.createDirectories(dir.resolve("april"));
        Path first = Files.writeString(dir.resolve("march/WhatsApp Chat with Sam.txt"), early);
        Path second = Files.writeString(dir.resolve("april/WhatsApp Chat with Sam.txt"), early
                + "15/03/2024, 08:00 - Sam: you will pay\n");
        Timeline t = build(first, second);
        List<Message> m = t.messages();
        assertThat(m).extracting(Message::text).containsExactly("hi", "ok", "ok", "you will pay");
        assertThat(m).extracting(Message::id).containsExactly("m-000001", "m-000002", "m-000003", "m-000004");
        // each of the two identical "ok"s pairs with one in the other export
        assertThat(m.get(1).alsoIn()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("WhatsApp Chat with Sam.txt");
            assertThat(s.sha256()).isNotEqualTo(m.get(1).source().sha256());
            assertThat(s.line()).isEqualTo(2);
        });
        assertThat(m.get(2).alsoIn()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(3));
        assertThat(m.get(0).source().file()).isEqualTo("WhatsApp Chat with Sam.txt");
        assertThat(m.get(3).alsoIn()).isEmpty();
    }

    @Test
    void mergesDifferentPlatformsByTimeAndStreamsNumberedMessages(@TempDir Path dir) throws Exception {
        Path wa = Files.writeString(dir.resolve("chat.txt"), "14/03/2024, 21:15 - Sam: one\n"
                + "14/03/2024, 21:30 - Sam: three\n");
        Path csv = Files.writeString(dir.resolve("texts.csv"), "date,sender,message\n"
                + "2024-03-14T21:20:00Z,Sam,two\n2024-03-14T21:40:00Z,Sam,four\n");
        List<Message> streamed = new ArrayList<>();
        new TimelineBuilder(Importers.standard(), ImportContext.quiet(Imported.LONDON))
                .stream(Inputs.expand(List.of(wa, csv)), null, streamed::add);
        assertThat(streamed).extracting(Message::text).containsExactly("one", "two", "three", "four");
        assertThat(streamed).extracting(Message::platform).containsExactly("whatsapp", "csv", "whatsapp", "csv");
        assertThat(streamed.get(3).id()).isEqualTo("m-000004");
    }
}
