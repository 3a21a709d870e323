package org.malcomms.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user names (files, folders, zips) into the sources to import, in a stable order. Folders are
 * walked and zips (recognised by content) are opened, so an export can be given as it was downloaded; files are
 * ordered naturally, so {@code message_10.json} comes after {@code message_9.json}.
 */
public final class Inputs {
    /** Orders names with runs of digits compared as numbers. */
    static final Comparator<String> NATURAL = Inputs::compareNatural;

    private Inputs() {
    }

    public static List<SourceInput> expand(List<Path> paths) throws InputException, IOException {
        List<SourceInput> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputException(path.toString(), 0, "no such file or folder");
            }
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> !path.relativize(p).toString().replace('\\', '/').contains("__MACOSX/"))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted((a, b) -> compareNatural(path.relativize(a).toString(),
                                    path.relativize(b).toString()))
                            .toList();
                }
                for (Path p : files) {
                    String name = path.relativize(p).toString();
                    if (Zips.isZip(p)) {
                        sources.addAll(Zips.expand(p, name));
                    } else {
                        sources.add(new FileSource(p, name, true));
                    }
                }
            } else if (!Files.isReadable(path)) {
                throw new InputException(path.toString(), 0, "cannot be read (permission denied)");
            } else if (Zips.isZip(path)) {
                sources.addAll(Zips.expand(path, path.getFileName().toString()));
            } else {
                sources.add(new FileSource(path));
            }
        }
        return sources;
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
