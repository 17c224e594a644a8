package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.DurationSum;
import dev.cxkit.kpi.internal.VariantCheck;
import org.jspecify.annotations.Nullable;

/**
 * First response time, id {@code cx.kpi.first_reply}: the mean time from the start of a contact to
 * the first agent response.
 *
 * <p>Formula: Σ (first response − queuedAt) / contacts with a response, in seconds
 * ({@link KpiUnit#SECONDS}), where the first response is {@link Interaction#firstReplyAt()} for
 * written channels (e-mail, social, messaging, self-service) and {@link Interaction#answeredAt()}
 * for live channels ({@link dev.cxkit.core.Channel#isLive()}: phone, chat). The elapsed time is
 * calendar or business time ({@link TimeBasis}, variant {@code calendar} or {@code business}).
 * Per-channel figures come from one accumulator per channel.
 *
 * <p>Edge cases: contacts without a response (abandoned live contacts, written contacts without
 * {@code firstReplyAt}) are excluded and counted in {@link #withoutResponseCount()}; none with a
 * response gives an empty value. A written contact's {@code answeredAt} is not used as a fallback:
 * it is not a reply the customer saw. Sums are exact.
 *
 * <p>Source: docs/kpis.md (first response time); benchmark "chat and social under 45 s" from
 * article 002 and the e-mail expectation in business hours from docs/audit-catalog.md.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them. The business
 * calendar is immutable and may be shared.
 */
public final class FirstResponseTime implements KpiAccumulator<Interaction, FirstResponseTime> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.first_reply";

    private final TimeBasis basis;
    private final DurationSum responses = new DurationSum();
    private long withoutResponse;

    private FirstResponseTime(TimeBasis basis) {
        this.basis = basis;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param basis calendar or business time
     * @return the accumulator
     */
    public static FirstResponseTime create(TimeBasis basis) {
        return new FirstResponseTime(Checks.notNull(basis, "basis"));
    }

    /**
     * The instant of the first agent response to a contact, as this KPI defines it.
     *
     * @param interaction the contact
     * @return {@code firstReplyAt} for written channels, {@code answeredAt} for live ones; {@code null} if none
     */
    static @Nullable Instant firstResponseAt(Interaction interaction) {
        return interaction.channel().isLive() ? interaction.answeredAt() : interaction.firstReplyAt();
    }

    /**
     * Adds the first response time of a contact, or counts it as without response.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Instant response = firstResponseAt(interaction);
        if (response == null) {
            withoutResponse++;
        } else {
            responses.add(basis.between(interaction.queuedAt(), response), "first response time");
        }
    }

    /**
     * Adds one first response time measured elsewhere (already in this accumulator's time basis).
     *
     * @param responseTime the time to first response, not negative
     * @throws IllegalArgumentException if {@code responseTime} is negative
     */
    public void acceptResponseTime(Duration responseTime) {
        responses.add(responseTime, "first response time");
    }

    @Override
    public FirstResponseTime combine(FirstResponseTime other) {
        VariantCheck.requireSame(ID, basis, other.basis);
        responses.addAll(other.responses);
        withoutResponse += other.withoutResponse;
        return this;
    }

    /**
     * The mean first response time.
     *
     * @return seconds (calendar or business), empty if no contact had a response
     */
    @Override
    public KpiValue result() {
        return responses.count() == 0 ? KpiValue.empty(ID, basis.name(), 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, basis.name(), responses.meanSeconds(), responses.count(), KpiUnit.SECONDS);
    }

    /**
     * Contacts without a first response, excluded from the value.
     *
     * @return their number
     */
    public long withoutResponseCount() {
        return withoutResponse;
    }
}
