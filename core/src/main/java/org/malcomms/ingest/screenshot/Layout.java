package org.malcomms.ingest.screenshot;

import java.util.List;

/**
 * The chat apps whose screenshots are understood, by their colours: the chat background, the other party's
 * bubbles (left) and the owner's bubbles (right). Apps that print the time inside each bubble say so.
 */
enum Layout {
    WHATSAPP_LIGHT("whatsapp-light", 0xEFEAE2, 0xFFFFFF, List.of(0xD9FDD3, 0xDCF8C6), true),
    WHATSAPP_DARK("whatsapp-dark", 0x0B141A, 0x202C33, List.of(0x005C4B, 0x056162), true),
    IMESSAGE("imessage", 0xFFFFFF, 0xE9E9EB, List.of(0x0A84FF, 0x34C759), false),
    IMESSAGE_DARK("imessage-dark", 0x000000, 0x262629, List.of(0x0A84FF, 0x30D158), false),
    INSTAGRAM("instagram", 0xFFFFFF, 0xEFEFEF, List.of(0x3797F0, 0x7C3AED), false),
    INSTAGRAM_DARK("instagram-dark", 0x000000, 0x262626, List.of(0x3797F0, 0x7C3AED), false);

    /** How far (sum of channel differences) a colour may be from the app's own and still count as it. */
    private static final int TOLERANCE = 40;

    private final String id;
    private final int background;
    private final int incoming;
    private final List<Integer> outgoing;
    private final boolean timesInBubbles;

    Layout(String id, int background, int incoming, List<Integer> outgoing, boolean timesInBubbles) {
        this.id = id;
        this.background = background;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.timesInBubbles = timesInBubbles;
    }

    String id() {
        return id;
    }

    boolean timesInBubbles() {
        return timesInBubbles;
    }

    int incoming() {
        return incoming;
    }

    /** The owner's bubble colour nearest to {@code colour}. */
    int outgoingNearest(int colour) {
        return outgoing.stream().min((a, b) -> Colours.distance(a, colour) - Colours.distance(b, colour)).orElseThrow();
    }

    /**
     * How far the observed colours are from this layout's (lower is closer), or -1 when any is out of tolerance.
     * A side with no bubbles on screen is given as -1 and not compared.
     */
    int mismatch(int observedBackground, int observedLeft, int observedRight) {
        int total = Colours.distance(background, observedBackground);
        if (total > TOLERANCE) {
            return -1;
        }
        if (observedLeft >= 0) {
            int d = Colours.distance(incoming, observedLeft);
            if (d > TOLERANCE) {
                return -1;
            }
            total += d;
        }
        if (observedRight >= 0) {
            int d = Colours.distance(outgoingNearest(observedRight), observedRight);
            if (d > TOLERANCE) {
                return -1;
            }
            total += d;
        }
        return total;
    }
}
