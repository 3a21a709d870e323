package org.malcomms.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code malcomms timestamp}: an RFC 3161 trusted timestamp of the custody log's last entry. */
@Command(name = "timestamp", mixinStandardHelpOptions = true,
        description = {"Ask an RFC 3161 timestamp authority to stamp the hash of the custody log's last entry, which"
                + " proves the case as logged existed at that time. Only that hash is sent; no message or name"
                + " leaves the machine. The token is kept in the case and checked offline by malcomms verify."})
final class TimestampCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE_DIR", description = "The case folder.")
    Path caseDir;

    @Option(names = "--tsa", paramLabel = "URL", required = true, description = "The timestamp authority's URL.")
    URI tsa;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is acting, for the custody log"
            + " (default: the login name).")
    String actor;

    @Override
    public Integer call() throws Exception {
        CaseVault vault = CaseAccess.open(caseDir, actor);
        System.out.println("timestamped: " + vault.timestamp(tsa) + " by " + tsa);
        return 0;
    }
}
