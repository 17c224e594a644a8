package dev.cxkit.core.io.internal;

import dev.cxkit.core.PersonalData;
import dev.cxkit.core.io.ErrorMode;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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

    ImportSession(String source, ImportOptions options) {
        this.source = source;
        this.options = options;
    }

    String source() {
        return source;
    }

    void countRead() {
        read++;
    }

    void countAccepted() {
        accepted++;
    }

    /** Records a reject of the record last counted as read; throws in fail-fast mode. */
    void reject(long line, @Nullable String field, RejectKind kind, String message) {
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
        return new ImportReport(source, read, accepted, rejected, rejects, rejectsNotKept, allWarnings, byKind);
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
