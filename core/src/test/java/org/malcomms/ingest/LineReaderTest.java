package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    /** A reader that hands out its text a few characters at a time, as a slow stream may. */
    private static final class Trickle extends Reader {
        private final StringReader text;
        private final Random random = new Random(11);

        Trickle(String text) {
            this.text = new StringReader(text);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            return text.read(buf, off, Math.min(len, 1 + random.nextInt(300)));
        }

        @Override
        public void close() {
            text.close();
        }
    }

    /** Every line, as {@link LineReader} returns them, with whether each was cut. */
    private static List<String> lines(Reader text, int maxChars, List<Boolean> cut) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(text, maxChars)) {
            String line;
            while ((line = reader.next()) != null) {
                lines.add(line);
                cut.add(reader.truncated());
                assertThat(reader.lineNumber()).isEqualTo(lines.size());
            }
        }
        return lines;
    }

    @Test
    void splitsOnEveryEndingWhereverTheBufferBreaks() throws IOException {
        // lines up to longer than the 64K-char buffer, ending LF, CRLF or CR, read whole and a few characters at
        // a time, so that endings (a CRLF split too) fall on buffer boundaries
        Random random = new Random(7);
        String[] endings = {"\n", "\r\n", "\r"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) {
            int length = random.nextInt(100) == 0 ? random.nextInt(70_000) : random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(i % 50 == 49 ? '\u00e9' : (char) ('a' + i % 26));
            }
            text.append(endings[random.nextInt(endings.length)]);
        }
        text.append("last line without an ending");
        List<String> expected = Arrays.asList(text.toString().split("\r\n|\r|\n", -1));
        for (Reader in : List.of(new StringReader(text.toString()), new Trickle(text.toString()))) {
            List<Boolean> cut = new ArrayList<>();
            assertThat(lines(in, 1 << 20, cut)).containsExactlyElementsOf(expected);
            assertThat(cut).doesNotContain(true);
        }
    }

    @Test
    void cutsOnlyLinesLongerThanTheCap() throws IOException {
        List<Boolean> cut = new ArrayList<>();
        assertThat(lines(new StringReader("12345\n123456\r\n1234567\r\n\n"), 6, cut))
                .containsExactly("12345", "123456", "123456", "");
        assertThat(cut).containsExactly(false, false, true, false);
    }
}
