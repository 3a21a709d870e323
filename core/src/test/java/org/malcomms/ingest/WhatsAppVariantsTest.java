package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;

/** The regional layouts FORMATS.md lists beyond the UK and US ones. */
class WhatsAppVariantsTest {
    private final WhatsAppImporter importer = new WhatsAppImporter();

    private List<Message> read(String file) throws Exception {
        return Imported.read(importer, TestFiles.source("whatsapp/" + file), Warnings.silent());
    }

    @Test
    void finnishKloWithDotsAndALocalisedMediaMarker() throws Exception {
        List<Message> m = read("finnish-klo.txt");
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-03-16T16:58Z");
        assertThat(m.get(1).kind()).isEqualTo(MessageKind.MEDIA);
    }

    @Test
    void arabicDigitsCommaMarksAndAmPm() throws Exception {
        List<Message> m = read("arabic.txt");
        assertThat(m).extracting(Message::sender).containsExactly("سارة", "أحمد");
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-03-14T21:15Z");
        // 12:05 "ص" (AM) is just after midnight
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-03-15T00:05Z");
        assertThat(m.get(0).text()).isEqualTo("مرحبا");
    }

    @Test
    void thaiBuddhistYearsAndAFileAttachedInDutch() throws Exception {
        List<Message> m = read("buddhist.txt");
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-03-14T21:15Z");
        assertThat(m.get(1).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(m.get(1).text()).isEqualTo("kijk dan");
        assertThat(m.get(1).attachments().get(0).name()).isEqualTo("IMG-20240315-WA0001.jpg");
    }

    @Test
    void spanishAmPmWithNoBreakSpacesDashedDatesAndDateLikeText() throws Exception {
        List<Message> m = read("spanish-ampm.txt");
        assertThat(m).hasSize(3);
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2024-03-14T21:15Z");
        assertThat(m.get(1).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2024-03-15T00:05Z");
        assertThat(m.get(2).sentAt().toString()).isEqualTo("2024-03-15T13:00Z");
        assertThat(m.get(2).text()).isEqualTo("15/03/2024 looks like a date but is text");
    }
}
