package org.malcomms.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The case folder a command works on, and who is acting, for the custody log. */
final class CaseFolderOptions {
    @Parameters(paramLabel = "CASE_DIR", description = "The case folder.")
    Path caseDir;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is acting, for the custody log"
            + " (default: the login name).")
    String actor;

    /** Opens the existing case, asking for its passphrase when it is encrypted. */
    CaseVault open() throws IOException {
        return CaseAccess.open(caseDir, actor);
    }
}
