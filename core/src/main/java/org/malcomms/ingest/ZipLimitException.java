package org.malcomms.ingest;

import java.io.IOException;

/** A zip that would expand past its declared sizes or the expansion cap; reported to the user as bad input. */
final class ZipLimitException extends IOException {
    ZipLimitException(String message) {
        super(message);
    }
}
