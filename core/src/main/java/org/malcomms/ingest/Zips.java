package org.malcomms.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip inputs (a WhatsApp export with media, a Messenger download): each file inside becomes a source. Entries
 * named with {@code ../} or an absolute path are refused, as is a zip whose files would expand past
 * {@link #MAX_TOTAL} or 100 times the zip's own size (with a 16 MB floor, so small zips of text are fine).
 * macOS resource forks ({@code __MACOSX/}) and hidden files are ignored.
 */
final class Zips {
    static final long MAX_TOTAL = 2L << 30;
    static final long RATIO = 100;
    static final long FLOOR = 16L << 20;

    private Zips() {
    }

    static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
        }
    }

    static long cap(long zipSize) {
        return Math.min(MAX_TOTAL, Math.max(FLOOR, zipSize * RATIO));
    }

    static List<SourceInput> expand(Path zip, String displayName) throws InputException, IOException {
        long cap = cap(Files.size(zip));
        List<SourceInput> sources = new ArrayList<>();
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (unsafe(name)) {
                    throw new InputException(displayName, 0, "refused: the zip holds an entry named \""
                            + Text.clip(name) + "\", which would point outside the folder it unpacks into");
                }
                if (e.isDirectory() || ignored(name)) {
                    continue;
                }
                long size = e.getSize() < 0 ? cap : e.getSize();
                total += size;
                if (total > cap) {
                    throw new InputException(displayName, 0, "refused: the zip expands to more than " + cap
                            + " bytes (the cap is 2 GB or 100 times the zip's size), a sign of a zip bomb");
                }
                sources.add(new ZipEntrySource(zip, name, displayName + "!" + name, size));
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new InputException(displayName, 0, "not a readable zip: " + e.getMessage());
        }
        sources.sort((a, b) -> Inputs.NATURAL.compare(a.name(), b.name()));
        return sources;
    }

    private static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ignored(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("__MACOSX/")) {
            return true;
        }
        String base = n.substring(n.lastIndexOf('/') + 1);
        return base.startsWith(".");
    }
}
