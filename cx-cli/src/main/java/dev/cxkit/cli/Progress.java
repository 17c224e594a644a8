package dev.cxkit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Phase and progress lines on standard error for long work: a line when a phase starts
 * ({@code cx demo: auditing}) and, while records stream through, a count every
 * {@value #EVERY_SECONDS} seconds. Shown when standard error is a terminal (a console is attached)
 * and the command is not in {@code --json} mode, or always with {@code cx --progress}, so pipes and
 * scripts stay quiet unless they ask. The clock is injected (a nanosecond ticker) and read only every
 * {@value #CHECK_EVERY} ticks, so counting costs next to nothing.
 */
final class Progress {

    static final int EVERY_SECONDS = 2;
    static final int CHECK_EVERY = 4096;
    private static final long EVERY_NANOS = Duration.ofSeconds(EVERY_SECONDS).toNanos();

    private final PrintWriter err;
    private final String command;
    private final String what;
    private final boolean enabled;
    private final LongSupplier ticker;
    private final long started;
    private long lastLine;
    private long count;

    Progress(PrintWriter err, String command, String what, boolean enabled, LongSupplier ticker) {
        this.err = err;
        this.command = command;
        this.what = what;
        this.enabled = enabled;
        this.ticker = ticker;
        this.started = enabled ? ticker.getAsLong() : 0;
        this.lastLine = started;
    }

    /**
     * Progress for a command: enabled by {@code --progress}, or on a terminal outside {@code --json}.
     *
     * @param spec the running command's spec (its root holds {@code --progress})
     * @param what what is counted, for example {@code read interactions.jsonl}
     * @param json whether the command prints JSON
     * @return the progress
     */
    static Progress of(CommandSpec spec, String what, boolean json) {
        boolean forced = spec.root().userObject() instanceof CxCommand cx && cx.progress;
        return new Progress(spec.commandLine().getErr(), spec.qualifiedName(), what,
                forced || (!json && System.console() != null), System::nanoTime);
    }

    /**
     * Progress without the command's spec (so without {@code --progress}): on a terminal outside
     * {@code --json} only. Kept for callers that have only the error stream.
     *
     * @param err standard error
     * @param what what is counted
     * @param json whether the command prints JSON
     * @return the progress
     */
    static Progress of(PrintWriter err, String what, boolean json) {
        return new Progress(err, "cx", what, !json && System.console() != null, System::nanoTime);
    }

    /** Progress that prints nothing, for code run outside a command. */
    static Progress off() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()), "cx", "", false, () -> 0);
    }

    /**
     * Whether lines are printed.
     *
     * @return {@code true} if enabled
     */
    boolean isEnabled() {
        return enabled;
    }

    /**
     * Announces that a phase starts.
     *
     * @param phase for example {@code auditing}
     */
    void phase(String phase) {
        if (enabled) {
            err.println(command + ": " + phase);
            err.flush();
        }
    }

    /** Counts one record, printing a progress line when {@value #EVERY_SECONDS} seconds have passed. */
    void tick() {
        count++;
        if (enabled && count % CHECK_EVERY == 0) {
            long now = ticker.getAsLong();
            if (now - lastLine >= EVERY_NANOS) {
                lastLine = now;
                err.printf(Locale.ROOT, "%s: %s: %,d so far (%.0f s)%n", command, what, count, (now - started) / 1e9);
                err.flush();
            }
        }
    }

    /** Prints the final count if any progress line was printed. */
    void done() {
        if (enabled && lastLine != started) {
            err.printf(Locale.ROOT, "%s: %s: %,d, done (%.0f s)%n", command, what, count,
                    (ticker.getAsLong() - started) / 1e9);
            err.flush();
        }
    }
}
