package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;

/**
 * How a reader treats bad input and how much it buffers. Immutable and thread-safe; create with
 * {@link #builder()} or {@link #ofDefaults()}.
 */
public final class ImportOptions {

    /** Default cap on one physical line (or one CSV record): 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** Default number of rejects kept in the report. */
    public static final int DEFAULT_MAX_REJECTS_KEPT = 1_000;

    private static final ImportOptions DEFAULTS = builder().build();

    private final ErrorMode errorMode;
    private final int maxLineBytes;
    private final int maxRejectsKept;

    private ImportOptions(Builder builder) {
        this.errorMode = builder.errorMode;
        this.maxLineBytes = builder.maxLineBytes;
        this.maxRejectsKept = builder.maxRejectsKept;
    }

    /**
     * The defaults: {@link ErrorMode#COLLECT}, 1 MiB per line, 1 000 rejects kept.
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
        return new Builder().errorMode(errorMode).maxLineBytes(maxLineBytes).maxRejectsKept(maxRejectsKept);
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

    @Override
    public String toString() {
        return "ImportOptions[errorMode=" + errorMode + ", maxLineBytes=" + maxLineBytes + ", maxRejectsKept="
                + maxRejectsKept + "]";
    }

    /** Builds {@link ImportOptions}; not thread-safe. Each setter validates its argument. */
    public static final class Builder {
        private ErrorMode errorMode = ErrorMode.COLLECT;
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private int maxRejectsKept = DEFAULT_MAX_REJECTS_KEPT;

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
         * Builds the options.
         *
         * @return the options
         */
        public ImportOptions build() {
            return new ImportOptions(this);
        }
    }
}
