package org.malcomms.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.malcomms.vault.CaseVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code malcomms timestamp}: an RFC 3161 trusted timestamp of the custody log's last entry. */
@Command(name = "timestamp", mixinStandardHelpOptions = true,
        description = {"Ask an RFC 3161 timestamp authority to stamp the hash of the custody log's last entry, which"
                + " proves the case as logged existed at that time. Only that hash is sent; no message or name"
                + " leaves the machine. The token is kept in the case and checked offline by malcomms verify."})
final class TimestampCommand implements Callable<Integer> {
    @Mixin
    CaseFolderOptions caseFolder;

    @Option(names = "--tsa", paramLabel = "URL", required = true, description = "The timestamp authority's URL.")
    URI tsa;

    @Override
    public Integer call() throws Exception {
        CaseVault vault = caseFolder.open();
        System.out.println("timestamped: " + vault.timestamp(tsa) + " by " + tsa);
        return 0;
    }
}
