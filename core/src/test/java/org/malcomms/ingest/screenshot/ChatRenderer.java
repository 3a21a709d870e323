package org.malcomms.ingest.screenshot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws realistic phone chat screenshots with Java2D for the OCR tests: status bar, the app's header with the
 * other party's name, day separators, wrapped bubbles in the app's colours with times (and read ticks) where the
 * app prints them, and the typing bar. A conversation taller than the screen can be drawn scrolled, so tests
 * can make overlapping shots of one chat.
 */
final class ChatRenderer {
    static final int WIDTH = 720;
    static final int HEIGHT = 1480;

    /** One app's look. {@code headerBar} is null for apps with a white header over a hairline. */
    record Style(String name, int background, int incoming, int outgoing, int incomingText, int outgoingText,
                 int timeText, Integer headerBar, int headerText, boolean timesInBubbles, boolean pillSeparators,
                 int pill, int pillText, int footer) {
    }

    static final Style WHATSAPP_LIGHT = new Style("whatsapp-light", 0xEFEAE2, 0xFFFFFF, 0xD9FDD3, 0x111B21,
            0x111B21, 0x667781, 0x008069, 0xFFFFFF, true, true, 0xFFFFFF, 0x54656F, 0xF0F2F5);
    static final Style WHATSAPP_DARK = new Style("whatsapp-dark", 0x0B141A, 0x202C33, 0x005C4B, 0xE9EDEF, 0xE9EDEF,
            0x8696A0, 0x1F2C34, 0xE9EDEF, true, true, 0x182229, 0x8696A0, 0x1F2C34);
    static final Style IMESSAGE = new Style("imessage", 0xFFFFFF, 0xE9E9EB, 0x0A84FF, 0x000000, 0xFFFFFF,
            0x8E8E93, null, 0x000000, false, false, 0, 0x8E8E93, 0xF2F2F7);
    static final Style IMESSAGE_DARK = new Style("imessage-dark", 0x000000, 0x262629, 0x0A84FF, 0xFFFFFF, 0xFFFFFF,
            0x8E8E93, null, 0xFFFFFF, false, false, 0, 0x8E8E93, 0x1C1C1E);
    static final Style INSTAGRAM = new Style("instagram", 0xFFFFFF, 0xEFEFEF, 0x3797F0, 0x000000, 0xFFFFFF,
            0x8E8E8E, null, 0x000000, false, false, 0, 0x8E8E8E, 0xF2F2F2);
    static final Style INSTAGRAM_DARK = new Style("instagram-dark", 0x000000, 0x262626, 0x7C3AED, 0xFFFFFF,
            0xFFFFFF, 0xA8A8A8, null, 0xFFFFFF, false, false, 0, 0xA8A8A8, 0x121212);

    /** Something in the chat: a day separator or a message. */
    sealed interface Item permits Day, Msg {
    }

    record Day(String label) implements Item {
    }

    /** A message; {@code time} is what the bubble prints, e.g. "21:14". */
    record Msg(boolean left, String text, String time) implements Item {
    }

    private static final Font TEXT = new Font("DejaVu Sans", Font.PLAIN, 25);
    private static final Font TIME = new Font("DejaVu Sans", Font.PLAIN, 16);
    private static final Font SMALL = new Font("DejaVu Sans", Font.PLAIN, 19);
    private static final Font NAME = new Font("DejaVu Sans", Font.BOLD, 27);
    private static final int STATUS = 44;
    private static final int FOOTER = 90;

    private ChatRenderer() {
    }

    static int headerHeight(Style s) {
        return s.headerBar() != null ? STATUS + 76 : STATUS + 130;
    }

    /** The whole chat drawn as one screenshot (content taller than the screen is cut off at the bottom). */
    static BufferedImage render(Style s, String name, List<Item> items) {
        return render(s, name, items, 0, HEIGHT);
    }

    /** The chat on a screen {@code height} pixels tall, scrolled down by {@code scroll} pixels of content. */
    static BufferedImage render(Style s, String name, List<Item> items, int scroll, int height) {
        BufferedImage content = content(s, items);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(s.background()));
        g.fillRect(0, 0, WIDTH, height);
        int top = headerHeight(s);
        int visible = height - top - FOOTER;
        BufferedImage window = content.getSubimage(0, Math.min(scroll, Math.max(0, content.getHeight() - visible)),
                WIDTH, Math.min(visible, content.getHeight()));
        g.drawImage(window, 0, top, null);
        header(g, s, name);
        footer(g, s, height);
        g.dispose();
        return img;
    }

    /**
     * The screenshot with a doodle wallpaper (rings and strokes a shade darker than the chat background, as
     * WhatsApp's default wallpaper has) drawn wherever the background shows.
     */
    static BufferedImage withDoodles(BufferedImage shot, Style s, int colour) {
        BufferedImage doodles = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = doodles.createGraphics();
        g.setColor(new Color(colour));
        g.setStroke(new BasicStroke(2));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            int x = random.nextInt(shot.getWidth());
            int y = random.nextInt(shot.getHeight());
            if (i % 2 == 0) {
                g.drawOval(x, y, 10 + random.nextInt(30), 10 + random.nextInt(30));
            } else {
                g.drawLine(x, y, x + random.nextInt(30), y + random.nextInt(30));
            }
        }
        g.dispose();
        BufferedImage out = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int c = shot.getRGB(x, y);
                boolean ground = (c & 0xffffff) == s.background() && doodles.getRGB(x, y) >>> 24 != 0;
                out.setRGB(x, y, ground ? doodles.getRGB(x, y) : c);
            }
        }
        return out;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    private static void header(Graphics2D g, Style s, String name) {
        int top = headerHeight(s);
        int barColour = s.headerBar() != null ? s.headerBar() : s.background();
        g.setColor(new Color(barColour));
        g.fillRect(0, 0, WIDTH, top);
        g.setColor(new Color(s.headerText()));
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 20));
        g.drawString("21:47", 34, 30);
        g.drawRect(640, 14, 40, 18);
        g.fillRect(642, 16, 28, 15);
        if (s.headerBar() != null) {
            g.setStroke(new BasicStroke(3));
            g.drawLine(18, STATUS + 38, 40, STATUS + 38);
            g.drawLine(18, STATUS + 38, 28, STATUS + 28);
            g.drawLine(18, STATUS + 38, 28, STATUS + 48);
            g.setColor(new Color(0xDFE5E7));
            g.fillOval(56, STATUS + 12, 52, 52);
            g.setColor(new Color(s.headerText()));
            g.setFont(NAME);
            g.drawString(name, 124, STATUS + 36);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 17));
            g.drawString("online", 124, STATUS + 62);
        } else {
            g.setColor(new Color(Colours.luminance(s.background()) < 128 ? 0x636366 : 0xC7C7CC));
            g.fillOval(WIDTH / 2 - 34, STATUS + 10, 68, 68);
            g.setColor(new Color(s.headerText()));
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 21));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(name, (WIDTH - fm.stringWidth(name)) / 2, STATUS + 108);
            g.setColor(new Color(Colours.luminance(s.background()) < 128 ? 0x38383A : 0xD1D1D6));
            g.fillRect(0, top - 1, WIDTH, 1);
        }
    }

    private static void footer(Graphics2D g, Style s, int height) {
        g.setColor(new Color(s.footer()));
        g.fillRect(0, height - FOOTER, WIDTH, FOOTER);
        g.setColor(new Color(Colours.luminance(s.background()) < 128 ? 0x2A3942 : 0xFFFFFF));
        g.fillRoundRect(70, height - FOOTER + 18, WIDTH - 160, 54, 54, 54);
    }

    private static BufferedImage content(Style s, List<Item> items) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = graphics(probe);
        int height = 16;
        Item previous = null;
        for (Item item : items) {
            height += gap(previous, item) + measure(pg, s, item);
            previous = item;
        }
        height += 24;
        pg.dispose();
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(s.background()));
        g.fillRect(0, 0, WIDTH, height);
        int y = 16;
        previous = null;
        for (Item item : items) {
            y += gap(previous, item);
            y += draw(g, s, item, y);
            previous = item;
        }
        g.dispose();
        return img;
    }

    private static int gap(Item previous, Item item) {
        if (previous == null) {
            return 0;
        }
        if (previous instanceof Msg a && item instanceof Msg b && a.left() == b.left()) {
            return 6;
        }
        return 22;
    }

    private static int measure(Graphics2D g, Style s, Item item) {
        if (item instanceof Day) {
            return s.pillSeparators() ? 36 : 26;
        }
        Msg m = (Msg) item;
        g.setFont(TEXT);
        return bubbleLayout(g.getFontMetrics(), s, m).height;
    }

    private record BubbleLayout(List<String> lines, int width, int height, boolean timeOnOwnLine) {
    }

    private static BubbleLayout bubbleLayout(FontMetrics fm, Style s, Msg m) {
        int max = (int) (WIDTH * 0.72) - 32;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : m.text().split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(next) > max && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        int widest = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
        int lineHeight = fm.getHeight();
        boolean ownLine = false;
        int timeWidth = s.timesInBubbles() ? (m.left() ? 62 : 92) : 0;
        if (s.timesInBubbles()) {
            int last = fm.stringWidth(lines.get(lines.size() - 1));
            ownLine = last + timeWidth > max;
            widest = ownLine ? Math.max(widest, timeWidth) : Math.max(widest, last + timeWidth);
        }
        int height = lines.size() * lineHeight + 20 + (ownLine ? 20 : 0);
        return new BubbleLayout(lines, widest + 32, height, ownLine);
    }

    private static int draw(Graphics2D g, Style s, Item item, int y) {
        if (item instanceof Day d) {
            g.setFont(SMALL);
            FontMetrics fm = g.getFontMetrics();
            int w = fm.stringWidth(d.label());
            if (s.pillSeparators()) {
                g.setColor(new Color(s.pill()));
                g.fillRoundRect((WIDTH - w) / 2 - 16, y, w + 32, 36, 14, 14);
                g.setColor(new Color(s.pillText()));
                g.drawString(d.label(), (WIDTH - w) / 2, y + 25);
                return 36;
            }
            g.setColor(new Color(s.pillText()));
            g.drawString(d.label(), (WIDTH - w) / 2, y + 20);
            return 26;
        }
        Msg m = (Msg) item;
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        BubbleLayout b = bubbleLayout(fm, s, m);
        int x = m.left() ? 24 : WIDTH - 24 - b.width();
        g.setColor(new Color(m.left() ? s.incoming() : s.outgoing()));
        g.fillRoundRect(x, y, b.width(), b.height(), 30, 30);
        g.setColor(new Color(m.left() ? s.incomingText() : s.outgoingText()));
        int baseline = y + 10 + fm.getAscent();
        for (String line : b.lines()) {
            g.drawString(line, x + 16, baseline);
            baseline += fm.getHeight();
        }
        if (s.timesInBubbles()) {
            g.setFont(TIME);
            g.setColor(new Color(s.timeText()));
            int tx = x + b.width() - (m.left() ? 62 : 92) + 6;
            int ty = y + b.height() - 10;
            g.drawString(m.time(), tx, ty);
            if (!m.left()) {
                g.setColor(new Color(0x53BDEB));
                g.setStroke(new BasicStroke(2));
                int cx = tx + 50;
                g.drawLine(cx, ty - 6, cx + 4, ty - 2);
                g.drawLine(cx + 4, ty - 2, cx + 12, ty - 12);
                g.drawLine(cx + 8, ty - 2, cx + 16, ty - 12);
            }
        }
        return b.height();
    }
}
