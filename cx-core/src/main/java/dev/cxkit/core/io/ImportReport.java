package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of reading one source: how many records were read, accepted and rejected, the first
 * rejects, the warnings, and the rejects counted per kind. Always {@code read == accepted + rejected}.
 * Immutable.
 *
 * @param source the source name, usually the file name
 * @param read records read (blank lines are not records)
 * @param accepted records passed to the sink
 * @param rejected records rejected
 * @param rejects the first rejects, at most {@link ImportOptions#maxRejectsKept()}
 * @param rejectsNotKept rejects counted but not kept in {@code rejects}
 * @param warnings things that did not cost a record, such as an unknown field (once per name)
 * @param rejectsByKind the number of rejects per kind; kinds without rejects are absent
 * @param notRecorded per field of the source (as the source names it, such as {@code hold_seconds}
 *     or {@code holdSeconds}), the number of accepted records that do not carry that fact, so that a
 *     KPI built on it is known to cover fewer records or none; fields that every accepted record
 *     carries are absent. In the order of the format's fields
 * @param clockSkewAdjusted accepted records in which a time that lay before the time it must follow,
 *     by no more than {@link ImportOptions#clockSkew()}, was moved up to it
 */
public record ImportReport(String source, long read, long accepted, long rejected, List<Reject> rejects,
        long rejectsNotKept, List<String> warnings, Map<RejectKind, Long> rejectsByKind, Map<String, Long> notRecorded,
        long clockSkewAdjusted) {

    /** Validates the counts and copies the collections. */
    public ImportReport {
        Checks.notNull(source, "source");
        rejects = List.copyOf(Checks.notNull(rejects, "rejects"));
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
        rejectsByKind = Map.copyOf(Checks.notNull(rejectsByKind, "rejectsByKind"));
        notRecorded = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(notRecorded, "notRecorded")));
        for (Map.Entry<String, Long> entry : notRecorded.entrySet()) {
            if (entry.getValue() < 1 || entry.getValue() > accepted) {
                throw new IllegalArgumentException("The not-recorded count (" + entry.getValue() + ") of field '"
                        + entry.getKey() + "' in the report for " + source + " is outside 1–" + accepted + ".");
            }
        }
        if (clockSkewAdjusted < 0 || clockSkewAdjusted > accepted) {
            throw new IllegalArgumentException("The clockSkewAdjusted count (" + clockSkewAdjusted
                    + ") of the report for " + source + " is outside 0–" + accepted + ".");
        }
        if (read != accepted + rejected) {
            throw new IllegalArgumentException("The read count (" + read + ") of the report for " + source
                    + " is not accepted (" + accepted + ") + rejected (" + rejected + ").");
        }
        if (rejected != rejects.size() + rejectsNotKept) {
            throw new IllegalArgumentException("The rejected count (" + rejected + ") of the report for " + source
                    + " is not the kept (" + rejects.size() + ") plus the not kept (" + rejectsNotKept + ") rejects.");
        }
    }

    /**
     * A report without not-recorded facts and clock-skew adjustments, as readers of formats that
     * have no such facts (case events) return it.
     *
     * @param source the source name
     * @param read records read
     * @param accepted records accepted
     * @param rejected records rejected
     * @param rejects the first rejects
     * @param rejectsNotKept rejects counted but not kept
     * @param warnings the warnings
     * @param rejectsByKind rejects per kind
     */
    public ImportReport(String source, long read, long accepted, long rejected, List<Reject> rejects,
            long rejectsNotKept, List<String> warnings, Map<RejectKind, Long> rejectsByKind) {
        this(source, read, accepted, rejected, rejects, rejectsNotKept, warnings, rejectsByKind, Map.of(), 0);
    }

    /**
     * Whether every record was accepted.
     *
     * @return {@code true} if nothing was rejected
     */
    public boolean isClean() {
        return rejected == 0;
    }
}
