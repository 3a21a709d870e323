package org.malcomms.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malcomms.vault.Bundle;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code malcomms verify}: re-checks a preserved case or a bundle; exit 4 names the first thing found broken. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a case folder or a bundle made by malcomms bundle: the custody log's hash chain, every"
                + " original, every derived file and what it was made from, and every trusted timestamp.",
                "An encrypted case needs its passphrase (terminal, or MALCOMMS_PASSPHRASE); a bundle does not."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE_DIR|BUNDLE.zip", description = "The case folder or bundle to check.")
    Path caseDir;

    @Override
    public Integer call() throws Exception {
        Verification.Result r;
        if (Files.isRegularFile(caseDir)) {
            r = Bundle.verify(caseDir);
        } else {
            char[] pass = Files.isDirectory(caseDir) && CaseVault.state(caseDir) == CaseState.ENCRYPTED
                    ? CaseAccess.passphrase(caseDir, false) : null;
            try {
                r = Verification.check(caseDir, pass);
            } finally {
                CaseAccess.wipe(pass);
            }
        }
        r.notes().forEach(n -> System.out.println("note: " + n));
        if (r.intact()) {
            System.out.println("intact: " + r.entries() + " custody entries, " + r.originals() + " originals, "
                    + r.derived() + " derived files checked in " + caseDir);
            return 0;
        }
        System.out.println("BROKEN: " + r.problems().get(0));
        for (int i = 1; i < r.problems().size(); i++) {
            System.out.println("also: " + r.problems().get(i));
        }
        System.err.println("malcomms: integrity check failed for " + caseDir + ": " + r.problems().get(0));
        return Main.INTEGRITY_FAILURE;
    }
}
