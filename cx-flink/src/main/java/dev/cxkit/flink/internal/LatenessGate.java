package dev.cxkit.flink.internal;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The one place where lateness is judged, right after the watermarks are assigned: a contact whose
 * {@code queuedAt} is more than the allowed lateness behind the current watermark goes to the
 * {@link #LATE} side output (and the metric {@code cxkit_late_contacts}); every other contact goes on
 * to the scorecard windows and, if answered and observed, sends a {@link RepeatProbe} to the
 * {@link #PROBES} side output for repeat detection. Downstream operators never see a watermark ahead
 * of this one, so nothing that passes here is late later on.
 */
public final class LatenessGate extends ProcessFunction<Interaction, ScorecardInput> {

    /** Contacts that arrived too late to be counted. */
    public static final OutputTag<Interaction> LATE =
            new OutputTag<>("cxkit-late-contacts", TypeInformation.of(Interaction.class));

    /** Answered contacts, for {@link RepeatClassifier}. */
    public static final OutputTag<RepeatProbe> PROBES =
            new OutputTag<>("cxkit-repeat-probes", TypeInformation.of(RepeatProbe.class));

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private transient @Nullable Counter late;

    /**
     * Creates the gate.
     *
     * @param settings the allowed lateness, scope and observation end
     */
    public LatenessGate(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter("cxkit_late_contacts");
    }

    @Override
    public void processElement(Interaction interaction, Context ctx, Collector<ScorecardInput> out) {
        long at = interaction.queuedAt().toEpochMilli();
        if (isLate(at, ctx.timerService().currentWatermark(), settings.allowedLatenessMillis())) {
            if (late != null) {
                late.inc();
            }
            ctx.output(LATE, interaction);
            return;
        }
        GroupKey group = GroupKey.of(interaction);
        out.collect(new ScorecardInput.Contact(group, interaction));
        if (interaction.isAbandoned() || at > settings.observedUntilMillis()) {
            return;
        }
        ctx.output(PROBES, RepeatProbe.forScorecard(repeatKey(interaction), interaction, group));
    }

    private String repeatKey(Interaction interaction) {
        String customer = interaction.customerId().value();
        if (!settings.perIssue()) {
            return customer;
        }
        ContactReason reason = interaction.reason();
        // Without a reason a contact is its own issue (as in FirstContactResolution): a key of its own.
        // Ids cannot hold control characters, so the separators cannot collide with real values.
        return reason == null ? "\u0001" + interaction.id().value() : customer + '\u0000' + reason.key();
    }

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
