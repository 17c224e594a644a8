package dev.cxkit.flink.audit.internal;

import dev.cxkit.core.Interaction;
import dev.cxkit.flink.internal.LatenessGate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The one place where lateness is judged, right after the watermarks, with the rule of the
 * scorecard job's gate ({@link LatenessGate#isLate}): a contact whose {@code queuedAt} is more than
 * the allowed lateness behind the current watermark goes to the {@link #LATE} side output (and the
 * metric {@code cxkit_late_contacts}) and is left out of every check; every other contact goes on to all of them. Downstream operators
 * never see a watermark ahead of this one, so nothing that passes here is late later on.
 */
public final class AuditGate extends ProcessFunction<Interaction, Interaction> {

    /** Contacts that arrived too late to be audited. */
    public static final OutputTag<Interaction> LATE =
            new OutputTag<>("cxkit-audit-late-contacts", TypeInformation.of(Interaction.class));

    private static final long serialVersionUID = 1L;

    private final long allowedLatenessMillis;
    private transient @Nullable Counter late;

    /**
     * Creates the gate.
     *
     * @param allowedLatenessMillis how far behind the watermark a contact is still audited
     */
    public AuditGate(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter("cxkit_late_contacts");
    }

    @Override
    public void processElement(Interaction interaction, Context ctx, Collector<Interaction> out) {
        if (LatenessGate.isLate(interaction.queuedAt().toEpochMilli(), ctx.timerService().currentWatermark(),
                allowedLatenessMillis)) {
            if (late != null) {
                late.inc();
            }
            ctx.output(LATE, interaction);
            return;
        }
        out.collect(interaction);
    }
}
