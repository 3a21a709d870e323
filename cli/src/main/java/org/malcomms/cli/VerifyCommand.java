package org.malcomms.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malcomms.vault.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code malcomms verify}: re-checks a preserved case; exit 4 names the first thing found broken. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a case folder: the custody log's hash chain, every original and every derived file.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE_DIR", description = "The case folder to check.")
    Path caseDir;

    @Override
    public Integer call() throws Exception {
        Verification.Result r = Verification.check(caseDir);
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
