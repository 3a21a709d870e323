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
            new EmbeddedFont("NotoEmoji-Regular.ttf", "Noto Emoji", 400));
    /** Loggers kept here so their quieter levels are not lost to garbage collection. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private PdfReport() {
    }

    public static byte[] render(ReportInput input) {
        String html = HtmlReport.document(input, HtmlReport.PDF_FONTS);
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

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing from the malcomms jar");
        }
        return in;
    }
}
