package org.malcomms.web;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/** Opens the system browser at a URL, if this machine has one; never fails (the URL is printed anyway). */
public final class Browser {
    private Browser() {
    }

    /** Returns true when a browser was asked to open the URL. */
    public static boolean open(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return true;
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // no desktop integration here; fall back to xdg-open below
        }
        for (String opener : new String[] {"xdg-open", "open"}) {
            try {
                new ProcessBuilder(opener, url).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return true;
            } catch (IOException e) {
                // not installed; try the next
            }
        }
        return false;
    }
}
