package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.ZoneSource;

class WhatsAppImporterTest {
    private final WhatsAppImporter importer = new WhatsAppImporter();

    private List<Message> read(SourceInput source, Warnings warnings) throws Exception {
        List<Message> out = new ArrayList<>();
        importer.read(source, new ImportContext(ZoneId.of("Europe/London"), warnings, s -> { }), out::add);
        return out;
    }

    @Test
    void readsAnAndroidUkExport() throws Exception {
        List<Message> m = read(TestFiles.source("whatsapp/android-uk.txt"), Warnings.silent());
        assertThat(m).hasSize(9);
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(0).sender()).isEmpty();
        assertThat(m.get(1).sender()).isEqualTo("Sam Okafor");
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-03-14T21:15Z");
        assertThat(m.get(1).zoneSource()).isEqualTo(ZoneSource.ASSUMED);
        assertThat(m.get(1).channel()).isEqualTo(Channel.DIRECT);
        assertThat(m.get(2).sender()).isEqualTo("+44 7700 900123");
        assertThat(m.get(3).text()).isEqualTo("it's Sam from the flat\nline two of the same message");
        assertThat(m.get(3).source().line()).isEqualTo(4);
        assertThat(m.get(4).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(5).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(5).attachments()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("IMG-20240315-WA0001.jpg"))
                .satisfies(a -> assertThat(a.type()).isEqualTo("image"));
        assertThat(m.get(5).text()).isEqualTo("look at this 😡");
        assertThat(m.get(6).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(7).edited()).isTrue();
        assertThat(m.get(7).text()).isEqualTo("ok see you at 2");
        assertThat(m.get(7).sentAt().toString()).isEqualTo("2024-03-15T13:30Z");
        assertThat(m.get(1).source().sha256()).hasSize(64);
        assertThat(m.get(1).conversation()).isEqualTo("Sam Okafor & +44 7700 900123");
    }

    @Test
    void aDateLikeLineAfterAColonStaysText() throws Exception {
        List<Message> m = read(TestFiles.source("whatsapp/android-uk.txt"), Warnings.silent());
        assertThat(m).noneMatch(x -> x.text().startsWith("10:00"));
    }

    @Test
    void readsAnIosUs12HourExportWithNarrowNoBreakSpaces() throws Exception {
        List<Message> m = read(TestFiles.source("whatsapp/ios-us-12h.txt"), Warnings.silent());
        assertThat(m).hasSize(6);
        assertThat(m.get(0).kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.get(0).text()).isEqualTo("Messages and calls are end-to-end encrypted.");
        // 11:59:10 PM on 31 January 2024, London (GMT)
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-01-31T23:59:10Z");
        // 12:01 AM is just after midnight
        assertThat(m.get(2).sentAt().toString()).isEqualTo("2024-02-01T00:01:45Z");
        assertThat(m.get(2).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(2).attachments().get(0).type()).isEqualTo("image");
        assertThat(m.get(3).attachments().get(0).name()).isEqualTo("00000012-PHOTO-2024-02-01-00-02-00.jpg");
        assertThat(m.get(4).sentAt().toString()).isEqualTo("2024-02-01T13:15:30Z");
        assertThat(m.get(5).sentAt().toString()).isEqualTo("2024-02-13T07:05Z");
        assertThat(m.get(4).channel()).isEqualTo(Channel.GROUP);
        assertThat(m.get(4).text()).doesNotEndWith("\r");
    }

    @Test
    void decidesDayOrderForTheWholeFileByWhichFieldChangesLikeADay() throws Exception {
        List<Message> m = read(TestFiles.source("whatsapp/android-ambiguous.txt"), Warnings.silent());
        assertThat(m.get(1).sentAt().toLocalDate().toString()).isEqualTo("2023-02-02");
        assertThat(m.get(4).sentAt().toLocalDate().toString()).isEqualTo("2023-03-05");
    }

    @Test
    void appliesSummerTimeInTheAssumedZone() throws Exception {
        Path tmp = Files.createTempFile("wa", ".txt");
        Files.writeString(tmp, "15/07/2024, 21:00 - A: summer\n15/12/2024, 21:00 - B: winter\n");
        List<Message> m = read(new FileSource(tmp), Warnings.silent());
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-07-15T21:00+01:00");
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-12-15T21:00Z");
    }

    @Test
    void rejectsAFileThatIsNotAWhatsAppExportNamingTheFile() {
        assertThatThrownBy(() -> read(TestFiles.source("whatsapp/not-whatsapp.txt"), Warnings.silent()))
                .isInstanceOf(InputException.class).hasMessageContaining("not-whatsapp.txt");
        assertThat(importer.detect("x.txt", "Shopping list\nmilk\n".getBytes())).isZero();
    }

    @Test
    void skipsAnImpossibleDateWithAWarningAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chat.txt");
        Files.writeString(f, "garbage before\n13/01/2024, 10:00 - A: one\n31/02/2024, 10:00 - A: bad date\n"
                + "14/01/2024, 25:00 - A: bad hour\n14/01/2024, 10:00 - B: two\n");
        Warnings w = Warnings.silent();
        List<Message> m = read(new FileSource(f), w);
        assertThat(m).extracting(Message::text).containsExactly("one", "two");
        assertThat(w.count()).isEqualTo(3);
        assertThat(w.skips().get(0).line()).isEqualTo(1);
        assertThat(w.skips().get(1).line()).isEqualTo(3);
        assertThat(w.skips().get(1).file()).isEqualTo("chat.txt");
    }
}
