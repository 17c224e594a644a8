package dev.cxkit.exports;

import java.time.ZoneId;
import java.util.Optional;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ImportOptions;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link ExportReader} reads: cx-core's {@link ImportOptions} (error mode, line cap, rejects
 * kept, clock-skew tolerance, customer-id pseudonymiser), the time zone of exports that write local
 * times, and the column delimiter of CSV profiles. Immutable and thread-safe; create with
 * {@link #builder()} or {@link #ofDefaults()}.
 *
 * <p><b>Clock skew</b> ({@link ImportOptions#clockSkew()}): some systems stamp one contact from two
 * clocks, so that an {@code answeredAt} can lie a second before its {@code queuedAt}. Any two times
 * of a record that are out of order by no more than the tolerance are clamped (the later field takes
 * the earlier value) and the record is counted in {@link
 * dev.cxkit.core.io.ImportReport#clockSkewAdjusted()}; a larger gap stays a reject. With the default,
 * zero, the reject message of a gap under a minute asks "clock skew?".
 */
public final class ExportOptions {

    private static final ExportOptions DEFAULTS = builder().build();

    private final ImportOptions importOptions;
    private final @Nullable ZoneId zone;
    private final @Nullable Character delimiter;

    private ExportOptions(Builder builder) {
        this.importOptions = builder.importOptions;
        this.zone = builder.zone;
        this.delimiter = builder.delimiter;
    }

    /**
     * The defaults: {@link ImportOptions#ofDefaults()} (no clock-skew tolerance), no zone, each
     * profile's own delimiter.
     *
     * @return the default options
     */
    public static ExportOptions ofDefaults() {
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
        Builder builder = new Builder().importOptions(importOptions).zone(zone);
        builder.delimiter = delimiter;
        return builder;
    }

    /**
     * The cx-core options: error mode, line cap, how many rejects are kept, the clock-skew tolerance
     * and the pseudonymiser of customer ids.
     *
     * @return the import options
     */
    public ImportOptions importOptions() {
        return importOptions;
    }

    /**
     * The time zone of local times (times written without an offset), such as the account zone of a
     * Freshdesk or Zendesk CSV export. For the {@code mapped} profile it replaces the mapping file's
     * zone.
     *
     * @return the zone, or empty if none was given
     */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * The column delimiter of CSV profiles, replacing the profile's own (a comma, or the mapping
     * file's).
     *
     * @return the delimiter, or empty for the profile's own
     */
    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    @Override
    public String toString() {
        return "ExportOptions[" + importOptions + ", zone=" + zone + ", delimiter=" + delimiter + "]";
    }

    /** Builds {@link ExportOptions}; not thread-safe. Each setter validates its argument. */
    public static final class Builder {
        private ImportOptions importOptions = ImportOptions.ofDefaults();
        private @Nullable ZoneId zone;
        private @Nullable Character delimiter;

        private Builder() {
        }

        /**
         * Sets the cx-core import options.
         *
         * @param value error mode, line cap, rejects kept, clock-skew tolerance, pseudonymiser
         * @return this builder
         */
        public Builder importOptions(ImportOptions value) {
            this.importOptions = Checks.notNull(value, "importOptions");
            return this;
        }

        /**
         * Sets the zone of local times.
         *
         * @param value the zone, or {@code null} for none
         * @return this builder
         */
        public Builder zone(@Nullable ZoneId value) {
            this.zone = value;
            return this;
        }

        /**
         * Sets the column delimiter of CSV profiles.
         *
         * @param value a single character other than a quote, a line break or a space
         * @return this builder
         * @throws IllegalArgumentException if the character cannot separate columns
         */
        public Builder delimiter(char value) {
            if (value == '"' || value == '\r' || value == '\n' || value == ' ') {
                throw new IllegalArgumentException("The delimiter (" + printable(value)
                        + ") cannot separate columns.\nMaybe a comma, a semicolon or a tab?");
            }
            this.delimiter = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ExportOptions build() {
            return new ExportOptions(this);
        }

        private static String printable(char c) {
            return c == '\r' ? "\\r" : c == '\n' ? "\\n" : c == ' ' ? "a space" : String.valueOf(c);
        }
    }
}
