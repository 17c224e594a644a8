package dev.cxkit.exports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ErrorMode;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one {@code read} call: every record is counted once, as accepted or rejected, so
 * that the report's {@code read == accepted + rejected} holds by construction. Also counts, per
 * fact, the accepted interactions that do not carry it, the interactions whose times were clamped
 * within the clock-skew tolerance, the records left out by rule, and the warnings. Not thread-safe.
 */
final class ReadSession {

    /** Distinct warnings kept; more are summed up in one closing warning. */
    static final int MAX_WARNINGS = 200;

    private final String source;
    private final ImportOptions options;
    private long accepted;
    private long rejected;
    private final List<Reject> rejects = new ArrayList<>();
    private long rejectsNotKept;
    private final Map<RejectKind, Long> byKind = new EnumMap<>(RejectKind.class);
    private final Set<String> warnings = new LinkedHashSet<>();
    private long warningsNotKept;
    private long clamped;
    private final Map<String, Long> leftOut = new LinkedHashMap<>();
    private final Map<String, String> firstLeftOut = new LinkedHashMap<>();
    private final Map<String, String> seenIds = new HashMap<>();
    private final long[] notRecorded = new long[FactNames.COUNT];
    private @Nullable FactNames factNames;

    ReadSession(String source, ImportOptions options) {
        this.source = source;
        this.options = options;
    }

    ImportOptions options() {
        return options;
    }

    /** Counts one record whose content reached the output. */
    void accept() {
        accepted++;
    }

    /**
     * Counts one accepted record that became this interaction, and the facts the interaction does not
     * carry, under the export's names for them.
     */
    void accept(Interaction interaction, FactNames names) {
        accepted++;
        factNames = names;
        count(!interaction.isRecorded(InteractionFact.TALK), 0);
        count(!interaction.isRecorded(InteractionFact.HOLD), 1);
        count(!interaction.isRecorded(InteractionFact.AFTER_CONTACT_WORK), 2);
        count(!interaction.isRecorded(InteractionFact.TRANSFERS), 3);
        count(!interaction.isRecorded(InteractionFact.ABANDON_WAIT), 4);
        count(interaction.resolved() == null, 5);
        Feedback feedback = interaction.feedback();
        count(feedback == null || feedback.csat() == null && feedback.ces() == null && feedback.nps() == null
                && feedback.resolved() == null, 6);
    }

    private void count(boolean missing, int index) {
        if (missing) {
            notRecorded[index]++;
        }
    }

    /** Counts {@code n} records whose content reached the output (joined or superseded copies). */
    void acceptAll(long n) {
        accepted += n;
    }

    /**
     * Counts one rejected record.
     *
     * @throws ImportException in FAIL_FAST mode
     */
    void reject(String file, long line, @Nullable String field, RejectKind kind, String message) {
        Reject reject = new Reject(file, Math.max(1, line), field, kind, message);
        rejected++;
        byKind.merge(kind, 1L, Long::sum);
        if (rejects.size() < options.maxRejectsKept()) {
            rejects.add(reject);
        } else {
            rejectsNotKept++;
        }
        if (options.errorMode() == ErrorMode.FAIL_FAST) {
            throw new ImportException(reject);
        }
    }

    void reject(String file, long line, RecordException e) {
        reject(file, line, e.field(), e.kind(), e.getMessage());
    }

    /** A warning that did not cost a record; each text is kept once. */
    void warn(String warning) {
        if (warnings.contains(warning)) {
            return;
        }
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            warningsNotKept++;
        }
    }

    /** Counts an interaction whose out-of-order times were clamped within the clock-skew tolerance. */
    void clamped() {
        clamped++;
    }

    /**
     * Counts a record that was read and deliberately not turned into output, by a rule the mapping
     * or the profile documents (a value mapped to {@code skip}); counted as accepted and summed up
     * in one warning per reason.
     */
    void leftOut(String reason, String where) {
        accepted++;
        leftOut.merge(reason, 1L, Long::sum);
        firstLeftOut.putIfAbsent(reason, where);
    }

    /**
     * Checks that no interaction with this id was accepted before in this read.
     *
     * @throws RecordException {@link RejectKind#DUPLICATE_ID} naming the first occurrence
     */
    void unique(String id, String where) {
        String first = seenIds.putIfAbsent(id, where);
        if (first != null) {
            throw new RecordException("id", RejectKind.DUPLICATE_ID, "duplicate id '" + Checks.abbreviate(id)
                    + "', first seen at " + first);
        }
    }

    long read() {
        return accepted + rejected;
    }

    ImportReport report() {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, Long> entry : leftOut.entrySet()) {
            all.add(String.format(Locale.ROOT, "%,d record(s) read and left out: %s; first at %s",
                    entry.getValue(), entry.getKey(), firstLeftOut.get(entry.getKey())));
        }
        all.addAll(warnings);
        if (warningsNotKept > 0) {
            all.add(String.format(Locale.ROOT, "%,d more warning(s) not listed", warningsNotKept));
        }
        Map<String, Long> missing = new LinkedHashMap<>();
        if (factNames != null) {
            for (int i = 0; i < FactNames.COUNT; i++) {
                if (notRecorded[i] > 0) {
                    missing.merge(factNames.name(i), notRecorded[i], Math::max);
                }
            }
        }
        return new ImportReport(source, accepted + rejected, accepted, rejected, rejects, rejectsNotKept, all,
                byKind, missing, clamped);
    }
}
