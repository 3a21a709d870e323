package org.malcomms.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left support for the PDF renderer using the JDK's Unicode bidirectional algorithm: paragraphs are split
 * into left-to-right and right-to-left runs, Arabic runs are shaped, and right-to-left runs are laid out reversed,
 * with brackets mirrored and combining marks kept after their letter.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {
    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        List<String> clusters = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < text.length() && Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK) {
                i += Character.charCount(text.codePointAt(i));
            }
            clusters.add(text.substring(start, i));
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int c = clusters.size() - 1; c >= 0; c--) {
            String cluster = clusters.get(c);
            out.append(cluster.length() == 1 ? mirror(cluster.charAt(0)) : cluster);
        }
        return out.toString();
    }

    private static String mirror(char c) {
        int at = "()[]{}<>\u00ab\u00bb".indexOf(c);
        if (at < 0) {
            return String.valueOf(c);
        }
        return String.valueOf(")(][}{><\u00bb\u00ab".charAt(at));
    }

    @Override
    public String shapeText(String text) {
        return ArabicShaper.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return ArabicShaper.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** One paragraph's runs, in logical order. */
    private static final class Splitter implements BidiSplitter {
        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            int flags = switch (defaultDirection) {
                case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
                case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
                default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            };
            bidi = new Bidi(paragraph, flags);
        }

        @Override
        public int countTextRuns() {
            return bidi.getRunCount();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            int start = bidi.getRunStart(index);
            return new BidiTextRun(start, bidi.getRunLimit(index) - start,
                    (bidi.getRunLevel(index) & 1) == 1 ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
                i += Character.charCount(cp);
            }
            return NEUTRAL;
        }
    }
}
