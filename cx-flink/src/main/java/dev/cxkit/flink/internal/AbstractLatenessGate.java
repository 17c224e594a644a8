package dev.cxkit.flink.internal;

import dev.cxkit.core.Interaction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a cxkit job judges lateness, right after the watermarks are assigned: a contact
 * whose {@code queuedAt} is more than the allowed lateness behind the current watermark goes to the
 * job's late side output (and the metric {@code cxkit_late_contacts}) and nowhere else; every other
 * contact is handed to {@link #onTime}. Downstream operators never see a watermark ahead of this one,
 * so nothing that passes here is late later on. The scorecard job ({@link LatenessGate}) and the audit
 * job ({@code AuditGate}) differ only in what they do with a contact on time.
 *
 * @param <O> what the gate emits for a contact on time
 */
public abstract class AbstractLatenessGate<O> extends ProcessFunction<Interaction, O> {

    private static final long serialVersionUID = 1L;

    private final OutputTag<Interaction> lateOutput;
    private final long allowedLatenessMillis;
    private transient @Nullable Counter late;

    /**
     * Creates the gate.
     *
     * @param lateOutput where late contacts go
     * @param allowedLatenessMillis how far behind the watermark a contact still counts
     */
    protected AbstractLatenessGate(OutputTag<Interaction> lateOutput, long allowedLatenessMillis) {
        this.lateOutput = lateOutput;
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public final void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter("cxkit_late_contacts");
    }

    @Override
    public final void processElement(Interaction interaction, Context ctx, Collector<O> out) {
        if (isLate(interaction.queuedAt().toEpochMilli(), ctx.timerService().currentWatermark(),
                allowedLatenessMillis)) {
            if (late != null) {
                late.inc();
            }
            ctx.output(lateOutput, interaction);
            return;
        }
        onTime(interaction, ctx, out);
    }

    /**
     * Handles a contact that is not late.
     *
     * @param interaction the contact
     * @param ctx the context, for side outputs
     * @param out the main output
     */
    protected abstract void onTime(Interaction interaction, Context ctx, Collector<O> out);

    /**
     * The lateness rule of every cxkit job: a contact is late if its {@code queuedAt} lies more than
     * the allowed lateness behind the watermark; before the first watermark nothing is late.
     *
     * @param queuedAtMillis the contact's {@code queuedAt}, epoch milliseconds
     * @param watermark the current watermark, {@link Long#MIN_VALUE} before the first
     * @param allowedLatenessMillis how far behind the watermark a contact still counts
     * @return whether the contact is late
     */
    public static boolean isLate(long queuedAtMillis, long watermark, long allowedLatenessMillis) {
        return watermark != Long.MIN_VALUE && queuedAtMillis < watermark - allowedLatenessMillis;
    }
}
