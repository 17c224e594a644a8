package dev.cxkit.flink.audit.internal;

import java.time.Instant;

import dev.cxkit.core.Interaction;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Auditor;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The per-contact codes: {@link Auditor#checkContact} on each contact, with one auditor per parallel
 * task, built (its rules compiled) in {@link #open}. The auditor is not serialisable, so only its
 * settings travel with the function. Stateless: the findings of a contact depend on it and
 * {@code asOf} only.
 */
public final class ContactChecks extends ProcessFunction<Interaction, AuditFinding> {

    private static final long serialVersionUID = 1L;

    private final AuditSettings settings;
    private transient @Nullable Auditor auditor;
    private transient @Nullable Instant asOf;

    /**
     * Creates the function.
     *
     * @param settings the auditor's settings and the period end
     */
    public ContactChecks(AuditSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        auditor = settings.auditor();
        asOf = settings.asOf();
    }

    @Override
    public void processElement(Interaction interaction, Context ctx, Collector<AuditFinding> out) {
        if (auditor == null || asOf == null) {
            throw new IllegalStateException("ContactChecks used before open().");
        }
        if (interaction.queuedAt().isAfter(asOf)) {
            return; // outside the audited period, as in the single-machine run
        }
        for (AuditFinding finding : auditor.checkContact(interaction, asOf)) {
            out.collect(finding);
        }
    }
}
