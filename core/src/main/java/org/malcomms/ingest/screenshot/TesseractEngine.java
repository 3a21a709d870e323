package org.malcomms.ingest.screenshot;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance (the system's libtesseract through tess4j), loaded once with the English model and used
 * for many small crops, for as long as the importer that opened it lives. Not thread-safe: callers hold it for one
 * image at a time.
 */
final class TesseractEngine {
    static final String INSTALL_HINT = "reading screenshots needs Tesseract OCR with its English model;"
            + " install them with: sudo apt-get install tesseract-ocr tesseract-ocr-eng";
    private static final List<String> TESSDATA_DIRS = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata");

    private final TessAPI api;
    private final TessBaseAPI handle;

    private TesseractEngine(TessAPI api, TessBaseAPI handle) {
        this.api = api;
        this.handle = handle;
    }

    /** Where the English model is: $TESSDATA_PREFIX first, then the usual package locations. */
    static List<Path> defaultTessdataDirs() {
        List<Path> dirs = new ArrayList<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            dirs.add(Path.of(prefix));
            dirs.add(Path.of(prefix, "tessdata"));
        }
        TESSDATA_DIRS.forEach(d -> dirs.add(Path.of(d)));
        return dirs;
    }

    /** Loads libtesseract and the English model from the first of {@code tessdataDirs} that has it. */
    static TesseractEngine open(List<Path> tessdataDirs) throws OcrUnavailableException {
        Path tessdata = tessdataDirs.stream().filter(d -> Files.isRegularFile(d.resolve("eng.traineddata")))
                .findFirst().orElseThrow(() -> new OcrUnavailableException(
                        "no English model (eng.traineddata) found in " + tessdataDirs + "; " + INSTALL_HINT));
        TessAPI api;
        try {
            singleThreaded();
            api = Native.load("tesseract", TessAPI.class, Map.of("string-encoding", "UTF-8"));
        } catch (LinkageError e) {
            throw new OcrUnavailableException("the Tesseract library (libtesseract) could not be loaded ("
                    + e.getMessage() + "); " + INSTALL_HINT);
        }
        TessBaseAPI handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.toString(), "eng") != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load its English model from " + tessdata + "; "
                    + INSTALL_HINT);
        }
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return new TesseractEngine(api, handle);
    }

    /** The C library's setenv, to configure libgomp before libtesseract loads it. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Tesseract's OpenMP threads spin while waiting; on a busy machine they make each small crop several times
     * slower, and malcomms reads crops one after another anyway. Unless the user has set it, OpenMP gets one thread.
     */
    private static void singleThreaded() {
        if (Platform.isLinux() || Platform.isMac()) {
            Native.load("c", CLibrary.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        }
    }

    /** Reads a grey image (one byte per pixel, dark text on a light ground) as one block of text. */
    OcrText read(GrayImage image, boolean singleLine) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(image.pixels().length);
        buffer.put(image.pixels()).flip();
        api.TessBaseAPISetPageSegMode(handle, singleLine ? TessPageSegMode.PSM_SINGLE_LINE
                : TessPageSegMode.PSM_SINGLE_BLOCK);
        api.TessBaseAPISetImage(handle, buffer, image.width(), image.height(), 1, image.width());
        api.TessBaseAPISetSourceResolution(handle, 300);
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        String read = text == null ? "" : text.getString(0, StandardCharsets.UTF_8.name());
        if (text != null) {
            api.TessDeleteText(text);
        }
        int confidence = api.TessBaseAPIMeanTextConf(handle);
        api.TessBaseAPIClear(handle);
        return new OcrText(read.strip(), Math.max(0, confidence) / 100.0);
    }
}
