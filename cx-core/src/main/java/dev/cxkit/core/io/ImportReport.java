package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;
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
 */
public record ImportReport(String source, long read, long accepted, long rejected, List<Reject> rejects,
        long rejectsNotKept, List<String> warnings, Map<RejectKind, Long> rejectsByKind) {

    /** Validates the counts and copies the collections. */
    public ImportReport {
        Checks.notNull(source, "source");
        rejects = List.copyOf(Checks.notNull(rejects, "rejects"));
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
        rejectsByKind = Map.copyOf(Checks.notNull(rejectsByKind, "rejectsByKind"));
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
     * Whether every record was accepted.
     *
     * @return {@code true} if nothing was rejected
     */
    public boolean isClean() {
        return rejected == 0;
    }
}
