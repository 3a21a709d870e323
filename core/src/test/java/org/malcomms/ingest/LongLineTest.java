package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.malcomms.model.Message;

/**
 * A 50 MB line, generated as it is read (never held in memory by the test): the importers keep at most their cap
 * of it, say so, and carry on with what follows.
 */
class LongLineTest {
    private static final long FIFTY_MB = 50L << 20;

    /** head, then 50 MB of one repeated byte, then tail; generated on every open. */
    private record Huge(String name, String head, byte fill, String tail) implements SourceInput {
        @Override
        public String sha256() {
            return "0".repeat(64);
        }

        @Override
        public long size() {
            return head.length() + FIFTY_MB + tail.length();
        }

        @Override
        public InputStream open() {
            InputStream middle = new InputStream() {
                private long left = FIFTY_MB;

                @Override
                public int read() {
                    return left-- > 0 ? fill : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, fill);
                    left -= n;
                    return n;
                }
            };
            return new SequenceInputStream(Collections.enumeration(List.of(
                    new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), middle,
                    new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
        }
    }

    @Test
    void whatsAppKeepsTheFirstMegabyteOfAHugeLineAndReadsOn() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(new WhatsAppImporter(), new Huge("chat.txt",
                "14/03/2024, 21:15 - Sam: ", (byte) 'a', "\n14/03/2024, 21:16 - Sam: after\n"), w);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).text()).hasSize(LineReader.MAX_LINE - "14/03/2024, 21:15 - Sam: ".length());
        assertThat(m.get(1).text()).isEqualTo("after");
        assertThat(w.skips()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(1));
    }

    @Test
    void csvCutsAHugeCellAndSkipsItsRow() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(new CsvImporter(), new Huge("t.csv",
                "date,sender,message\n2024-03-14 21:15,Sam,\"", (byte) 'b', "\"\n2024-03-14 21:16,Sam,after\n"), w,
                Map.of());
        assertThat(m).extracting(Message::text).containsExactly("after");
        assertThat(w.count()).isEqualTo(1);
    }

    @Test
    void jsonRefusesAHugeStringWithAnErrorNamingTheFile() {
        assertThatThrownBy(() -> Imported.read(new TelegramImporter(), new Huge("result.json",
                "{\"name\":\"A\",\"type\":\"personal_chat\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"",
                (byte) 'c', "\"}]}"), Warnings.silent())).isInstanceOf(InputException.class)
                .hasMessageContaining("result.json");
    }

    @Test
    void mboxCutsAHugeLineWithAWarningAndReadsTheNextMessage() throws Exception {
        Warnings w = Warnings.silent();
        List<Message> m = Imported.read(new EmailImporter(), new Huge("mail.mbox",
                "From a Sat Mar 15 09:30:00 2025\nFrom: A <a@x>\nSubject: big\nDate: Sat, 15 Mar 2025 09:30:00 +0000"
                        + "\n\n", (byte) 'd', "\n\nFrom b Sat Mar 15 10:00:00 2025\nFrom: B <b@x>\nSubject: small\n"
                        + "Date: Sat, 15 Mar 2025 10:00:00 +0000\n\nafter\n"), w);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).text()).hasSizeLessThanOrEqualTo(LineReader.MAX_LINE);
        assertThat(m.get(1).text()).isEqualTo("after");
        assertThat(w.skips()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(6));
    }
}
