package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.internal.Moments;
import dev.cxkit.kpi.internal.Welch;
import org.jspecify.annotations.Nullable;

/**
 * Churn by first-contact resolution, id {@code cx.kpi.churn.by_fcr}: the churn rate of customers
 * whose first contact was not resolved against that of customers whose first contact was (article
 * 000 links weak FCR to higher churn). Input: the interactions, and the customers' churn events
 * ({@link CustomerEvent.Kind#CHURNED}, docs/formats.md#customer-events-as-json-lines).
 *
 * <p>Formula: a customer's <em>first contact</em> is their earliest answered contact with a reason
 * (by {@code queuedAt}; ties go to the smaller reason id). It was <em>resolved</em> when no other
 * answered contact of the same customer and reason was queued within the window after it (default
 * 7 days, the rule of {@code cx.kpi.fcr}'s default variant). The customer <em>churned</em> when
 * their earliest churn event lies after the first contact and at or before {@code asOf}. The
 * comparison is the difference of the two churn rates (not resolved − resolved) with Welch's 95 %
 * interval, as in {@link GroupComparison}; {@link #result()} is that difference.
 *
 * <p>Judged at {@code asOf}, or with {@link #atEndOfData(Duration)} at the latest {@code endedAt} read.
 *
 * <p>Edge cases: a customer whose window runs past {@code asOf} is not judged
 * ({@link #censoredCount()}); one who churned at or before their first contact is left out
 * ({@link #churnedBeforeFirstContactCount()}); abandoned contacts and contacts without a reason do
 * not make a first contact; churn events of customers without a contact are counted in
 * {@link #churnedWithoutContactCount()}. The comparison shows association, not cause: customers
 * with harder problems may both need more contacts and leave more often.
 *
 * <p>Source: docs/kpis.md#churn-by-first-contact-resolution. Thread-safety: not thread-safe; use
 * one per thread and {@link #combine} them. Memory: per customer and reason, the two earliest
 * contact times.
 */
public final class ChurnByFirstContact implements KpiAccumulator<Interaction, ChurnByFirstContact> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.churn.by_fcr";

    /** The default repeat window, 7 days. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final @Nullable Instant asOf;
    private final Duration window;
    /** The latest {@code endedAt} seen, the instant judged at when no {@code asOf} was given. */
    private long latestEnd = Long.MIN_VALUE;
    /** Per customer, per reason: the two earliest answered contact times (epoch millis; MAX_VALUE when none). */
    private final Map<CustomerId, Map<ContactReason, long[]>> contacts = new HashMap<>();
    private final Map<CustomerId, Instant> churnedAt = new HashMap<>();

    private ChurnByFirstContact(@Nullable Instant asOf, Duration window) {
        this.asOf = asOf;
        this.window = window;
    }

    /**
     * Creates an empty accumulator with the 7-day window.
     *
     * @param asOf the instant to judge at, usually the end of the data
     * @return the accumulator
     */
    public static ChurnByFirstContact create(Instant asOf) {
        return create(asOf, DEFAULT_WINDOW);
    }

    /**
     * Creates an empty accumulator judged at the end of the data: the latest {@code endedAt} of the
     * interactions it was given (across shards once combined).
     *
     * @param window how long after the first contact a contact of the same reason makes it unresolved
     * @return the accumulator
     * @throws IllegalArgumentException if the window is not positive
     */
    public static ChurnByFirstContact atEndOfData(Duration window) {
        checkWindow(window);
        return new ChurnByFirstContact(null, window);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param asOf the instant to judge at
     * @param window how long after the first contact a contact of the same reason makes it unresolved
     * @return the accumulator
     * @throws IllegalArgumentException if the window is not positive
     */
    public static ChurnByFirstContact create(Instant asOf, Duration window) {
        Objects.requireNonNull(asOf, "asOf");
        checkWindow(window);
        return new ChurnByFirstContact(asOf, window);
    }

    private static void checkWindow(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The repeat window (" + window + ") must be positive.\nMaybe 7d?");
        }
    }

    /**
     * The instant the customers are judged at: the given {@code asOf}, or the end of the data.
     *
     * @return the instant, or {@code null} when judged at the end of data and nothing was read
     */
    public @Nullable Instant judgedAt() {
        return asOf != null ? asOf : latestEnd == Long.MIN_VALUE ? null : Instant.ofEpochMilli(latestEnd);
    }

    @Override
    public void accept(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        latestEnd = Math.max(latestEnd, interaction.endedAt().toEpochMilli());
        ContactReason reason = interaction.reason();
        if (interaction.isAbandoned() || reason == null) {
            return;
        }
        long[] earliest = contacts.computeIfAbsent(interaction.customerId(), c -> new HashMap<>())
                .computeIfAbsent(reason, r -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
        insert(earliest, interaction.queuedAt().toEpochMilli());
    }

    private static void insert(long[] earliest, long at) {
        if (at < earliest[0]) {
            earliest[1] = earliest[0];
            earliest[0] = at;
        } else if (at < earliest[1]) {
            earliest[1] = at;
        }
    }

    /**
     * Adds a customer event; only churn events count, the earliest per customer.
     *
     * @param event the event
     */
    public void acceptEvent(CustomerEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.kind() == CustomerEvent.Kind.CHURNED) {
            churnedAt.merge(event.customerId(), event.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    /**
     * Adds another accumulator of the same instant and window into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this
     * @throws IllegalArgumentException if the other judges at another instant or with another window
     */
    @Override
    public ChurnByFirstContact combine(ChurnByFirstContact other) {
        Objects.requireNonNull(other, "other");
        if (!Objects.equals(other.asOf, asOf) || !other.window.equals(window)) {
            throw new IllegalArgumentException("Cannot combine churn by FCR as of " + other.asOf + " within "
                    + other.window + " into one as of " + asOf + " within " + window + ".");
        }
        other.contacts.forEach((customer, reasons) -> reasons.forEach((reason, times) -> {
            long[] mine = contacts.computeIfAbsent(customer, c -> new HashMap<>())
                    .computeIfAbsent(reason, r -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
            insert(mine, times[0]);
            insert(mine, times[1]);
        }));
        other.churnedAt.forEach((customer, at) -> churnedAt.merge(customer, at, (a, b) -> a.isBefore(b) ? a : b));
        latestEnd = Math.max(latestEnd, other.latestEnd);
        return this;
    }

    /**
     * The churn rates of the two groups of customers and their difference.
     *
     * @return the comparison (first group: first contact resolved), or why there is none
     */
    public Comparison comparison() {
        Tally t = tally();
        return Welch.compare("churned", KpiUnit.RATIO, "first contact resolved", t.resolved, 0,
                "first contact not resolved", t.unresolved, 0, GroupComparison.DEFAULT_CONFIDENCE);
    }

    /** Every customer judged once: the churn (1 or 0) per group, and the customers left out. */
    private static final class Tally {
        final Moments resolved = new Moments();
        final Moments unresolved = new Moments();
        long censored;
        long churnedBefore;
    }

    private Tally tally() {
        Tally t = new Tally();
        for (Map.Entry<CustomerId, Map<ContactReason, long[]>> entry : contacts.entrySet()) {
            judge(entry.getKey(), entry.getValue(), t);
        }
        return t;
    }

    private void judge(CustomerId customer, Map<ContactReason, long[]> reasons, Tally t) {
        Instant at = Objects.requireNonNull(judgedAt(), "judgedAt: a customer with contacts was read");
        ContactReason firstReason = null;
        long[] first = null;
        for (Map.Entry<ContactReason, long[]> e : reasons.entrySet()) {
            long[] times = e.getValue();
            if (first == null || times[0] < first[0]
                    || (times[0] == first[0] && e.getKey().key().compareTo(firstReason.key()) < 0)) {
                first = times;
                firstReason = e.getKey();
            }
        }
        Objects.requireNonNull(first, "a customer with contacts");
        long windowEnd = first[0] + window.toMillis();
        if (windowEnd > at.toEpochMilli()) {
            t.censored++;
            return;
        }
        Instant churn = churnedAt.get(customer);
        if (churn != null && churn.toEpochMilli() <= first[0]) {
            t.churnedBefore++;
            return;
        }
        boolean churned = churn != null && !churn.isAfter(at);
        (first[1] > windowEnd ? t.resolved : t.unresolved).add(churned ? 1 : 0);
    }

    /**
     * The difference of the churn rates (not resolved − resolved); empty when no comparison could be made.
     *
     * @return the value, with the number of customers judged as its count
     */
    @Override
    public KpiValue result() {
        Comparison c = comparison();
        long judged = c.first().count() + c.second().count();
        String days = window.toSeconds() % 86_400 == 0 ? "P" + window.toDays() + "D" : window.toString();
        String variant = days + "/as-of=" + judgedAt();
        return c instanceof Comparison.Compared d ? KpiValue.of(ID, variant, d.difference(), judged, KpiUnit.RATIO)
                : KpiValue.empty(ID, variant, judged, KpiUnit.RATIO);
    }

    /**
     * Customers whose first contact's window runs past {@code asOf}: not judged.
     *
     * @return the count
     */
    public long censoredCount() {
        return tally().censored;
    }

    /**
     * Customers who churned at or before their first contact: left out.
     *
     * @return the count
     */
    public long churnedBeforeFirstContactCount() {
        return tally().churnedBefore;
    }

    /**
     * Churned customers without an answered, classified contact: left out.
     *
     * @return the count
     */
    public long churnedWithoutContactCount() {
        return churnedAt.keySet().stream().filter(c -> !contacts.containsKey(c)).count();
    }
}
