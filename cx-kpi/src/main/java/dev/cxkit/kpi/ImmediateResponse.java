package dev.cxkit.kpi;

import java.time.Duration;
import java.util.Set;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Immediate response on written channels, id {@code cx.kpi.immediate_response}: the share of
 * e-mail, social and messaging contacts whose first reply came within a threshold of their arrival
 * (default 10 minutes).
 *
 * <p>Formula: {@code contacts with firstReplyAt − queuedAt ≤ threshold / contacts with a recorded
 * first reply}, a ratio in [0, 1], in calendar time (the customer waits through the night too); the
 * variant names the threshold, as in {@code within/PT10M}. The count is the denominator.
 *
 * <p>Which contacts: only {@link Channel#EMAIL}, {@link Channel#SOCIAL} and {@link Channel#MESSAGING}.
 * Chat keeps its own live target (answered within 45 s, {@link ServiceLevel} and
 * {@link FirstResponseTime}); phone has no reply; self-service is answered by the flow itself. Those
 * contacts are ignored and counted in {@link #otherChannelCount()}.
 *
 * <p>Edge cases: a written contact without {@link Interaction#firstReplyAt()} is <em>not recorded</em>,
 * not a miss: cxkit's formats cannot tell a contact still waiting from one whose reply the export
 * dropped, or one closed without a reply on purpose (spam, a "thank you"). It is left out and counted
 * in {@link #withoutReplyCount()}, which a report should show beside the share, since a team that
 * never replies to its hardest messages would otherwise look fast. No contact with a reply gives an
 * empty value. A reply exactly at the threshold counts as within.
 *
 * <p>Why not an option of {@link FirstResponseTime}: that KPI is a mean in a chosen time basis and
 * keeps only a sum, so a within-threshold share would need a second counter pair and a threshold in its
 * variant; one small accumulator per question keeps both variants simple.
 *
 * <p>Source: docs/kpis.md#immediate-response; article 002 (most customers call an answer within
 * 10 minutes vital) and issue 22.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ImmediateResponse implements KpiAccumulator<Interaction, ImmediateResponse> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.immediate_response";
    /** The default threshold: 10 minutes. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofMinutes(10);
    /** The channels measured. */
    public static final Set<Channel> WRITTEN = Set.of(Channel.EMAIL, Channel.SOCIAL, Channel.MESSAGING);

    private final Duration threshold;
    private long within;
    private long replied;
    private long withoutReply;
    private long otherChannel;

    private ImmediateResponse(Duration threshold) {
        this.threshold = threshold;
    }

    /**
     * An empty accumulator with the 10-minute threshold.
     *
     * @return the accumulator
     */
    public static ImmediateResponse create() {
        return create(DEFAULT_THRESHOLD);
    }

    /**
     * An empty accumulator.
     *
     * @param threshold a first reply at most this long after arrival is immediate; positive
     * @return the accumulator
     * @throws IllegalArgumentException if {@code threshold} is zero or negative
     */
    public static ImmediateResponse create(Duration threshold) {
        Checks.nonNegative(threshold, "threshold", "immediate response");
        if (threshold.isZero()) {
            throw new IllegalArgumentException("The threshold (PT0S) of immediate response must be positive.\n"
                    + "Maybe you meant Duration.ofMinutes(10)?");
        }
        return new ImmediateResponse(threshold);
    }

    /**
     * The threshold.
     *
     * @return the longest first-reply time that counts as immediate
     */
    public Duration threshold() {
        return threshold;
    }

    /**
     * Adds one contact.
     *
     * @param interaction the contact
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        if (!WRITTEN.contains(interaction.channel())) {
            otherChannel++;
            return;
        }
        if (interaction.firstReplyAt() == null) {
            withoutReply++;
            return;
        }
        replied++;
        if (Duration.between(interaction.queuedAt(), interaction.firstReplyAt()).compareTo(threshold) <= 0) {
            within++;
        }
    }

    /**
     * Merges another accumulator with the same threshold into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has a different threshold
     */
    @Override
    public ImmediateResponse combine(ImmediateResponse other) {
        VariantCheck.requireSame(ID, threshold, other.threshold);
        long[] theirs = {other.within, other.replied, other.withoutReply, other.otherChannel};
        within += theirs[0];
        replied += theirs[1];
        withoutReply += theirs[2];
        otherChannel += theirs[3];
        return this;
    }

    /**
     * The share of replied written contacts whose first reply was immediate.
     *
     * @return a ratio with the replied contacts as the count; empty when none was replied to
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, "within/" + threshold, within, replied);
    }

    /**
     * Written contacts without a recorded first reply, left out of the share.
     *
     * @return their number
     */
    public long withoutReplyCount() {
        return withoutReply;
    }

    /**
     * Contacts of other channels (phone, chat, self-service), ignored.
     *
     * @return their number
     */
    public long otherChannelCount() {
        return otherChannel;
    }
}
