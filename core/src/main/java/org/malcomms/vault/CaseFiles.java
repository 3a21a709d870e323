package org.malcomms.vault;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The files of a case as verification reads them, by path within the case ({@code custody.log},
 * {@code originals/<sha256>}, ...): a case folder, decrypted with its key when it is encrypted, or the payload of a
 * bundle. {@link #open} gives the plaintext.
 */
public interface CaseFiles {
    boolean exists(String path) throws IOException;

    InputStream open(String path) throws IOException;

    /** The names of the files in a folder of the case, sorted; temporary files of unfinished writes left out. */
    List<String> list(String folder) throws IOException;

    default byte[] read(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }
}
