package dev.cxkit.core.io.internal;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.FormulaEscaping;
import dev.cxkit.core.io.InteractionWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * Flat CSV output (docs/formats.md plus survey columns) with commons-csv's RFC 4180 quoting. Uses
 * {@code CSVFormat.printRecord} rather than {@code CSVPrinter}, whose class file carries a SpotBugs
 * annotation that is not on our class path and so fails {@code -Werror}. Not thread-safe.
 */
public final class CsvInteractionWriter implements InteractionWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .get();

    private final Writer out;
    private boolean closed;

    private CsvInteractionWriter(Writer out) {
        this.out = out;
        try {
            FORMAT.printRecord(out, CsvInteractionFormat.COLUMNS.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer to a byte stream, encoding UTF-8. */
    public static InteractionWriter create(OutputStream out) {
        Checks.notNull(out, "out");
        return new CsvInteractionWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
    }

    /** A writer to a character stream. */
    public static InteractionWriter create(Writer out) {
        Checks.notNull(out, "out");
        return new CsvInteractionWriter(out);
    }

    @Override
    public void write(Interaction i) {
        Checks.notNull(i, "interaction");
        if (closed) {
            throw new IllegalStateException("The writer is closed.");
        }
        Feedback f = i.feedback();
        List<@Nullable String> row = new ArrayList<>(CsvInteractionFormat.COLUMNS.size());
        // Text cells are escaped against formula injection (issue 25 item 11); the rest is ours.
        row.add(FormulaEscaping.escape(i.id().value()));
        row.add(FormulaEscaping.escape(i.customerId().value()));
        row.add(i.agentId() == null ? null : FormulaEscaping.escape(i.agentId().value()));
        row.add(i.agentTier() == null ? null : i.agentTier().name());
        row.add(i.channel().name());
        row.add(i.reason() == null ? null : FormulaEscaping.escape(i.reason().key()));
        row.add(text(i.queuedAt()));
        row.add(text(i.answeredAt()));
        // An abandon whose wait is not recorded has no known end: an empty ended_at says so.
        row.add(i.isRecorded(InteractionFact.ABANDON_WAIT) ? text(i.endedAt()) : null);
        row.add(seconds(i.talk()));
        row.add(seconds(i.hold()));
        row.add(seconds(i.afterContactWork()));
        row.add(i.resolved() == null ? null : i.resolved().toString());
        row.add(i.caseId() == null ? null : FormulaEscaping.escape(i.caseId().value()));
        row.add(f == null || f.csat() == null ? null : String.valueOf(f.csat().score()));
        row.add(f == null || f.csat() == null ? null : String.valueOf(f.csat().scale().max()));
        row.add(f == null || f.ces() == null ? null : String.valueOf(f.ces().score()));
        row.add(f == null || f.ces() == null ? null : String.valueOf(f.ces().scale().max()));
        row.add(f == null || f.nps() == null ? null : String.valueOf(f.nps()));
        try {
            FORMAT.printRecord(out, row.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String text(@Nullable Instant value) {
        return value == null ? null : value.toString();
    }

    /** Plain seconds, or an empty cell for a duration that is not recorded. */
    private static @Nullable String seconds(@Nullable Duration value) {
        return value == null ? null : JsonLinesWriter.plainSeconds(value);
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
