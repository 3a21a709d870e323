package org.malcomms.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.malcomms.Malcomms;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.PassphraseException;

/**
 * Opens and creates case folders for the commands, asking for the passphrase of an encrypted case at the terminal
 * or, when there is no terminal (scripts, CI, output redirected), taking it from {@code MALCOMMS_PASSPHRASE}.
 * Never from an argument: arguments are visible to other users of the machine and kept in shell history.
 */
final class CaseAccess {
    static final String ENV = "MALCOMMS_PASSPHRASE";

    private CaseAccess() {
    }

    static String actor(String given) {
        return given != null ? given : System.getProperty("user.name", "unknown");
    }

    static String tool() {
        return "malcomms " + Malcomms.version();
    }

    /** Opens an existing case to add to it. */
    static CaseVault open(Path dir, String actor) throws IOException {
        CaseState state = CaseVault.state(dir);
        if (state == CaseState.NEW) {
            throw new IOException(dir + " holds no malcomms case");
        }
        char[] pass = state == CaseState.ENCRYPTED ? passphrase(dir, false) : null;
        try {
            return CaseVault.open(dir, actor(actor), tool(), pass);
        } finally {
            wipe(pass);
        }
    }

    /** Opens the case in {@code dir}, or starts one there: encrypted unless {@code plain}. */
    static CaseVault openOrCreate(Path dir, String actor, boolean plain) throws IOException {
        if (CaseVault.state(dir) != CaseState.NEW) {
            return open(dir, actor);
        }
        if (plain) {
            System.err.println("malcomms: starting an UNENCRYPTED case in " + dir + ": anyone who can open the folder"
                    + " can read the messages");
            return CaseVault.createPlain(dir, actor(actor), tool());
        }
        char[] pass = passphrase(dir, true);
        try {
            System.err.println("malcomms: starting an encrypted case in " + dir + "; keep the passphrase safe: without"
                    + " it the case cannot be opened");
            return CaseVault.create(dir, actor(actor), tool(), pass);
        } finally {
            wipe(pass);
        }
    }

    /** The passphrase of the case in {@code dir}: from the terminal (asked twice for a new case), else the env. */
    static char[] passphrase(Path dir, boolean isNew) throws PassphraseException {
        Console console = System.console();
        if (console != null) {
            char[] pass = console.readPassword("Passphrase for case %s: ", dir);
            if (pass == null) {
                throw new PassphraseException("no passphrase given");
            }
            if (isNew) {
                char[] again = console.readPassword("Same passphrase again: ");
                boolean same = again != null && Arrays.equals(pass, again);
                wipe(again);
                if (!same) {
                    wipe(pass);
                    throw new PassphraseException("the two passphrases differ; nothing was created");
                }
            }
            return pass;
        }
        String env = System.getenv(ENV);
        if (env == null || env.isEmpty()) {
            throw new PassphraseException("case " + dir + " is encrypted (or would be) and needs a passphrase: run"
                    + " malcomms at a terminal without redirecting its output (use --out FILE), or set " + ENV
                    + (isNew ? "; or start an unencrypted case with --no-encrypt" : ""));
        }
        return env.toCharArray();
    }

    static void wipe(char[] pass) {
        if (pass != null) {
            Arrays.fill(pass, '\0');
        }
    }
}
