package dev.cxkit.core.io.internal;

import dev.cxkit.core.PersonalData;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ErrorMode;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The counters, kept rejects and warnings of one {@code read} call. Not thread-safe. */
public final class ImportSession {

    /** Distinct warnings kept; more are counted in one closing warning so memory stays bounded. */
    static final int MAX_WARNINGS = 200;

    private final String source;
    private final ImportOptions options;
    private long read;
    private long accepted;
    private long rejected;
    private long rejectsNotKept;
    private final List<Reject> rejects = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> warnedKeys = new HashSet<>();
    private long warningsNotKept;
    private final Map<RejectKind, Long> byKind = new EnumMap<>(RejectKind.class);
    private final List<String> factFields;
    private final long[] notRecorded;
    private long clockSkewAdjusted;
    private boolean skewInRecord;
    /**
     * For a session that records rather than acts (see {@link #recording}): the keys and messages
     * of the {@link #warnOnce} calls, alternating; {@code null} for an ordinary session.
     */
    private final @Nullable List<String> recorded;
    /** For a recording session: the fact fields counted as not recorded, as bits by index. */
    private long notRecordedMark;

    ImportSession(String source, ImportOptions options) {
        this(source, options, List.of());
    }

    /**
     * A session that also counts, per fact field of the format, the accepted records without it.
     *
     * @param factFields the format's fact fields, in report order; see {@link #countNotRecorded(int)}
     */
    ImportSession(String source, ImportOptions options, List<String> factFields) {
        this(source, options, factFields, null);
    }

    private ImportSession(String source, ImportOptions options, List<String> factFields,
            @Nullable List<String> recorded) {
        this.source = source;
        this.options = options;
        this.factFields = factFields;
        this.notRecorded = new long[factFields.size()];
        this.recorded = recorded;
    }

    /**
     * A session for a parsing thread: it only records what parsing records would tell the session
     * (warnings, clock-skew adjustments), for the reading thread to {@link #replay} in file order.
     */
    static ImportSession recording(String source, ImportOptions options) {
        return new ImportSession(source, options, List.of(), new ArrayList<>());
    }

    /** How many warning calls a recording session holds; a position for {@link #replay}. */
    int recordedWarnings() {
        return Checks.notNull(recorded, "recorded").size() / 2;
    }

    /** Whether a clock skew was adjusted since the last call, which clears the mark. */
    boolean takeClockSkewMark() {
        boolean mark = skewInRecord;
        skewInRecord = false;
        return mark;
    }

    /**
     * Replays warning calls {@code [from, to)} of a recording session and a clock-skew mark onto
     * this session, as if the record had been parsed here.
     */
    void replay(ImportSession recording, int from, int to, boolean clockSkewAdjusted) {
        List<String> calls = Checks.notNull(recording.recorded, "recorded");
        for (int i = from; i < to; i++) {
            warnOnce(calls.get(2 * i), calls.get(2 * i + 1));
        }
        if (clockSkewAdjusted) {
            markClockSkewAdjusted();
        }
    }

    String source() {
        return source;
    }

    /** The options of this read. */
    public ImportOptions options() {
        return options;
    }

    /** Counts an accepted record that lacks the fact field at {@code index} of the format's fact fields. */
    void countNotRecorded(int index) {
        if (recorded != null) {
            notRecordedMark |= 1L << index;
            return;
        }
        notRecorded[index]++;
    }

    /** The fact fields a recording session was told of since the last call, as bits by index; clears them. */
    long takeNotRecordedMark() {
        long mark = notRecordedMark;
        notRecordedMark = 0;
        return mark;
    }

    /** Counts the fact fields of a {@link #takeNotRecordedMark} of a recording session. */
    void countNotRecorded(long mark) {
        for (long bits = mark; bits != 0; bits &= bits - 1) {
            notRecorded[Long.numberOfTrailingZeros(bits)]++;
        }
    }

    /**
     * Notes that the record being parsed had a time moved up to the one it follows (clock skew); it
     * is counted if the record is accepted.
     */
    void markClockSkewAdjusted() {
        skewInRecord = true;
    }

    void countRead() {
        read++;
    }

    void countAccepted() {
        accepted++;
        if (skewInRecord) {
            clockSkewAdjusted++;
            skewInRecord = false;
        }
    }

    /** Records a reject of the record last counted as read; throws in fail-fast mode. */
    void reject(long line, @Nullable String field, RejectKind kind, String message) {
        skewInRecord = false;
        Reject reject = new Reject(source, line, field, kind, oneLine(message));
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

    /** Adds a warning once per key, for example once per unknown field name. */
    public void warnOnce(String key, String message) {
        if (recorded != null) {
            recorded.add(key);
            recorded.add(message);
            return;
        }
        if (warnedKeys.contains(key)) {
            return;
        }
        if (warnedKeys.size() >= MAX_WARNINGS) {
            warningsNotKept++;
            return;
        }
        warnedKeys.add(key);
        warnings.add(source + ": " + oneLine(message));
    }

    ImportReport report() {
        List<String> allWarnings = new ArrayList<>(warnings);
        if (warningsNotKept > 0) {
            allWarnings.add(source + ": " + warningsNotKept + " further distinct warning(s) were not kept.");
        }
        Map<String, Long> missing = new LinkedHashMap<>();
        for (int i = 0; i < notRecorded.length; i++) {
            if (notRecorded[i] > 0) {
                missing.put(factFields.get(i), notRecorded[i]);
            }
        }
        return new ImportReport(source, read, accepted, rejected, rejects, rejectsNotKept, allWarnings, byKind, missing,
                clockSkewAdjusted);
    }

    /**
     * Messages are one line so that a reject prints as one line, and they never carry an e-mail
     * address or a phone number from the input (issue 25 item 10): values quoted by the parsers are
     * already masked, and this catches anything quoted by a library, such as a JSON token.
     */
    static String oneLine(String message) {
        return PersonalData.maskContactDetails(message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }
}
