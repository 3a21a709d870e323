package org.malcomms.ingest.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {
    /** A WhatsApp-coloured screen, to have plain shapes drawn where the bubbles are: no text, so no OCR. */
    private static BufferedImage screen(int height) {
        BufferedImage img = new BufferedImage(720, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xEFEAE2));
        g.fillRect(0, 0, 720, height);
        return img;
    }

    /** The header and typing bars, drawn over whatever scrolled under them. */
    private static void bars(BufferedImage img) {
        int height = img.getHeight();
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x008069));
        g.fillRect(0, 0, 720, 120);
        g.setColor(new Color(0xF0F2F5));
        g.fillRect(0, height - 90, 720, 90);
        g.dispose();
    }

    private static void bubble(BufferedImage img, int colour, int x, int y, int w, int h) {
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(colour));
        g.fillRoundRect(x, y, w, h, 30, 30);
        g.dispose();
    }

    @Test
    void sortsBubblesByEdgeAndScreenWideOnesByColour() {
        BufferedImage img = screen(1000);
        bubble(img, 0xFFFFFF, 300, 150, 120, 36);
        bubble(img, 0xFFFFFF, 24, 220, 400, 60);
        bubble(img, 0xD9FDD3, 296, 300, 400, 60);
        bubble(img, 0xD9FDD3, 20, 380, 680, 90);
        bubble(img, 0xFFFFFF, 22, 500, 676, 90);
        bubble(img, 0xFFFFFF, 24, 880, 400, 60);
        bars(img);
        ScreenLayout layout = LayoutAnalyzer.analyse(new Screen(img));

        assertThat(layout.layout()).contains(Layout.WHATSAPP_LIGHT);
        assertThat(layout.cutOff()).as("the bubble running under the typing bar").isEqualTo(1);
        assertThat(layout.header().bottom()).isEqualTo(120);
        List<Block> blocks = layout.blocks();
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(0)).as("a centred pill is a separator").isInstanceOf(Block.Caption.class);
        assertThat(blocks.subList(1, 5)).allMatch(Block.Bubble.class::isInstance);
        assertThat(blocks.subList(1, 5).stream().map(b -> ((Block.Bubble) b).left()).toList())
                .containsExactly(true, false, false, true);
        assertThat(blocks.get(3).box()).isEqualTo(new Box(20, 380, 680, 90));
    }

    @Test
    void leavesUnknownColoursUnrecognised() {
        BufferedImage img = new BufferedImage(720, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x17212B));
        g.fillRect(0, 0, 720, 1000);
        g.dispose();
        bubble(img, 0x3A4A5A, 24, 300, 400, 60);
        bubble(img, 0x2B5278, 296, 400, 400, 60);
        assertThat(LayoutAnalyzer.analyse(new Screen(img)).layout()).isEmpty();
    }
}
