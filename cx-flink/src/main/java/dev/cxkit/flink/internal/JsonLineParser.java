package dev.cxkit.flink.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Parses one JSON Lines record (FORMATS.md §1) with cxkit's own {@link InteractionReader}, so that
 * the job accepts exactly what {@code cx kpi} accepts. A rejected line is dropped and counted in the
 * metric {@code cxkit_rejected_lines}; a blank line is not a record.
 *
 * <p>The reader has no single-line entry point, so each line is read as a one-line stream. That
 * costs a small reader session per line and loses duplicate-id detection across lines (the reader
 * detects duplicates within one {@code read} call).
 */
public final class JsonLineParser extends RichFlatMapFunction<String, Interaction> {

    private static final long serialVersionUID = 1L;

    private transient @Nullable InteractionReader reader;
    private transient @Nullable Counter rejected;

    @Override
    public void open(OpenContext openContext) {
        reader = InteractionReader.jsonLines(ImportOptions.builder().maxRejectsKept(0).build());
        rejected = getRuntimeContext().getMetricGroup().counter("cxkit_rejected_lines");
    }

    @Override
    public void flatMap(String line, Collector<Interaction> out) {
        if (line.isBlank() || reader == null || rejected == null) {
            return;
        }
        ImportReport report = reader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                "line", out::collect);
        rejected.inc(report.rejected());
    }
}
