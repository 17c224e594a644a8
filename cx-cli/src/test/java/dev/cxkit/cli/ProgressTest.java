package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phase lines and a progress line every few seconds, on a terminal or with --progress; quiet otherwise. */
class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void printsAPhaseLineAndACountEveryTwoSecondsOfTheInjectedClock() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err, true), "cx kpi", "read big.jsonl", true, nanos::get);

        progress.phase("reading big.jsonl");
        for (int i = 0; i < Progress.CHECK_EVERY * 3; i++) {
            if (i == Progress.CHECK_EVERY * 2 - 1) {
                nanos.set(2_500_000_000L);   // 2.5 s later, just before the second check
            }
            progress.tick();
        }
        progress.done();

        assertThat(err.toString()).isEqualTo("cx kpi: reading big.jsonl\n"
                + "cx kpi: read big.jsonl: 8,192 so far (3 s)\n"
                + "cx kpi: read big.jsonl: 12,288, done (3 s)\n");
    }

    @Test
    void disabledProgressPrintsNothing() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), "cx kpi", "read", false, () -> {
            throw new AssertionError("a disabled progress never reads the clock");
        });

        progress.phase("reading");
        for (int i = 0; i < Progress.CHECK_EVERY * 2; i++) {
            progress.tick();
        }
        progress.done();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theProgressOptionTurnsPhaseLinesOnOutsideATerminalOnEveryCommand() {
        assertThat(CliRun.of("generate", "--seed", "1", "--days", "2", "--contacts-per-day", "50", "--out",
                dir.toString()).exitCode()).isZero();
        String input = dir.resolve("interactions.jsonl").toString();

        CliRun quiet = CliRun.of("kpi", "--input", input, "--json");
        CliRun told = CliRun.of("kpi", "--input", input, "--json", "--progress");

        assertThat(quiet.err()).isEmpty();
        assertThat(told.err()).startsWith("cx kpi: reading " + input);
        assertThat(told.out()).isEqualTo(quiet.out());
    }
}
