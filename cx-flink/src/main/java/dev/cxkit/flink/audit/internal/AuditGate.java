package dev.cxkit.flink.audit.internal;

import dev.cxkit.core.Interaction;
import dev.cxkit.flink.internal.AbstractLatenessGate;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The audit job's lateness gate, with the scorecard job's rule ({@link AbstractLatenessGate}): a late
 * contact goes to {@link #LATE} and is left out of every check; every other contact goes on to all of them.
 */
public final class AuditGate extends AbstractLatenessGate<Interaction> {

    /** Contacts that arrived too late to be audited. */
    public static final OutputTag<Interaction> LATE =
            new OutputTag<>("cxkit-audit-late-contacts", TypeInformation.of(Interaction.class));

    private static final long serialVersionUID = 1L;

    /**
     * Creates the gate.
     *
     * @param allowedLatenessMillis how far behind the watermark a contact is still audited
     */
    public AuditGate(long allowedLatenessMillis) {
        super(LATE, allowedLatenessMillis);
    }

    @Override
    protected void onTime(Interaction interaction, Context ctx, Collector<Interaction> out) {
        out.collect(interaction);
    }
}
