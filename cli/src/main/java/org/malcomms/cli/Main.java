package org.malcomms.cli;

import java.io.PrintWriter;
import org.malcomms.Malcomms;
import org.malcomms.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The malcomms command line. Exit codes follow the contract: 0 ok, 1 other, 2 usage, 3 bad input, 4 integrity. */
@Command(name = "malcomms", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Preserve abusive messages as evidence and assess them against the law of England and Wales.",
        subcommands = {ImportCommand.class, AssessCommand.class, VerifyCommand.class, ClassifyCommand.class,
                ServeCommand.class,
                BundleCommand.class, RedactCommand.class, TimestampCommand.class,
                BenchReportCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int INPUT_ERROR = 3;
    public static final int INTEGRITY_FAILURE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import, assess, verify, classify");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof InputException ie) {
                err.println("malcomms: cannot read " + ie.getMessage());
                return INPUT_ERROR;
            }
            err.println("malcomms: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("MALCOMMS_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }

    /** Reports the version written into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"malcomms " + Malcomms.version()};
        }
    }
}
