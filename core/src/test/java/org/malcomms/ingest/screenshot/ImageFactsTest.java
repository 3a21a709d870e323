package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Warnings;
import org.malcomms.ingest.screenshot.ChatRenderer.Msg;
import org.malcomms.model.Message;

class ImageFactsTest {
    @TempDir
    Path dir;

    /** A big-endian EXIF block: IFD0 with Make, Model, Software and a pointer to an EXIF IFD with DateTimeOriginal. */
    static byte[] exif(String make, String model, String software, String taken) {
        List<String> ifd0 = List.of(make, model, software);
        int ifd0Size = 2 + 4 * 12 + 4;
        int exifIfd = 8 + ifd0Size;
        int exifSize = 2 + 12 + 4;
        int data = exifIfd + exifSize;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        head.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 4});
        int[] tags = {0x010F, 0x0110, 0x0131};
        for (int i = 0; i < 3; i++) {
            byte[] s = (ifd0.get(i) + "\0").getBytes(StandardCharsets.ISO_8859_1);
            entry(head, tags[i], 2, s.length, data + tail.size());
            tail.writeBytes(s);
        }
        entry(head, 0x8769, 4, 1, exifIfd);
        head.writeBytes(new byte[] {0, 0, 0, 0, 0, 1});
        byte[] t = (taken + "\0").getBytes(StandardCharsets.ISO_8859_1);
        entry(head, 0x9003, 2, t.length, data + tail.size());
        tail.writeBytes(t);
        head.writeBytes(new byte[] {0, 0, 0, 0});
        head.writeBytes(tail.toByteArray());
        return head.toByteArray();
    }

    private static void entry(ByteArrayOutputStream out, int tag, int type, int count, int value) {
        out.writeBytes(new byte[] {(byte) (tag >> 8), (byte) tag, 0, (byte) type, (byte) (count >> 24),
                (byte) (count >> 16), (byte) (count >> 8), (byte) count, (byte) (value >> 24), (byte) (value >> 16),
                (byte) (value >> 8), (byte) value});
    }

    /** The JPEG with an APP1 EXIF segment inserted straight after its start marker. */
    static byte[] withExif(byte[] jpeg, byte[] tiff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk inserted after its header chunk. */
    static byte[] withText(byte[] png, String key, String value) {
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes(new byte[] {(byte) (data.length >> 24), (byte) (data.length >> 16),
                (byte) (data.length >> 8), (byte) data.length});
        CRC32 crc = new CRC32();
        byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
        crc.update(type);
        crc.update(data);
        chunk.writeBytes(type);
        chunk.writeBytes(data);
        long c = crc.getValue();
        chunk.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(chunk.toByteArray());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    @Test
    void readsDeviceSoftwareAndTimeFromJpegExif() {
        byte[] jpeg = withExif(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
                exif("Apple", "iPhone 13", "Adobe Photoshop 25.0 (Macintosh)", "2025:02:01 12:30:00"));
        ImageFacts facts = ImageFacts.read(jpeg);
        assertThat(facts.device()).contains("Apple iPhone 13");
        assertThat(facts.software()).contains("Adobe Photoshop 25.0 (Macintosh)");
        assertThat(facts.captured()).contains(LocalDateTime.of(2025, 2, 1, 12, 30));
        assertThat(facts.editedWithSoftware()).isTrue();
    }

    @Test
    void readsPngTextChunksAndSurvivesDamage() throws Exception {
        Path png = Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "X", List.of()), dir.resolve("a.png"), "png");
        byte[] bytes = withText(Files.readAllBytes(png), "Software", "GIMP 2.10.34");
        ImageFacts facts = ImageFacts.read(bytes);
        assertThat(facts.software()).contains("GIMP 2.10.34");
        assertThat(facts.editedWithSoftware()).isTrue();
        assertThat(facts.device()).isEmpty();
        byte[] cut = java.util.Arrays.copyOf(bytes, 40);
        assertThat(ImageFacts.read(cut).software()).isEmpty();
        byte[] badExif = withExif(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
                new byte[] {'I', 'I', 42, 0, (byte) 0xFF, (byte) 0xFF, 0, 0});
        assertThat(ImageFacts.read(badExif).captured()).isEmpty();
    }

    @Test
    void screenshotMessagesCarryTheImageHintsAndUseTheExifDay() throws Exception {
        List<ChatRenderer.Item> chat = List.of(new Msg(true, "Delete those photos or you will be sorry.", "12:10"),
                new Msg(false, "They are already with my solicitor.", "12:14"));
        Path plain = Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes", chat),
                dir.resolve("plain.jpg"), "jpg");
        Path file = dir.resolve("IMG_2041.jpg");
        Files.write(file, withExif(Files.readAllBytes(plain),
                exif("Apple", "iPhone 13", "Adobe Photoshop 25.0 (Macintosh)", "2025:02:01 12:30:00")));
        Files.setLastModifiedTime(file, FileTime.from(Shots.TAKEN.toInstant()));
        List<Message> read = new ArrayList<>();
        new ScreenshotImporter().read(new FileSource(file), new ImportContext(Shots.LONDON, Warnings.silent(),
                s -> { }), read::add);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).metadata()).containsEntry("dateSource", "exif").containsEntry("timeSource", "image")
                .containsKey("hint.editedWithSoftware");
        assertThat(read.get(0).metadata().get("hint.device")).contains("Apple iPhone 13");
        assertThat(read.get(0).metadata().get("hint.capturedAt")).contains("2025-02-01T12:30");
        assertThat(read.get(1).sentAt().atZoneSameInstant(Shots.LONDON).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2025, 2, 1, 12, 14));
    }
}
