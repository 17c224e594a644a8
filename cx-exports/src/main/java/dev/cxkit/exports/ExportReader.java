package dev.cxkit.exports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.exports.internal.DefaultExportReader;

/**
 * Reads the files of one export through an {@link ExportProfile} and streams the interactions and
 * case events it maps them to.
 *
 * <p>Every record of every file is either accepted or rejected with its file, line, field and
 * reason (cx-core's {@link dev.cxkit.core.io.Reject}), and the returned {@link ImportReport} always
 * satisfies {@code read == accepted + rejected}. A record counts as accepted when its content
 * reached the output: passed to a sink, joined into another record (a Zendesk metric row, a
 * Salesforce history row), or replaced by a newer copy of itself (a contact record delivered
 * twice; the report's warnings count these). Facts the export does not carry are left unset.
 * In {@link dev.cxkit.core.io.ErrorMode#FAIL_FAST} the first reject throws
 * {@link dev.cxkit.core.io.ImportException}.
 *
 * <p>Profiles that join files or keep the newest copy of a record read their files twice and keep
 * a small entry per joined or de-duplicated record in memory (an id and a position, plus the
 * joined metrics or status changes); the records themselves are streamed.
 *
 * <p>A reader is immutable and thread-safe; each {@code read} call has its own state.
 *
 * <pre>{@code
 * ExportReader reader = ExportReader.of(ExportProfile.zendesk(), ExportOptions.ofDefaults());
 * ImportReport report = reader.read(List.of(tickets, metrics, audits), kpis::accept, events::add);
 * }</pre>
 */
public interface ExportReader {

    /**
     * A reader with the default options.
     *
     * @param profile the export's profile
     * @return the reader
     */
    static ExportReader of(ExportProfile profile) {
        return of(profile, ExportOptions.ofDefaults());
    }

    /**
     * A reader.
     *
     * @param profile the export's profile
     * @param options error mode, zone of local times, delimiter and clock-skew tolerance
     * @return the reader
     * @throws IllegalArgumentException if the profile does not come from {@link ExportProfile}'s
     *     factories
     */
    static ExportReader of(ExportProfile profile, ExportOptions options) {
        Checks.notNull(profile, "profile");
        Checks.notNull(options, "options");
        return new DefaultExportReader(profile, options);
    }

    /**
     * Reads one file, or every file of a directory (in name order, hidden files left out), and
     * passes the interactions on; case events are not kept.
     *
     * @param fileOrDirectory the export
     * @param sink receives each interaction
     * @return the report; {@code read == accepted + rejected}
     * @throws dev.cxkit.core.io.ImportException in FAIL_FAST mode at the first reject
     * @throws IllegalArgumentException if the profile needs a zone that the options lack
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    ImportReport read(Path fileOrDirectory, Consumer<? super Interaction> sink);

    /**
     * Reads the files of one export together (tickets with their metrics and audits, cases with
     * their history; each file's kind is told from its content).
     *
     * @param files the files, or directories whose files are read in name order
     * @param interactions receives each interaction
     * @param caseEvents receives each case event (status history), in time order per case
     * @return the report, its source naming the files; {@code read == accepted + rejected}
     * @throws dev.cxkit.core.io.ImportException in FAIL_FAST mode at the first reject
     * @throws IllegalArgumentException if no file is given, or the profile needs a zone that the
     *     options lack
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    ImportReport read(List<Path> files, Consumer<? super Interaction> interactions,
            Consumer<? super CaseEvent> caseEvents);
}
