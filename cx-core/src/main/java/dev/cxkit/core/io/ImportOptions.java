package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a reader treats bad input, how much it buffers, how much clock skew it tolerates, whether
 * it pseudonymises customer ids and on how many threads it parses a JSON Lines file. Immutable and
 * thread-safe; create with {@link #builder()} or {@link #ofDefaults()}.
 */
public final class ImportOptions {

    /** Default cap on one physical line (or one CSV record): 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** Default number of rejects kept in the report. */
    public static final int DEFAULT_MAX_REJECTS_KEPT = 1_000;
    /** The most parsing threads a reader may use. */
    public static final int MAX_THREADS = 256;
    /** The largest clock skew that can be tolerated: beyond a minute, two times disagree for another reason. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);

    private static final ImportOptions DEFAULTS = builder().build();

    private final ErrorMode errorMode;
    private final int maxLineBytes;
    private final int maxRejectsKept;
    private final Duration clockSkew;
    private final @Nullable Pseudonymiser pseudonymiser;
    private final int threads;

    private ImportOptions(Builder builder) {
        this.errorMode = builder.errorMode;
        this.maxLineBytes = builder.maxLineBytes;
        this.maxRejectsKept = builder.maxRejectsKept;
        this.clockSkew = builder.clockSkew;
        this.pseudonymiser = builder.pseudonymiser;
        this.threads = builder.threads;
    }

    /**
     * The defaults: {@link ErrorMode#COLLECT}, 1 MiB per line, 1 000 rejects kept, no clock skew
     * tolerated, ids as given, one parsing thread.
     *
     * @return the default options
     */
    public static ImportOptions ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().errorMode(errorMode).maxLineBytes(maxLineBytes).maxRejectsKept(maxRejectsKept)
                .clockSkew(clockSkew).pseudonymiser(pseudonymiser).threads(threads);
    }

    /**
     * Whether the reader stops at the first reject.
     *
     * @return the error mode
     */
    public ErrorMode errorMode() {
        return errorMode;
    }

    /**
     * The longest physical line, in bytes without the line end, that is parsed; longer lines are
     * skipped without being buffered and rejected. For CSV it also caps a record spanning several
     * lines (quoted newlines).
     *
     * @return the cap in bytes
     */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    /**
     * How many rejects the report keeps; further rejects are still counted.
     *
     * @return the cap
     */
    public int maxRejectsKept() {
        return maxRejectsKept;
    }

    /**
     * How far a time may lie before the time it must follow (an {@code answeredAt} before its
     * {@code queuedAt}, an {@code endedAt} before its {@code answeredAt}) because two systems stamped
     * the contact from clocks that disagree. Within it the later time is moved up to the earlier one
     * and the record is counted in {@link ImportReport#clockSkewAdjusted()}; beyond it the record is
     * rejected. The same tolerance lets talk + hold exceed the time between answer and end by as
     * much before the record is rejected as inconsistent.
     *
     * @return the tolerance, zero by default
     */
    public Duration clockSkew() {
        return clockSkew;
    }

    /**
     * The keyed hash that replaces customer ids as they are read, or {@code null} to keep them.
     *
     * @return the pseudonymiser, or {@code null}
     */
    public @Nullable Pseudonymiser pseudonymiser() {
        return pseudonymiser;
    }

    /**
     * How many threads parse the lines of one JSON Lines file. With more than one, the reader
     * splits the file at line ends into chunks of about 64 KiB, parses up to this many chunks at
     * once and hands records, rejects (with their exact line numbers), warnings and counts on in
     * file order on the calling thread, so the sink needs no locking and the result equals that of
     * one thread. At most {@code 2 × threads + 1} chunks are in flight, which bounds the memory
     * used. A file of one chunk, and every CSV file (a quoted field may span lines, so a line end
     * is not a record end), is read on the calling thread alone.
     *
     * <p>The default is 1. Alone, the reader scales (a million lines warm: 3.5 s on one thread,
     * 2.1 s on two), but on 2 cores a whole {@code cx kpi} or {@code cx audit} took the same wall
     * on two threads as on one, with more CPU: the consumer, the JIT compiler and the collector
     * already use the second core (benchmarks/README.md, "Reading speed against DuckDB"). Raise it
     * where cores are free for parsing.
     *
     * @return 1 to {@link #MAX_THREADS}; by default 1
     */
    public int threads() {
        return threads;
    }

    @Override
    public String toString() {
        return "ImportOptions[errorMode=" + errorMode + ", maxLineBytes=" + maxLineBytes + ", maxRejectsKept="
                + maxRejectsKept + ", clockSkew=" + clockSkew + ", pseudonymiser=" + pseudonymiser + ", threads="
                + threads + "]";
    }

    /** Builds {@link ImportOptions}; not thread-safe. Each setter validates its argument. */
    public static final class Builder {
        private ErrorMode errorMode = ErrorMode.COLLECT;
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private int maxRejectsKept = DEFAULT_MAX_REJECTS_KEPT;
        private Duration clockSkew = Duration.ZERO;
        private @Nullable Pseudonymiser pseudonymiser;
        private int threads = 1;

        private Builder() {
        }

        /**
         * Sets what happens at a reject.
         *
         * @param value {@link ErrorMode#FAIL_FAST} or {@link ErrorMode#COLLECT} (the default)
         * @return this builder
         */
        public Builder errorMode(ErrorMode value) {
            this.errorMode = Checks.notNull(value, "errorMode");
            return this;
        }

        /**
         * Sets the per-line cap.
         *
         * @param value bytes, 16 to 256 MiB; the default is 1 MiB
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxLineBytes(int value) {
            if (value < 16 || value > (256 << 20)) {
                throw new IllegalArgumentException("The maxLineBytes (" + value + ") is outside 16–" + (256 << 20)
                        + ".\nMaybe you meant a size in MiB such as 1 << 20?");
            }
            this.maxLineBytes = value;
            return this;
        }

        /**
         * Sets how many rejects the report keeps.
         *
         * @param value 0 or more; the default is 1 000
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRejectsKept(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("The maxRejectsKept (" + value + ") is negative.");
            }
            this.maxRejectsKept = value;
            return this;
        }

        /**
         * Sets the clock-skew tolerance (see {@link ImportOptions#clockSkew()}).
         *
         * @param value zero (the default) up to {@link #MAX_CLOCK_SKEW}, for example {@code PT2S}
         * @return this builder
         * @throws IllegalArgumentException if negative or over a minute
         */
        public Builder clockSkew(Duration value) {
            Checks.notNull(value, "clockSkew");
            if (value.isNegative() || value.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("The clockSkew (" + value + ") is outside PT0S–" + MAX_CLOCK_SKEW
                        + ".\nMaybe the times are in different zones? Clock skew is a few seconds between two clocks.");
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * Sets the keyed hash that replaces customer ids as they are read.
         *
         * @param value the pseudonymiser, or {@code null} (the default) to keep ids as given
         * @return this builder
         */
        public Builder pseudonymiser(@Nullable Pseudonymiser value) {
            this.pseudonymiser = value;
            return this;
        }

        /**
         * Sets how many threads parse one JSON Lines file (see {@link ImportOptions#threads()}).
         *
         * @param value 1 (parse on the calling thread) to {@link #MAX_THREADS}; the default is the
         *     number of available processors
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threads(int value) {
            if (value < 1 || value > MAX_THREADS) {
                throw new IllegalArgumentException("The threads (" + value + ") is outside 1–" + MAX_THREADS
                        + ".\nMaybe use Runtime.getRuntime().availableProcessors()?");
            }
            this.threads = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ImportOptions build() {
            return new ImportOptions(this);
        }
    }
}
