package dev.cxkit.flink.internal;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The scorecard job's lateness gate ({@link AbstractLatenessGate}): a late contact goes to {@link #LATE};
 * every other contact goes on to the scorecard windows and, if answered and observed, sends a
 * {@link RepeatProbe} to the {@link #PROBES} side output for repeat detection.
 */
public final class LatenessGate extends AbstractLatenessGate<ScorecardInput> {

    /** Contacts that arrived too late to be counted. */
    public static final OutputTag<Interaction> LATE =
            new OutputTag<>("cxkit-late-contacts", TypeInformation.of(Interaction.class));

    /** Answered contacts, for {@link RepeatClassifier}. */
    public static final OutputTag<RepeatProbe> PROBES =
            new OutputTag<>("cxkit-repeat-probes", TypeInformation.of(RepeatProbe.class));

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;

    /**
     * Creates the gate.
     *
     * @param settings the allowed lateness, scope and observation end
     */
    public LatenessGate(JobSettings settings) {
        super(LATE, settings.allowedLatenessMillis());
        this.settings = settings;
    }

    @Override
    protected void onTime(Interaction interaction, Context ctx, Collector<ScorecardInput> out) {
        GroupKey group = GroupKey.of(interaction);
        out.collect(new ScorecardInput.Contact(group, interaction));
        if (interaction.isAbandoned() || interaction.queuedAt().toEpochMilli() > settings.observedUntilMillis()) {
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
}
