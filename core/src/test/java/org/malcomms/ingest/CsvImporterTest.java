package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.malcomms.TestFiles;
import org.malcomms.model.Message;
import org.malcomms.model.ZoneSource;

class CsvImporterTest {
    private final CsvImporter importer = new CsvImporter();

    @Test
    void readsUtf16SemicolonCsvWithAColumnMapping() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(importer, TestFiles.source("csv/export-utf16.csv"), w,
                Map.of("sentAt", "When", "sender", "Who", "text", "What", "conversation", "Thread"));
        assertThat(m).hasSize(2);
        assertThat(m.get(0).text()).isEqualTo("You'll regret it 😈\nI mean it");
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2025-03-14T21:15Z");
        assertThat(m.get(0).zoneSource()).isEqualTo(ZoneSource.ASSUMED);
        assertThat(m.get(0).conversation()).isEqualTo("salon");
        assertThat(m.get(0).source().line()).isEqualTo(2);
        assertThat(m.get(1).text()).isEqualTo("Stop; please");
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2025-03-15T09:00+01:00");
        assertThat(m.get(1).zoneSource()).isEqualTo(ZoneSource.EXPORT);
        assertThat(w.skips()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(5));
    }

    @Test
    void findsUsualColumnNamesAndReadsEpochSecondsAndDoubledQuotes() throws Exception {
        List<Message> m = Imported.read(importer, TestFiles.source("csv/plain-bom.csv"), Warnings.silent());
        assertThat(m).extracting(Message::text).containsExactly("he said \"enough\"\nfine", "epoch seconds");
        assertThat(m.get(1).sentAt().toString()).isEqualTo("2025-03-16T08:00Z");
        assertThat(m.get(0).sender()).isEqualTo("Dean Whitlock");
    }

    @Test
    void explainsWhichColumnsItNeeds() {
        assertThatThrownBy(() -> Imported.read(importer, TestFiles.source("csv/export-utf16.csv"),
                Warnings.silent())).isInstanceOf(InputException.class).hasMessageContaining("--columns");
        assertThatThrownBy(() -> Imported.read(importer, TestFiles.source("csv/export-utf16.csv"),
                Warnings.silent(), Map.of("sentAt", "Nope", "sender", "Who", "text", "What")))
                .isInstanceOf(InputException.class).hasMessageContaining("no such column");
    }

    @Test
    void takesAnExplicitDatePattern() throws Exception {
        String csv = "d,s,t\n03/14/2025 9:15 PM,A,hi\n";
        List<Message> m = Imported.read(importer, new Imported.Bytes("us.csv", csv.getBytes()), Warnings.silent(),
                Map.of("sentAt", "d", "sender", "s", "text", "t", "sentAtPattern", "MM/dd/yyyy h:mm a"));
        assertThat(m.get(0).sentAt().toString()).isEqualTo("2025-03-14T21:15Z");
    }
}
