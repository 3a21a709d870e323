package org.malcomms.ingest.screenshot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.Importer;
import org.malcomms.ingest.InputException;
import org.malcomms.ingest.SourceInput;
import org.malcomms.model.Channel;
import org.malcomms.model.Message;
import org.malcomms.model.MessageKind;
import org.malcomms.model.SourceLocation;
import org.malcomms.model.ZoneSource;

/**
 * Chat screenshots (PNG or JPEG): finds the bubbles, reads each with Tesseract, tells the other party's (left)
 * from the owner's (right), reads the header for the other party's name and the printed times and day separators,
 * and emits one message per bubble. The image's own metadata is kept as authenticity hints.
 * Overlapping screenshots of one conversation are stitched later, by {@link ScreenshotSets}.
 */
public final class ScreenshotImporter implements Importer {
    /** The sender written for the screenshot owner's (right-hand) bubbles until an export names them. */
    public static final String OWNER = "Me";
    private static final long MAX_BYTES = 50L << 20;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final Pattern STATUS_LINE = Pattern.compile(
            "(?i).*(\\d{1,2}[:.]\\d{2}|\\d+ ?%|online|last seen|active|typing|tap here|contact info).*");

    private final List<Path> tessdataDirs;
    private TesseractEngine engine;

    public ScreenshotImporter() {
        this(TesseractEngine.defaultTessdataDirs());
    }

    /** An importer that looks for Tesseract's English model only in these folders. */
    public ScreenshotImporter(List<Path> tessdataDirs) {
        this.tessdataDirs = List.copyOf(tessdataDirs);
    }

    @Override
    public String format() {
        return "screenshot";
    }

    @Override
    public double detect(String name, byte[] head) {
        boolean png = head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N'
                && head[3] == 'G' && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A;
        boolean jpeg = head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8
                && (head[2] & 0xff) == 0xFF;
        return png || jpeg ? 0.9 : 0;
    }

    @Override
    public void read(SourceInput input, ImportContext context, Consumer<Message> sink)
            throws IOException, InputException {
        if (input.size() > MAX_BYTES) {
            throw new InputException(input.name(), 0, "image larger than 50 MB; not read as a screenshot");
        }
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readAllBytes();
        }
        BufferedImage image = decode(input, bytes);
        ImageFacts facts = ImageFacts.read(bytes);
        Reference reference = reference(input, facts, context);
        Screen screen = new Screen(image);
        ScreenLayout layout = LayoutAnalyzer.analyse(screen);
        Map<String, String> imageMeta = imageMetadata(input, facts, screen, layout);
        List<Message> messages;
        synchronized (this) {
            TesseractEngine ocr = engine(input);
            if (layout.layout().isEmpty()) {
                context.warnings().skipped(input.name(), 0, "layout not recognised, text only (kept as one message"
                        + " with no sender)");
                OcrText all = ocr.read(screen.region(new Box(0, 0, screen.width, screen.height),
                        layout.background()), false);
                Map<String, String> meta = new LinkedHashMap<>(imageMeta);
                meta.put("ocrConfidence", confidence(all.confidence()));
                meta.put("imageBox", new Box(0, 0, screen.width, screen.height).text());
                meta.put("timeSource", reference.source());
                messages = List.of(new Message("", "screenshot", input.name(), Channel.DIRECT, "",
                        reference.at().toOffsetDateTime(), ZoneSource.ASSUMED, MessageKind.MESSAGE,
                        all.text().replaceAll("\\s*\\n\\s*", "\n"), List.of(), false,
                        new SourceLocation(input.name(), input.sha256(), 1), List.of(), meta));
            } else {
                messages = messages(input, context, screen, layout, ocr, reference, imageMeta);
            }
        }
        if (layout.cutOff() > 0) {
            context.warnings().skipped(input.name(), 0, layout.cutOff() + " message bubble(s) cut off at the edge"
                    + " of the screenshot not read");
        }
        messages.forEach(sink);
    }

    /** Decodes the image, refusing sizes no phone makes (a small file can claim a huge picture) before decoding. */
    private static BufferedImage decode(SourceInput input, byte[] bytes) throws InputException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InputException(input.name(), 0, "not a readable PNG or JPEG screenshot");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InputException(input.name(), 0, "image of " + reader.getWidth(0) + "x"
                            + reader.getHeight(0) + " pixels is too large for a screenshot");
                }
                BufferedImage image = reader.read(0);
                if (image.getWidth() < 100 || image.getHeight() < 100) {
                    throw new InputException(input.name(), 0, "image too small to be a chat screenshot");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // decoders report damaged files with IOExceptions and, for some damage, runtime exceptions
            throw new InputException(input.name(), 0, "not a readable PNG or JPEG screenshot (" + e.getMessage()
                    + ")");
        }
    }

    private synchronized TesseractEngine engine(SourceInput input) throws InputException {
        if (engine == null) {
            try {
                engine = TesseractEngine.open(tessdataDirs);
            } catch (OcrUnavailableException e) {
                throw new InputException(input.name(), 0, e.getMessage());
            }
        }
        return engine;
    }

    /** When the screenshot was taken, as far as anything says: EXIF/XMP first, then the file's own time. */
    private record Reference(ZonedDateTime at, String source) {
    }

    private static Reference reference(SourceInput input, ImageFacts facts, ImportContext context)
            throws IOException {
        if (facts.captured().isPresent()) {
            return new Reference(facts.captured().get().atZone(context.zone()), "exif");
        }
        if (input instanceof FileSource file) {
            return new Reference(Files.getLastModifiedTime(file.path()).toInstant().atZone(context.zone()),
                    "file-time");
        }
        return new Reference(ZonedDateTime.now(context.zone()), "import-time");
    }

    private static Map<String, String> imageMetadata(SourceInput input, ImageFacts facts, Screen screen,
                                                     ScreenLayout layout) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("imageSha256", input.sha256());
        meta.put("imagePhash", String.format("%016x", PerceptualHash.of(screen)));
        meta.put("layout", layout.layout().map(Layout::id).orElse("unrecognised"));
        facts.device().ifPresent(d -> meta.put("hint.device", "the image says it was made on: " + d));
        facts.captured().ifPresent(c -> meta.put("hint.capturedAt", "the image says it was taken at: " + c));
        facts.software().ifPresent(s -> meta.put("hint.software", "the image says it was last saved by: " + s));
        if (facts.editedWithSoftware()) {
            meta.put("hint.editedWithSoftware", "the image was saved by an image editor ("
                    + facts.software().orElseThrow() + "); it may have been altered");
        }
        return meta;
    }

    private List<Message> messages(SourceInput input, ImportContext context, Screen screen, ScreenLayout layout,
                                   TesseractEngine ocr, Reference reference, Map<String, String> imageMeta) {
        String name = otherParty(ocr.read(screen.region(layout.header(), layout.headerFill(),
                layout.headerPictures()), false));
        String other = name.isBlank() ? "(other party)" : name;
        LocalDate refDate = reference.at().toLocalDate();
        Layout app = layout.layout().orElseThrow();

        List<Read> read = new ArrayList<>();
        LocalDate firstSeparatorDate = null;
        for (Block block : layout.blocks()) {
            if (block instanceof Block.Caption caption) {
                OcrText t = ocr.read(screen.region(caption.box(), caption.fill()), true);
                Optional<ChatDates.DayMark> mark = ChatDates.separator(t.text(), refDate);
                if (mark.isPresent()) {
                    read.add(new Separator(mark.get()));
                    if (firstSeparatorDate == null && mark.get().date() != null) {
                        firstSeparatorDate = mark.get().date();
                    }
                }
            } else if (block instanceof Block.Bubble bubble) {
                Optional<Screen.TimeCrop> corner = app.timesInBubbles() ? screen.bubbleTime(bubble)
                        : Optional.empty();
                String printed = corner.map(c -> ocr.read(c.image(), true).text()).orElse("");
                read.add(new ReadBubble(bubble, ocr.read(screen.bubble(bubble, corner.map(Screen.TimeCrop::box)),
                        false), corner.isPresent(), printed));
            }
        }

        List<Message> out = new ArrayList<>();
        LocalDate date = firstSeparatorDate == null ? refDate : firstSeparatorDate.minusDays(1);
        String dateSource = firstSeparatorDate == null ? reference.source() : "estimated";
        LocalTime captionTime = null;
        OffsetDateTime previous = null;
        int n = 0;
        for (Read item : read) {
            if (item instanceof Separator separator) {
                ChatDates.DayMark mark = separator.mark();
                if (mark.date() != null) {
                    date = mark.date();
                    dateSource = "image";
                    captionTime = null;
                }
                if (mark.time() != null) {
                    captionTime = mark.time();
                }
                continue;
            }
            ReadBubble rb = (ReadBubble) item;
            ChatDates.BubbleText bt = rb.hasCorner()
                    ? new ChatDates.BubbleText(rb.text().text(), ChatDates.printedTime(rb.corner()),
                    rb.corner().toLowerCase(Locale.ROOT).contains("edited"))
                    : app.timesInBubbles() ? ChatDates.splitTime(rb.text().text())
                    : new ChatDates.BubbleText(rb.text().text(), null, false);
            String text = OcrFixes.apply(bt.text().replaceAll("\\s*\\n\\s*", " ").replaceAll("\\s{2,}", " ")
                    .strip());
            if (text.isEmpty()) {
                continue;
            }
            LocalTime time = bt.time() != null ? bt.time() : captionTime;
            String timeSource = time != null ? "image" : reference.source();
            LocalDateTime local;
            if (time != null) {
                local = date.atTime(time);
            } else if (previous != null && previous.toLocalDate().equals(date)) {
                local = previous.toLocalDateTime();
                timeSource = "previous-message";
            } else {
                local = date.equals(refDate) ? reference.at().toLocalDateTime() : date.atStartOfDay();
            }
            OffsetDateTime at = local.atZone(context.zone()).toOffsetDateTime();
            Map<String, String> meta = new LinkedHashMap<>(imageMeta);
            meta.put("ocrConfidence", confidence(rb.text().confidence()));
            meta.put("imageBox", rb.bubble().box().text());
            meta.put("timeSource", timeSource);
            meta.put("dateSource", dateSource);
            if (previous != null && at.isBefore(previous)) {
                meta.put("hint.timeOutOfOrder", "this message's time is earlier than the one above it");
            }
            previous = at;
            String sender = rb.bubble().left() ? other : OWNER;
            out.add(new Message("", "screenshot", other, Channel.DIRECT, sender, at, ZoneSource.ASSUMED,
                    MessageKind.MESSAGE, text, List.of(), bt.edited(),
                    new SourceLocation(input.name(), input.sha256(), ++n), List.of(), meta));
        }
        return out;
    }

    /** What OCR made of one block of the screen, in screen order. */
    private sealed interface Read permits Separator, ReadBubble {
    }

    /** A caption that names a day, a time or both. */
    private record Separator(ChatDates.DayMark mark) implements Read {
    }

    /**
     * A bubble as read: its text, and whether its corner held a printed time (then read on its own, enlarged, and
     * blanked out of the text), with what the corner says.
     */
    private record ReadBubble(Block.Bubble bubble, OcrText text, boolean hasCorner, String corner) implements Read {
    }

    /** The other party's name: the header line that is not the status bar, a status or an icon. */
    static String otherParty(OcrText header) {
        String best = "";
        for (String line : header.text().split("\\n")) {
            if (STATUS_LINE.matcher(line).matches()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : line.strip().split("\\s+")) {
                if (word.matches("[\\p{L}][\\p{L}'.\\-]*") && (word.length() > 1 || Character.isUpperCase(
                        word.charAt(0)) && !words.isEmpty())) {
                    words.add(word);
                }
            }
            String name = String.join(" ", words);
            if (name.length() > best.length()) {
                best = name;
            }
        }
        return best;
    }

    private static String confidence(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }
}
