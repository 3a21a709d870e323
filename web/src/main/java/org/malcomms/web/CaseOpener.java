package org.malcomms.web;

import java.io.IOException;
import java.nio.file.Path;
import org.malcomms.Malcomms;
import org.malcomms.vault.CaseVault;

/**
 * The one place the web app opens a case folder, and so the one place the passphrase goes. The vault does not
 * encrypt yet: the passphrase is accepted and wiped here, and the case is opened with {@link CaseVault#openOrCreate},
 * exactly as {@code malcomms assess --case} does. Encryption at rest is wired here when the vault supports it.
 */
final class CaseOpener {
    private CaseOpener() {
    }

    static CaseVault open(Path dir, String actor, char[] passphrase) throws IOException {
        java.util.Arrays.fill(passphrase, '\0');
        return CaseVault.openOrCreate(dir, actor, "malcomms-web " + Malcomms.version());
    }
}
