package org.malcomms.vault;

import java.io.IOException;

/** An encrypted case was opened without its passphrase or with a wrong one. Nothing in the case was changed. */
public final class PassphraseException extends IOException {
    public PassphraseException(String message) {
        super(message);
    }
}
