package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.Timeline;

class InputsTest {
    static Path zip(Path file, Map<String, byte[]> entries) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static Timeline build(List<Path> paths) throws Exception {
        return new TimelineBuilder(Importers.standard(), ImportContext.quiet(Imported.LONDON))
                .build(Inputs.expand(paths), null);
    }

    @Test
    void readsAWhatsAppZipWithMediaIgnoringMacResourceForks(@TempDir Path dir) throws Exception {
        byte[] chat = ("[14/03/2024, 21:15:00] Sam Okafor: hi\r\n[14/03/2024, 21:16:00] Sam Okafor: \u200e<attached:"
                + " 00000003-PHOTO-2024-03-14-21-16-00.jpg>\r\n").getBytes(StandardCharsets.UTF_8);
        Path zip = zip(dir.resolve("WhatsApp Chat - Sam Okafor.zip"), new java.util.LinkedHashMap<>(Map.of(
                "_chat.txt", chat, "00000003-PHOTO-2024-03-14-21-16-00.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1},
                "__MACOSX/._chat.txt", new byte[] {0, 5, 22, 7})));
        Timeline t = build(List.of(zip));
        assertThat(t.messages()).hasSize(2);
        assertThat(t.messages().get(0).source().file()).isEqualTo("WhatsApp Chat - Sam Okafor.zip!_chat.txt");
        assertThat(t.messages().get(1).kind()).isEqualTo(MessageKind.MEDIA);
        assertThat(t.messages().get(0).conversation()).isEqualTo("Sam Okafor");
        assertThat(t.skipped()).isZero();
    }

    @Test
    void refusesZipEntriesThatClimbOutOrAreAbsolute(@TempDir Path dir) throws Exception {
        Path climb = zip(dir.resolve("climb.zip"), Map.of("../../evil.txt", "x".getBytes()));
        assertThatThrownBy(() -> Inputs.expand(List.of(climb))).isInstanceOf(InputException.class)
                .hasMessageContaining("climb.zip").hasMessageContaining("../../evil.txt");
        Path absolute = zip(dir.resolve("abs.zip"), Map.of("/etc/cron.d/x", "x".getBytes()));
        assertThatThrownBy(() -> Inputs.expand(List.of(absolute))).isInstanceOf(InputException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void refusesAZipThatExpandsPastTheCap(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("_chat.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> Inputs.expand(List.of(bomb))).isInstanceOf(InputException.class)
                .hasMessageContaining("bomb.zip").hasMessageContaining("zip bomb");
    }

    @Test
    void aFolderWithNoExportIsAnErrorButStrayFilesBesideAnExportAreNot(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "shopping: milk\n");
        assertThatThrownBy(() -> build(List.of(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("no message export");
        Files.writeString(dir.resolve("chat.txt"), "14/03/2024, 21:15 - A: hi\n");
        Timeline t = build(List.of(dir));
        assertThat(t.messages()).extracting(Message::text).containsExactly("hi");
        assertThat(t.skipped()).isZero();
    }

    @Test
    void aNamedFileInNoKnownFormatIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("backup.bin");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        }
        assertThatThrownBy(() -> build(List.of(f))).isInstanceOf(InputException.class)
                .hasMessageContaining("backup.bin").hasMessageContaining("--from");
    }

    @Test
    void ordersNamesNaturally() {
        assertThat(List.of("message_10.json", "message_9.json", "message_1.json").stream()
                .sorted(Inputs.NATURAL).toList()).containsExactly("message_1.json", "message_9.json",
                "message_10.json");
    }
}
