package org.malcomms.web;

import java.io.IOException;
import java.nio.file.Path;
import org.malcomms.Malcomms;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;

/**
 * The one place the web app opens a case folder, and so the one place the passphrase goes: a new case is created
 * encrypted with it (the vault refuses one shorter than 8 characters); an existing one is opened with it (a plain
 * case needs none). The passphrase is wiped here once used.
 */
final class CaseOpener {
    private CaseOpener() {
    }

    static CaseVault open(Path dir, String actor, char[] passphrase) throws IOException {
        try {
            String tool = "malcomms-web " + Malcomms.version();
            CaseState state = CaseVault.state(dir);
            if (state == CaseState.NEW) {
                return CaseVault.create(dir, actor, tool, passphrase);
            }
            return CaseVault.open(dir, actor, tool, state == CaseState.ENCRYPTED ? passphrase : null);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }
}
