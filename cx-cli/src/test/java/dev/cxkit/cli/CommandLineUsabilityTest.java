package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 20, the command line: {@code --help} and {@code -h} on every command and subcommand, with no
 * picocli warning; durations such as {@code 30s}; names in any case.
 */
class CommandLineUsabilityTest {

    /** Every command and subcommand, by its words after {@code cx}; {@code cx} itself is the empty list. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(new CommandLine(new CxCommand()), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().aliases().equals(new String[0]) && !name.equals(sub.getCommandName())) {
                return;
            }
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, all);
        });
    }

    @ParameterizedTest(name = "cx {0} --help")
    @MethodSource("commands")
    void everyCommandPrintsItsUsageForHelpAndH(List<String> command) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(command);
            args.add(flag);
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as("cx %s %s", command, flag).isZero();
            // "cx help" puts its one-line description first; every other command starts with its usage.
            assertThat(run.out()).as("cx %s %s", command, flag)
                    .contains("Usage: cx" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
            assertThat(run.err()).as("cx %s %s", command, flag).isEmpty();
        }
    }

    @Test
    void helpCommandPrintsWithoutFormatWarnings() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int code = CxCommand.execute(new PrintWriter(out), new PrintWriter(err), "help", "decide");
            assertThat(code).isZero();
        } finally {
            System.setErr(originalErr);
        }
        // picocli reports an unescaped % in a description as "[picocli WARN] Could not format ...".
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(err.toString()).doesNotContain("picocli WARN");
        assertThat(out.toString()).contains("10% for DISCOUNT");
    }

    @Test
    void durationsTakeShortUnitsAsWellAsIso() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("PT20S")).isEqualTo(Duration.ofSeconds(20));
        assertThat(Durations.parse("p7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aDurationThatIsNotOneSaysWhichFormsWork() {
        CliRun run = CliRun.of("staffing", "erlang-c", "--calls", "100", "--aht", "3 minutes", "--agents", "14");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--aht").contains("'3 minutes' is not a duration. Maybe 30s, 5m, 2h")
                .hasLineCount(1);
    }

    @TempDir
    Path dir;

    @Test
    void shortDurationsAndLowerCaseNamesGiveTheSameAnswerAsIsoAndUpperCase() throws Exception {
        String matrix = Files.writeString(dir.resolve("authority.csv"), """
                rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
                refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
                """).toString();
        CliRun iso = CliRun.of("staffing", "erlang-c", "--calls", "100", "--interval", "PT30M", "--aht", "PT3M",
                "--answer-within", "PT20S", "--agents", "14", "--json");
        CliRun shortForms = CliRun.of("staffing", "erlang-c", "--calls", "100", "--interval", "30m", "--aht", "3m",
                "--answer-within", "20s", "--agents", "14", "--json");
        CliRun upper = CliRun.of("decide", "--policy", matrix, "--tier", "T1", "--action", "REFUND", "--amount", "20.00",
                "--channel", "PHONE", "--at", "2026-03-02T09:00:00Z", "--json");
        CliRun lower = CliRun.of("decide", "--policy", matrix, "--tier", "t1", "--action", "refund", "--amount", "20.00",
                "--channel", "phone", "--at", "2026-03-02T09:00:00Z", "--json");

        assertThat(shortForms.exitCode()).isZero();
        assertThat(shortForms.out()).isEqualTo(iso.out());
        assertThat(lower.exitCode()).isEqualTo(upper.exitCode()).isZero();
        assertThat(lower.out()).isEqualTo(upper.out());
    }
}
