package org.malcomms.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malcomms.Malcomms;
import org.malcomms.vault.Bundle;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code malcomms bundle}: the case as a BagIt zip for police or solicitors, decrypted for disclosure. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Export a case as a BagIt (RFC 8493) zip for police or solicitors: the originals, the derived"
                + " files and reports, the custody log and a manifest of hashes. The bundle is DECRYPTED so that the"
                + " recipient can read it: keep it as safe as the messages themselves.",
                "Check it anywhere with: malcomms verify FILE.zip. A case that does not verify is not bundled"
                        + " (exit 4)."})
final class BundleCommand implements Callable<Integer> {
    @Mixin
    CaseFolderOptions caseFolder;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "Where to write the bundle.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CaseVault vault = caseFolder.open();
        Verification.Result check = Verification.check(vault.files());
        if (!check.intact()) {
            System.out.println("BROKEN: " + check.problems().get(0));
            System.err.println("malcomms: the case does not verify, so it was not bundled: " + check.problems().get(0));
            return Main.INTEGRITY_FAILURE;
        }
        Bundle.Written w = Bundle.write(vault, out, Malcomms.version());
        System.out.println("bundle: " + out.toAbsolutePath() + " (" + w.files() + " files, " + w.bytes() + " bytes)");
        System.err.println("malcomms: the bundle is decrypted for disclosure; anyone who has it can read the"
                + " messages");
        return 0;
    }
}
