package dev.cxkit.cli;

import java.io.PrintWriter;

import dev.cxkit.core.CxException;
import dev.cxkit.rules.PolicyEvaluationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cx} command line. Run {@code java -jar cx-cli/target/cx.jar --help}.
 */
@Command(name = "cx",
        mixinStandardHelpOptions = true,
        // -h/--help and -V/--version on every command and subcommand, not only on cx itself.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = CxCommand.Version.class,
        description = "cxkit on the command line: generate contact-centre data, compute KPIs and staffing.",
        subcommands = {DemoCommand.class, GenerateCommand.class, KpiCommand.class, ScorecardCommand.class,
            ReportCommand.class, SlaCommand.class, AuditCommand.class, DecideCommand.class, StaffingCommand.class,
            ForecastCommand.class, PlanCommand.class, CompareCommand.class, FeedbackCommand.class, ChurnCommand.class,
            CoverageCommand.class, ServeCommand.class, QaCommand.class, CommandLine.HelpCommand.class},
        footer = {
            "",
            "Exit codes: 0 success, 1 findings or denial (where a command says so), 2 bad usage or bad input,",
            "3 a failed run (out of memory, a policy whose rules fail or run too long, or a bug in cx).",
            "Every command takes --json to print one JSON document on standard output; messages go to standard error.",
            "Durations take 30s, 5m, 2h, 7d or ISO-8601 (PT20S, P7D); names of channels, tiers, actions and scopes",
            "may be written in any case.",
        })
public final class CxCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Phase and progress lines on standard error even when it is not a terminal; see {@link Progress}. */
    @CommandLine.Option(names = "--progress", scope = CommandLine.ScopeType.INHERIT,
            description = "Print phase and progress lines on standard error even when it is not a terminal "
                    + "(on a terminal they are shown anyway, except with --json).")
    boolean progress;

    /**
     * Runs {@code cx} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs {@code cx} in-process, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CxCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(java.time.Duration.class, new Durations());
        commandLine.setParameterExceptionHandler((exception, ignoredArgs) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + firstLine(exception.getMessage())
                    + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof PolicyEvaluationException) {
                // The policy compiled but failed while deciding: its rules threw, looped or ran too long.
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": the policy failed while deciding: "
                        + firstLine(exception.getMessage()));
                return ExitCodes.INTERNAL_ERROR;
            }
            if (exception instanceof BadInputException || exception instanceof IllegalArgumentException
                    || exception instanceof CxException) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + firstLine(exception.getMessage()));
                if (exception instanceof BadInputException bad) {
                    bad.details().forEach(cmd.getErr()::println);
                }
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": internal error: " + exception
                    + "\nThis is a bug in cx; please report it with the command line that caused it.");
            return ExitCodes.INTERNAL_ERROR;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above; an Error would end the JVM with exit code 1,
            // the code of a denial. Whatever ran out of memory is gone by now, so printing is safe again.
            err.println("cx: out of memory (" + e.getMessage() + "). Maybe give Java more memory (java -Xmx4g -jar "
                    + "cx.jar ...), or the input or a policy's rules need more than expected?");
            code = ExitCodes.INTERNAL_ERROR;
        } catch (StackOverflowError e) {
            err.println("cx: stack overflow. Maybe a policy's rules recurse without end?");
            code = ExitCodes.INTERNAL_ERROR;
        } catch (RuntimeException | Error e) {
            err.println("cx: internal error: " + e.getClass().getName()
                    + "\nThis is a bug in cx; please report it with the command line that caused it.");
            code = ExitCodes.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "bad input";
        }
        // Keep the "Maybe …" hint but stay on one line.
        return message.replace(System.lineSeparator(), " ").replace('\n', ' ');
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    /** Prints the version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CxCommand.class.getPackage().getImplementationVersion();
            return new String[] {"cx " + (version == null ? "development" : version)};
        }
    }
}
