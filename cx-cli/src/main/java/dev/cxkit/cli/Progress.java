package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Periodic counts on standard error for long work, shown only when standard error is a terminal
 * (a console is attached) and the command is not in {@code --json} mode, so pipes and scripts stay
 * quiet.
 */
final class Progress {

    private static final long EVERY = 100_000;

    private final PrintWriter err;
    private final String what;
    private final boolean enabled;
    private long count;

    private Progress(PrintWriter err, String what, boolean enabled) {
        this.err = err;
        this.what = what;
        this.enabled = enabled;
    }

    static Progress of(PrintWriter err, String what, boolean json) {
        return new Progress(err, what, !json && System.console() != null);
    }

    void tick() {
        count++;
        if (enabled && count % EVERY == 0) {
            err.printf(Locale.ROOT, "\r%s: %,d", what, count);
            err.flush();
        }
    }

    void done() {
        if (enabled && count >= EVERY) {
            err.printf(Locale.ROOT, "\r%s: %,d, done%n", what, count);
            err.flush();
        }
    }
}
