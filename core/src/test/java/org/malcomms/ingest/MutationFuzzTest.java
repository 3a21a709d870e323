package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.malcomms.TestFiles;

/**
 * Thousands of corrupted variants of each format's valid test file (seeded, so a failure can be replayed): the
 * importer must either read what it can, reporting each skipped part with the file's name, or refuse the input
 * with an {@link InputException}. Any other exception is a bug.
 */
class MutationFuzzTest {
    private static final int VARIANTS = 1200;
    private static final byte[] INTERESTING = "\"{}[],:\\<>&#;=~\n\r\u0000/ 0123456789-+.".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    private record Case(Importer importer, String resource, Map<String, String> columns) {
    }

    @TestFactory
    Stream<DynamicTest> everyFormatSurvivesCorruption() {
        List<Case> cases = List.of(
                new Case(new WhatsAppImporter(), "whatsapp/android-uk.txt", Map.of()),
                new Case(new WhatsAppImporter(), "whatsapp/ios-us-12h.txt", Map.of()),
                new Case(new TelegramImporter(), "telegram/single-chat.json", Map.of()),
                new Case(new TelegramImporter(), "telegram/account-2021.json", Map.of()),
                new Case(MessengerImporter.messenger(), "messenger/inbox/jordanpike_10153/message_1.json", Map.of()),
                new Case(MessengerImporter.messenger(), "messenger/e2ee/jordan_pike.json", Map.of()),
                new Case(new DiscordImporter(), "discord/guild-channel.json", Map.of()),
                new Case(new DiscordImporter(), "discord/plots.csv", Map.of()),
                new Case(new XArchiveImporter(), "x/direct-messages.js", Map.of()),
                new Case(new XArchiveImporter(), "x/tweets.js", Map.of()),
                new Case(new SmsBackupImporter(), "sms/backup.xml", Map.of()),
                new Case(new EmailImporter(), "email/threat.eml", Map.of()),
                new Case(new EmailImporter(), "email/gmail.mbox", Map.of()),
                new Case(new CsvImporter(), "csv/export-utf16.csv",
                        Map.of("sentAt", "When", "sender", "Who", "text", "What")),
                new Case(new CsvImporter(), "csv/plain-bom.csv", Map.of()));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.importer().format() + " " + c.resource(),
                () -> fuzz(c)));
    }

    private static void fuzz(Case c) throws Exception {
        byte[] valid = Files.readAllBytes(TestFiles.path(c.resource()));
        String name = c.resource().substring(c.resource().lastIndexOf('/') + 1);
        int refused = 0;
        for (int variant = 0; variant < VARIANTS; variant++) {
            long seed = c.resource().hashCode() * 31L + variant;
            byte[] bytes = mutate(valid, new Random(seed));
            Warnings warnings = Warnings.silent();
            try {
                Imported.read(c.importer(), new Imported.Bytes(name, bytes), warnings, c.columns());
            } catch (InputException e) {
                refused++;
                assertThat(e.file()).isEqualTo(name);
            } catch (Exception | Error e) {
                throw new AssertionError(c.resource() + " variant " + variant + " (seed " + seed + ") threw " + e,
                        e);
            }
            for (Warnings.Skip s : warnings.skips()) {
                assertThat(s.file()).isEqualTo(name);
            }
        }
        // the fuzzer must not only produce garbage that is refused outright
        assertThat(refused).as("variants refused outright").isLessThan(VARIANTS);
    }

    static byte[] mutate(byte[] valid, Random r) {
        List<Byte> b = new ArrayList<>(valid.length + 64);
        for (byte x : valid) {
            b.add(x);
        }
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(7)) {
                case 0 -> b.set(at, (byte) r.nextInt(256));
                case 1 -> b.add(at, INTERESTING[r.nextInt(INTERESTING.length)]);
                case 2 -> {
                    int len = Math.min(b.size() - at, 1 + r.nextInt(40));
                    b.subList(at, at + len).clear();
                }
                case 3 -> {
                    int len = Math.min(b.size() - at, 1 + r.nextInt(80));
                    List<Byte> copy = new ArrayList<>(b.subList(at, at + len));
                    b.addAll(r.nextInt(b.size() + 1), copy);
                }
                case 4 -> b.subList(at, b.size()).clear();
                case 5 -> b.set(at, INTERESTING[r.nextInt(INTERESTING.length)]);
                default -> {
                    byte[] high = {(byte) 0xC3, (byte) 0xA9, (byte) 0xF0, (byte) 0x9F, (byte) 0xFF, (byte) 0xFE};
                    b.add(at, high[r.nextInt(high.length)]);
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
