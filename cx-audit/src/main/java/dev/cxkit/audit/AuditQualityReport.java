package dev.cxkit.audit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;

/**
 * Precision and recall of an audit per code, from {@link AuditQuality#report()}. Immutable.
 *
 * @param rows one row per code, every code present, in catalog order
 */
public record AuditQualityReport(Map<MistakeCode, CodeQuality> rows) {

    /** Copies the rows and checks that every code is present. */
    public AuditQualityReport {
        Checks.notNull(rows, "rows");
        Map<MistakeCode, CodeQuality> copy = new EnumMap<>(MistakeCode.class);
        for (MistakeCode code : MistakeCode.values()) {
            CodeQuality row = rows.get(code);
            if (row == null) {
                throw new IllegalArgumentException("The quality report has no row for " + code + ".");
            }
            copy.put(code, row);
        }
        rows = Collections.unmodifiableMap(copy);
    }

    /**
     * The row of one code.
     *
     * @param code the code
     * @return its row
     */
    public CodeQuality row(MistakeCode code) {
        return rows.get(Checks.notNull(code, "code"));
    }

    /**
     * The table as Markdown: code, truth, found, matched, precision, recall ({@code –} where undefined).
     *
     * @return the table, one line per code after the header
     */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder("| code | truth | found | matched | precision | recall |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (CodeQuality row : rows.values()) {
            text.append("| ").append(row.code()).append(" | ").append(row.truth()).append(" | ").append(row.found())
                    .append(" | ").append(row.matched()).append(" | ").append(format(row.precision())).append(" | ")
                    .append(format(row.recall())).append(" |\n");
        }
        return text.toString();
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }

    /**
     * The comparison for one code; counts are distinct (code, subject) pairs.
     *
     * @param code the code
     * @param truth labels
     * @param found findings
     * @param matched findings that match a label
     */
    public record CodeQuality(MistakeCode code, long truth, long found, long matched) {

        /** Validates that {@code 0 ≤ matched ≤ min(truth, found)}. */
        public CodeQuality {
            Checks.notNull(code, "code");
            if (matched < 0 || matched > truth || matched > found) {
                throw new IllegalArgumentException("The matched count (" + matched + ") of " + code
                        + " must lie in [0, min(truth " + truth + ", found " + found + ")].");
            }
        }

        /**
         * Matched / found.
         *
         * @return the precision, empty if nothing was found
         */
        public OptionalDouble precision() {
            return found == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / found);
        }

        /**
         * Matched / truth.
         *
         * @return the recall, empty if there is no truth
         */
        public OptionalDouble recall() {
            return truth == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / truth);
        }
    }
}
