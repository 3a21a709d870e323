package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malcomms.TestFiles;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Importers;
import org.malcomms.ingest.Inputs;
import org.malcomms.ingest.TimelineBuilder;
import org.malcomms.ingest.Warnings;
import org.malcomms.ingest.screenshot.ChatRenderer.Item;
import org.malcomms.ingest.screenshot.ChatRenderer.Msg;
import org.malcomms.model.Message;
import org.malcomms.model.Timeline;

class ScreenshotSetsTest {
    /** One set of importers (one loaded Tesseract) for the class, as the application keeps one. */
    private static final Importers IMPORTERS = Importers.standard();

    @TempDir
    Path dir;

    private Timeline timeline(List<Path> inputs) throws Exception {
        return new TimelineBuilder(IMPORTERS, new ImportContext(Shots.LONDON, Warnings.silent(),
                s -> { })).build(Inputs.expand(inputs), null);
    }

    @Test
    void stitchesOverlappingScrollingScreenshotsSoEachMessageAppearsOnce() throws Exception {
        Path shots = dir.resolve("shots");
        Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Kim Doyle", Conversations.LONG, 0, 900),
                shots.resolve("Screenshot_01.png"), "png");
        // the header of the second shot reads differently (as a misread would): its messages still join the chat
        Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Kimberley D", Conversations.LONG, 430, 900),
                shots.resolve("Screenshot_02.png"), "png");
        Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Kim Doyle", Conversations.LONG, 900, 900),
                shots.resolve("Screenshot_03.png"), "png");
        List<Message> read = timeline(List.of(shots)).messages();
        List<Msg> expected = Shots.messages(Conversations.LONG);

        assertThat(read).as("each message once").hasSize(expected.size());
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Shots.characterAccuracy(expected.get(i).text(), read.get(i).text())).as(read.get(i).text())
                    .isGreaterThanOrEqualTo(0.95);
            assertThat(read.get(i).sender()).isEqualTo(expected.get(i).left() ? "Kim Doyle" : "Me");
            times.add(read.get(i).sentAt().atZoneSameInstant(Shots.LONDON).toLocalDateTime());
        }
        assertThat(times.get(0)).isEqualTo(LocalDateTime.of(2025, 3, 13, 17, 1));
        assertThat(times.get(expected.size() - 1)).isEqualTo(LocalDateTime.of(2025, 3, 14, 10, 5));
        assertThat(read).anySatisfy(m -> assertThat(m.alsoIn()).extracting(l -> l.file())
                .containsExactly("Screenshot_02.png"));
        assertThat(read).anySatisfy(m -> assertThat(m.alsoIn()).extracting(l -> l.file())
                .containsExactly("Screenshot_03.png"));
        assertThat(read.get(0).source().file()).isEqualTo("Screenshot_01.png");
        assertThat(read.get(expected.size() - 1).source().file()).isEqualTo("Screenshot_03.png");
        assertThat(read).filteredOn(m -> m.source().file().equals("Screenshot_02.png")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.metadata()).containsKey("headerOnScreen"));
    }

    @Test
    void stitchesScreenshotsTakenScrollingUpwards() throws Exception {
        Path shots = dir.resolve("up");
        Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "Kim Doyle", Conversations.LONG, 900, 900),
                shots.resolve("IMG_0101.png"), "png");
        Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "Kim Doyle", Conversations.LONG, 450, 900),
                shots.resolve("IMG_0102.png"), "png");
        Shots.save(ChatRenderer.render(ChatRenderer.IMESSAGE, "Kim Doyle", Conversations.LONG, 0, 900),
                shots.resolve("IMG_0103.png"), "png");
        List<Message> read = timeline(List.of(shots)).messages();
        List<Msg> expected = Shots.messages(Conversations.LONG);
        assertThat(read).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Shots.characterAccuracy(expected.get(i).text(), read.get(i).text())).as(read.get(i).text())
                    .isGreaterThanOrEqualTo(0.95);
        }
        assertThat(read.get(0).source().file()).isEqualTo("IMG_0103.png");
        assertThat(read.get(expected.size() - 1).source().file()).isEqualTo("IMG_0101.png");
    }

    @Test
    void marksTheSameScreenSavedTwiceAsADuplicate() throws Exception {
        BufferedImage shot = ChatRenderer.render(ChatRenderer.IMESSAGE, "Dan Hughes", Conversations.EX_PARTNER);
        Path a = Shots.save(shot, dir.resolve("IMG_0001.png"), "png");
        Path b = Shots.save(shot, dir.resolve("IMG_0001 copy.jpg"), "jpg");
        List<Message> read = timeline(List.of(a, b)).messages();
        assertThat(read).hasSize(Shots.messages(Conversations.EX_PARTNER).size());
        assertThat(read).allSatisfy(m -> {
            assertThat(m.metadata().get("hint.duplicateImage")).contains("IMG_0001.png").contains("IMG_0001 copy.jpg");
            assertThat(m.alsoIn()).extracting(l -> l.file()).containsExactly("IMG_0001 copy.jpg");
        });
    }

    @Test
    void corroboratesScreenshotsAgainstTheExportOfTheSameChat() throws Exception {
        List<Item> chat = new ArrayList<>(Conversations.NEIGHBOUR);
        chat.add(new Msg(false, "I have sent all of this to the police.", "07:20"));
        Path shot = Shots.save(ChatRenderer.render(ChatRenderer.WHATSAPP_LIGHT, "Dan Hughes", chat),
                dir.resolve("evidence.png"), "png");
        Path export = Files.copy(TestFiles.path("screenshot/neighbour-export.txt"), dir.resolve("chat.txt"));
        List<Message> read = timeline(List.of(export, shot)).messages();

        assertThat(read).hasSize(8);
        List<Message> exported = read.subList(0, 6);
        assertThat(exported).allSatisfy(m -> {
            assertThat(m.platform()).isEqualTo("whatsapp");
            assertThat(m.metadata()).containsEntry("corroborated", "true").containsKey("screenshot.imageBox");
            assertThat(m.metadata().get("corroboratedBy")).startsWith("evidence.png bubble ");
            assertThat(m.alsoIn()).extracting(l -> l.file()).containsExactly("evidence.png");
        });
        assertThat(read.subList(6, 8)).allSatisfy(m -> {
            assertThat(m.platform()).isEqualTo("screenshot");
            assertThat(m.metadata()).containsEntry("corroborated", "false").containsKey("checkNeeded");
        });
        assertThat(read.get(6).sender()).isEqualTo("Dan Hughes");
        assertThat(read.get(7).sender()).as("the owner takes the name the export gives them").isEqualTo("Priya Shah");
        assertThat(read.get(7).metadata()).containsEntry("senderOnScreen", "Me");
    }
}
