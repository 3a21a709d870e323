package org.malcomms.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.malcomms.Malcomms;

/**
 * The evidence report as PDF/A-3u: the same page {@link HtmlReport} writes, printed on A4 with the fonts it needs
 * embedded (Noto Sans, Noto Sans Arabic, Noto Emoji, shipped in the jar under the SIL Open Font License), an sRGB
 * output intent, and the case reference and "page x of y" on every page.
 */
public final class PdfReport {
    /** A font the PDF embeds: the resource under {@code fonts/}, its CSS family, weight and style. */
    private record EmbeddedFont(String file, String family, int weight) {
    }

    private static final List<EmbeddedFont> FONTS = List.of(
            new EmbeddedFont("NotoSans-Regular.ttf", "Noto Sans", 400),
            new EmbeddedFont("NotoSans-Bold.ttf", "Noto Sans", 700),
            new EmbeddedFont("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new EmbeddedFont("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            new EmbeddedFont("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400),
            new EmbeddedFont("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700),
            new EmbeddedFont("NotoEmoji-Regular.ttf", "Noto Emoji", 400));
    /** Loggers kept here so their quieter levels are not lost to garbage collection. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    /** Every code point some embedded font has a glyph for, read once from the fonts' cmaps. */
    private static final java.util.BitSet COVERED = covered();

    private PdfReport() {
    }

    public static byte[] render(ReportInput input) {
        return render(input, TimeLimits.today());
    }

    /** The PDF as on {@code today}, which decides whether a charging deadline is shown as passed. */
    static byte[] render(ReportInput input, java.time.LocalDate today) {
        String html = printable(HtmlReport.document(input, HtmlReport.PDF_FONTS, today));
        JdkBidi bidi = new JdkBidi();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("malcomms " + Malcomms.version())
                .useUnicodeBidiSplitter(bidi)
                .useUnicodeBidiReorderer(bidi)
                .withHtmlContent(html, null);
        for (EmbeddedFont f : FONTS) {
            builder.useFont(() -> font(f.file()), f.family(), f.weight(), FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF report", e);
        }
        return out.toByteArray();
    }

    /**
     * The page with every character the embedded fonts cannot draw written as its code point ("[U+4F60]"), so no
     * character of a message is silently replaced by a placeholder glyph; invisible joiners, variation selectors
     * and other default-ignorable characters without a glyph are left out, as they have no visible form.
     * The markup itself is ASCII, which the fonts cover, so only text changes.
     */
    static String printable(String html) {
        StringBuilder out = new StringBuilder(html.length());
        html.codePoints().forEach(cp -> {
            if (cp < 0x80 || COVERED.get(cp) || Character.isWhitespace(cp) || cp == 0xA0) {
                out.appendCodePoint(cp);
            } else if (!ignorable(cp)) {
                out.append(String.format("[U+%04X]", cp));
            }
        });
        return out.toString();
    }

    private static boolean ignorable(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0x00AD || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static java.util.BitSet covered() {
        java.util.BitSet covered = new java.util.BitSet(0x20000);
        for (EmbeddedFont f : FONTS) {
            try (InputStream in = font(f.file());
                 org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                         new org.apache.pdfbox.io.RandomAccessReadBuffer(in))) {
                org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0x20; cp < 0x20000; cp++) {
                    if (!covered.get(cp) && cmap.getGlyphId(cp) > 0) {
                        covered.set(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + f.file() + " in the malcomms jar", e);
            }
        }
        // Arabic presentation forms are what ArabicShaper turns Arabic letters into; the letters themselves are
        // drawn through those forms, so they count as covered when their forms are.
        for (int cp = 0x0600; cp <= 0x06FF; cp++) {
            String shaped = ArabicShaper.shape(new String(Character.toChars(cp)));
            if (shaped.codePoints().allMatch(covered::get)) {
                covered.set(cp);
            }
        }
        return covered;
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing from the malcomms jar");
        }
        return in;
    }
}
