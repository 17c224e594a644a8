package dev.cxkit.flink.internal;


import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.ParsedLine;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Parses one JSON Lines record (docs/formats.md) with cxkit's own {@link InteractionReader}, so that
 * the job accepts exactly what {@code cx kpi} accepts. A rejected line is dropped and counted in the
 * metric {@code cxkit_rejected_lines}; a blank line is not a record.
 *
 * <p>Each line is parsed on its own ({@link InteractionReader#parseLine}), so duplicate ids across
 * lines are not detected (a file reader detects them within one {@code read} call) and unknown
 * fields are not warned about.
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
        if (reader.parseLine(line, "line") instanceof ParsedLine.Accepted<Interaction> accepted) {
            out.collect(accepted.value());
        } else {
            rejected.inc();
        }
    }
}
