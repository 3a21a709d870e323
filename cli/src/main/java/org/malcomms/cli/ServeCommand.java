package org.malcomms.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.malcomms.Malcomms;
import org.malcomms.web.Browser;
import org.malcomms.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code malcomms serve}: the local web app, on 127.0.0.1 only, opened with a one-time launch link. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web app on this computer only (127.0.0.1) and open it in the browser.",
                "Prints the address, with a one-time launch token, on standard output; requests without it (or the"
                        + " session it starts) are refused. Press Ctrl+C to stop."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: a free port).")
    int port;

    @Option(names = "--no-browser", description = "Do not open the browser; just print the address.")
    boolean noBrowser;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding the cases (default: ~/.malcomms/cases).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".malcomms", "cases");
        WebApp web = WebApp.start(dir, port, Malcomms.standard(), url -> {
            System.out.println(url);
            System.out.flush();
            System.err.println("malcomms: the session was ended by a quick exit; the new address above opens it again");
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                web.close();
            } catch (Exception e) {
                System.err.println("malcomms: " + e.getMessage());
            }
            stopped.countDown();
        }));
        String url = web.launchUrl();
        System.out.println(url);
        System.out.flush();
        System.err.println("malcomms: the app runs on this computer only, with cases in " + dir.toAbsolutePath()
                + ". Press Ctrl+C to stop.");
        if (!noBrowser && !Browser.open(url)) {
            System.err.println("malcomms: could not open a browser; open the address above yourself");
        }
        stopped.await();
        return 0;
    }
}
