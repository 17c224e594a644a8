package dev.cxkit.assist.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Action;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.assist.escalation.internal.BuiltInCriteria;
import org.jspecify.annotations.Nullable;

/**
 * The escalation criteria, as data: thresholds of the built-in criteria, criteria of the caller's
 * own, and the warm-transfer checklist. Immutable and thread-safe; create with {@link #ofDefaults()}
 * or {@link #builder()}.
 *
 * <h2>Built-in criteria (id: rule, default)</h2>
 * <ul>
 *   <li>{@value #ATTEMPTS}: attempts at this tier ≥ {@link #attemptsThreshold()} (3) → the next tier;</li>
 *   <li>{@value #ELAPSED}: on a live channel (phone, chat), elapsed time &gt; the tier's limit in
 *       {@link #elapsedLimits()} (T1: 15 min; none for T2, T3) → the next tier;</li>
 *   <li>{@value #SENTIMENT}: sentiment ≤ {@link #sentimentThreshold()} (−0.6) → the next tier;</li>
 *   <li>{@value #VALUE_ABOVE_AUTHORITY}: value at stake &gt; the tier's limit in {@link #authority()}
 *       (by default the REFUND allowance of {@link AuthorityLimits#ofDefaults()}, cxkit's one model of
 *       tier authority: T1 50 EUR, T2 200 EUR, T3 1000 EUR) → the lowest tier whose limit covers it
 *       (T3 if none);</li>
 *   <li>{@value #REASON_ROUTE}: the contact reason starts with a prefix of {@link #reasonRoutes()}
 *       ({@code tech.defect} → T3; the longest prefix wins) → that tier;</li>
 *   <li>{@value #DEFECT_SUSPECTED}: {@link EscalationFlag#DEFECT_SUSPECTED} → T3;</li>
 *   <li>{@value #SUPERVISOR_REQUESTED}: {@link EscalationFlag#SUPERVISOR_REQUESTED} → the next tier.</li>
 * </ul>
 * "The next tier" of T3 is T3 itself: met, with nowhere higher to go.
 *
 * <h2>Priority segments</h2>
 * For customers in {@link #prioritySegments()} (default {@code VIP}) every threshold is scaled by
 * {@link #priorityScalePercent()} (default 50 %), so they escalate sooner: attempts
 * {@code max(1, ⌈3 × 50 %⌉) = 2}; elapsed 7 min 30 s; sentiment −0.3; authority 25, 100 and 500 EUR
 * (money rounded down to the currency's minor unit).
 *
 * @param attemptsThreshold attempts at one tier from which the contact goes up, at least 1
 * @param elapsedLimits elapsed time per tier beyond which a live contact goes up; tiers without an
 *     entry have no limit; every limit positive
 * @param sentimentThreshold sentiment at or below which the contact goes up, in [−1, 0)
 * @param authority the most each tier may settle; tiers without an entry have no limit; one
 *     currency, not decreasing as the tier rises
 * @param reasonRoutes contact-reason prefixes and the tier that handles them
 * @param prioritySegments segments whose thresholds are scaled down
 * @param priorityScalePercent the scale applied to the thresholds of priority segments, 1–100
 * @param disabledBuiltIns ids of built-in criteria turned off, each one of {@link #BUILT_IN_IDS}
 * @param customCriteria the caller's own criteria, evaluated after the built-in ones; ids unique
 * @param checklist the warm-transfer steps after the handoff summary (which the policy always puts
 *     first), all {@link ChecklistItem.Status#TO_DO}, ids unique
 */
public record EscalationCriteria(int attemptsThreshold, Map<Tier, Duration> elapsedLimits, double sentimentThreshold,
        Map<Tier, Money> authority, Map<String, Tier> reasonRoutes, Set<Segment> prioritySegments,
        int priorityScalePercent, Set<String> disabledBuiltIns, List<EscalationCriterion> customCriteria,
        List<ChecklistItem> checklist) {

    /** Id of the attempts criterion. */
    public static final String ATTEMPTS = "attempts";
    /** Id of the elapsed-time criterion. */
    public static final String ELAPSED = "elapsed";
    /** Id of the sentiment criterion. */
    public static final String SENTIMENT = "sentiment";
    /** Id of the authority criterion. */
    public static final String VALUE_ABOVE_AUTHORITY = "value-above-authority";
    /** Id of the reason-route criterion. */
    public static final String REASON_ROUTE = "reason-route";
    /** Id of the defect criterion. */
    public static final String DEFECT_SUSPECTED = "defect-suspected";
    /** Id of the supervisor criterion. */
    public static final String SUPERVISOR_REQUESTED = "supervisor-requested";

    /** The ids of the built-in criteria, in evaluation order. */
    public static final List<String> BUILT_IN_IDS = List.of(ATTEMPTS, ELAPSED, SENTIMENT, VALUE_ABOVE_AUTHORITY,
            REASON_ROUTE, DEFECT_SUSPECTED, SUPERVISOR_REQUESTED);

    private static final EscalationCriteria DEFAULTS = builder().build();

    /**
     * Validates every field and the rules between them, and copies the collections.
     *
     * @throws IllegalArgumentException if a value is out of range, the authority limits mix currencies
     *     or fall as the tier rises, two criteria share an id, or a checklist item is not {@code TO_DO},
     *     repeats an id or uses {@value ChecklistItem#HANDOFF_SUMMARY}
     */
    public EscalationCriteria {
        if (attemptsThreshold < 1) {
            throw new IllegalArgumentException("The attempts threshold (" + attemptsThreshold + ") must be at least 1.");
        }
        elapsedLimits = copy(Checks.notNull(elapsedLimits, "elapsedLimits"));
        elapsedLimits.forEach((tier, limit) -> {
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("The elapsed limit (" + limit + ") of " + tier
                        + " must be positive.\nMaybe leave the tier out for no limit?");
            }
        });
        if (!(sentimentThreshold >= -1.0 && sentimentThreshold < 0.0)) {
            throw new IllegalArgumentException("The sentiment threshold (" + sentimentThreshold
                    + ") must be in [-1, 0): only negative sentiment escalates.");
        }
        authority = copy(Checks.notNull(authority, "authority"));
        checkAuthority(authority);
        reasonRoutes = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(reasonRoutes, "reasonRoutes")));
        reasonRoutes.forEach((prefix, tier) -> {
            Checks.identifier(prefix, "reason prefix");
            Checks.notNull(tier, "tier");
        });
        prioritySegments = Collections.unmodifiableSet(new LinkedHashSet<>(
                Checks.notNull(prioritySegments, "prioritySegments")));
        prioritySegments.forEach(segment -> Checks.notNull(segment, "priority segment"));
        Checks.inRange(priorityScalePercent, 1, 100, "scale percent", "the priority segments");
        disabledBuiltIns = Collections.unmodifiableSet(new LinkedHashSet<>(
                Checks.notNull(disabledBuiltIns, "disabledBuiltIns")));
        for (String id : disabledBuiltIns) {
            if (!BUILT_IN_IDS.contains(id)) {
                throw new IllegalArgumentException("Cannot disable the criterion (" + Checks.abbreviate(id)
                        + "): it is not built in. Built-in ids: " + String.join(", ", BUILT_IN_IDS) + ".");
            }
        }
        customCriteria = List.copyOf(Checks.notNull(customCriteria, "customCriteria"));
        checkIds(disabledBuiltIns, customCriteria);
        checklist = List.copyOf(Checks.notNull(checklist, "checklist"));
        checkChecklist(checklist);
    }

    /**
     * The documented defaults (see the class description).
     *
     * @return the default criteria
     */
    public static EscalationCriteria ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these criteria.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.attemptsThreshold = attemptsThreshold;
        builder.elapsedLimits.clear();
        builder.elapsedLimits.putAll(elapsedLimits);
        builder.sentimentThreshold = sentimentThreshold;
        builder.authority.clear();
        builder.authority.putAll(authority);
        builder.reasonRoutes.clear();
        builder.reasonRoutes.putAll(reasonRoutes);
        builder.prioritySegments.clear();
        builder.prioritySegments.addAll(prioritySegments);
        builder.priorityScalePercent = priorityScalePercent;
        builder.disabled.addAll(disabledBuiltIns);
        builder.custom.addAll(customCriteria);
        builder.checklist.clear();
        builder.checklist.addAll(checklist);
        return builder;
    }

    /**
     * Every active criterion, built-in ones first (in {@link #BUILT_IN_IDS} order, minus the disabled
     * ones), then the caller's in registration order. A new list on each call; an
     * {@link EscalationPolicy} builds it once.
     *
     * @return the criteria
     */
    public List<EscalationCriterion> criteria() {
        List<EscalationCriterion> all = new ArrayList<>(BuiltInCriteria.create(this));
        all.removeIf(criterion -> disabledBuiltIns.contains(criterion.id()));
        all.addAll(customCriteria);
        return List.copyOf(all);
    }

    private static <V> Map<Tier, V> copy(Map<Tier, V> map) {
        Map<Tier, V> copy = new EnumMap<>(Tier.class);
        map.forEach((tier, value) -> copy.put(Checks.notNull(tier, "tier"), Checks.notNull(value, "value of " + tier)));
        return Collections.unmodifiableMap(copy);
    }

    private static void checkIds(Set<String> disabled, List<EscalationCriterion> custom) {
        Set<String> ids = new HashSet<>();
        for (String id : BUILT_IN_IDS) {
            if (!disabled.contains(id)) {
                ids.add(id);
            }
        }
        for (EscalationCriterion criterion : custom) {
            String id = Checks.identifier(Checks.notNull(criterion, "criterion").id(), "criterion id");
            if (!ids.add(id)) {
                throw new IllegalArgumentException("Two escalation criteria have the id (" + id
                        + ").\nMaybe disable the built-in one first, or rename yours?");
            }
        }
    }

    private static void checkChecklist(List<ChecklistItem> checklist) {
        Set<String> itemIds = new HashSet<>();
        for (ChecklistItem item : checklist) {
            if (item.status() != ChecklistItem.Status.TO_DO) {
                throw new IllegalArgumentException("The checklist item (" + item.id() + ") has status "
                        + item.status() + "; configured items must be TO_DO.");
            }
            if (item.id().equals(ChecklistItem.HANDOFF_SUMMARY) || !itemIds.add(item.id())) {
                throw new IllegalArgumentException("The checklist item id (" + item.id()
                        + ") is used twice.\nNote: " + ChecklistItem.HANDOFF_SUMMARY + " is always added by the policy.");
            }
        }
    }

    private static void checkAuthority(Map<Tier, Money> authority) {
        @Nullable Currency currency = null;
        @Nullable Money previous = null;
        @Nullable Tier previousTier = null;
        for (Map.Entry<Tier, Money> entry : authority.entrySet()) {
            Money limit = entry.getValue();
            if (limit.isNegative()) {
                throw new IllegalArgumentException("The authority (" + limit + ") of " + entry.getKey() + " is negative.");
            }
            if (currency != null && !currency.equals(limit.currency())) {
                throw new IllegalArgumentException("The authority of " + entry.getKey() + " (" + limit
                        + ") is in another currency than the other tiers' (" + currency + ").\nMaybe convert it first?");
            }
            currency = limit.currency();
            if (previous != null && limit.compareTo(previous) < 0) {
                throw new IllegalArgumentException("The authority of " + entry.getKey() + " (" + limit
                        + ") is below that of " + previousTier + " (" + previous
                        + "); higher tiers must be allowed at least as much.");
            }
            previous = limit;
            previousTier = entry.getKey();
        }
    }

    /**
     * Builds {@link EscalationCriteria}; each setter validates its argument, {@link #build()} the
     * cross-field rules (through the record's constructor). Not thread-safe.
     */
    public static final class Builder {
        private int attemptsThreshold = 3;
        private final Map<Tier, Duration> elapsedLimits = new EnumMap<>(Tier.class);
        private double sentimentThreshold = -0.6;
        private final Map<Tier, Money> authority = new EnumMap<>(Tier.class);
        private final Map<String, Tier> reasonRoutes = new TreeMap<>();
        private final Set<Segment> prioritySegments = new LinkedHashSet<>();
        private int priorityScalePercent = 50;
        private final Set<String> disabled = new LinkedHashSet<>();
        private final List<EscalationCriterion> custom = new ArrayList<>();
        private final List<ChecklistItem> checklist = new ArrayList<>();

        private Builder() {
            elapsedLimits.put(Tier.T1, Duration.ofMinutes(15));
            authority(AuthorityLimits.ofDefaults(), Action.REFUND);
            reasonRoutes.put("tech.defect", Tier.T3);
            prioritySegments.add(Segment.VIP);
            checklist.add(ChecklistItem.toDo("handoff.goal-and-emotion",
                    "Tell the receiving agent what the customer wants and how they feel about it so far.",
                    MistakeCode.EMOTION_NOT_ACKNOWLEDGED));
            checklist.add(ChecklistItem.toDo("transfer.introduce",
                    "Stay on the line and introduce the customer to the receiving agent before leaving.",
                    MistakeCode.COLD_TRANSFER));
            checklist.add(ChecklistItem.toDo("transfer.no-repeat",
                    "Confirm the receiving agent has read the summary, so the customer repeats nothing.",
                    MistakeCode.CUSTOMER_REPEATED_INFO));
            checklist.add(ChecklistItem.toDo("transfer.callback-if-unavailable",
                    "If nobody can take the customer now, offer a callback the team can keep (check it with the promise guard).",
                    MistakeCode.BROKEN_PROMISE));
        }

        /**
         * Sets the attempts threshold (default 3).
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder attemptsThreshold(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("The attempts threshold (" + value + ") must be at least 1.");
            }
            this.attemptsThreshold = value;
            return this;
        }

        /**
         * Sets or removes the elapsed-time limit of a tier (default T1: 15 min).
         *
         * @param tier the tier
         * @param limit positive, or {@code null} for no limit
         * @return this builder
         * @throws IllegalArgumentException if {@code limit} is zero or negative
         */
        public Builder elapsedLimit(Tier tier, @Nullable Duration limit) {
            Checks.notNull(tier, "tier");
            if (limit == null) {
                elapsedLimits.remove(tier);
                return this;
            }
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("The elapsed limit (" + limit + ") of " + tier
                        + " must be positive.\nMaybe pass null for no limit?");
            }
            elapsedLimits.put(tier, limit);
            return this;
        }

        /**
         * Sets the sentiment threshold (default −0.6).
         *
         * @param value in [−1, 0)
         * @return this builder
         * @throws IllegalArgumentException if outside [−1, 0)
         */
        public Builder sentimentThreshold(double value) {
            if (!(value >= -1.0 && value < 0.0)) {
                throw new IllegalArgumentException("The sentiment threshold (" + value
                        + ") must be in [-1, 0): only negative sentiment escalates.");
            }
            this.sentimentThreshold = value;
            return this;
        }

        /**
         * Sets every tier's authority limit from cxkit's model of tier authority: the single-grant
         * allowance ({@link AuthorityLimits.Limit#allowUpTo()}) of one money action per tier. The
         * default is {@code authority(AuthorityLimits.ofDefaults(), Action.REFUND)}: T1 50 EUR,
         * T2 200 EUR, T3 1000 EUR.
         *
         * @param limits the tier authority, for example the one the synthetic generator keeps to
         * @param action a money action whose allowances are the limits
         * @return this builder
         * @throws IllegalArgumentException if {@code action} is a percentage action
         */
        public Builder authority(AuthorityLimits limits, Action action) {
            Checks.notNull(limits, "limits");
            Checks.notNull(action, "action");
            if (action.isPercent()) {
                throw new IllegalArgumentException("The action (" + action + ") grants percentages; authority limits "
                        + "for escalation are money.\nMaybe REFUND or CREDIT?");
            }
            for (Tier tier : Tier.values()) {
                authority.put(tier, (Money) limits.limit(action, tier).allowUpTo());
            }
            return this;
        }

        /**
         * Sets or removes the authority limit of a tier (defaults: see
         * {@link #authority(AuthorityLimits, Action)}).
         *
         * @param tier the tier
         * @param limit not negative, or {@code null} for no limit
         * @return this builder
         * @throws IllegalArgumentException if {@code limit} is negative
         */
        public Builder authority(Tier tier, @Nullable Money limit) {
            Checks.notNull(tier, "tier");
            if (limit == null) {
                authority.remove(tier);
                return this;
            }
            if (limit.isNegative()) {
                throw new IllegalArgumentException("The authority (" + limit + ") of " + tier + " is negative.");
            }
            authority.put(tier, limit);
            return this;
        }

        /**
         * Routes contact reasons starting with a prefix to a tier (default {@code tech.defect} → T3).
         *
         * @param prefix a reason-key prefix such as {@code "legal."}
         * @param tier the tier that handles them
         * @return this builder
         */
        public Builder reasonRoute(String prefix, Tier tier) {
            Checks.identifier(prefix, "reason prefix");
            reasonRoutes.put(prefix, Checks.notNull(tier, "tier"));
            return this;
        }

        /**
         * Removes every reason route, including the default.
         *
         * @return this builder
         */
        public Builder clearReasonRoutes() {
            reasonRoutes.clear();
            return this;
        }

        /**
         * Replaces the priority segments (default {@code VIP}).
         *
         * @param segments the segments, possibly none
         * @return this builder
         */
        public Builder prioritySegments(Set<Segment> segments) {
            Checks.notNull(segments, "priority segments");
            prioritySegments.clear();
            segments.forEach(segment -> prioritySegments.add(Checks.notNull(segment, "priority segment")));
            return this;
        }

        /**
         * Sets the scale of priority-segment thresholds (default 50).
         *
         * @param percent in 1–100; 100 treats them like everyone else
         * @return this builder
         * @throws IllegalArgumentException if outside 1–100
         */
        public Builder priorityScalePercent(int percent) {
            this.priorityScalePercent = Checks.inRange(percent, 1, 100, "scale percent", "the priority segments");
            return this;
        }

        /**
         * Turns off a built-in criterion.
         *
         * @param id one of {@link EscalationCriteria#BUILT_IN_IDS}
         * @return this builder
         * @throws IllegalArgumentException if {@code id} is not a built-in id
         */
        public Builder disable(String id) {
            Checks.notNull(id, "criterion id");
            if (!BUILT_IN_IDS.contains(id)) {
                throw new IllegalArgumentException("Cannot disable the criterion (" + Checks.abbreviate(id)
                        + "): it is not built in. Built-in ids: " + String.join(", ", BUILT_IN_IDS) + ".");
            }
            disabled.add(id);
            return this;
        }

        /**
         * Adds a criterion of the caller's own, evaluated after the built-in ones.
         *
         * @param criterion the criterion; its id must be unique
         * @return this builder
         */
        public Builder criterion(EscalationCriterion criterion) {
            custom.add(Checks.notNull(criterion, "criterion"));
            return this;
        }

        /**
         * Replaces the warm-transfer steps that follow the handoff summary.
         *
         * @param items steps with status {@link ChecklistItem.Status#TO_DO}, ids unique
         * @return this builder
         */
        public Builder checklist(List<ChecklistItem> items) {
            Checks.notNull(items, "checklist");
            checklist.clear();
            items.forEach(item -> checklist.add(Checks.notNull(item, "checklist item")));
            return this;
        }

        /**
         * Builds the criteria.
         *
         * @return the criteria
         * @throws IllegalArgumentException if the authority limits mix currencies or fall as the tier
         *     rises, if two criteria share an id, or if a checklist item is not {@code TO_DO}, repeats
         *     an id or uses {@value ChecklistItem#HANDOFF_SUMMARY}
         */
        public EscalationCriteria build() {
            return new EscalationCriteria(attemptsThreshold, elapsedLimits, sentimentThreshold, authority, reasonRoutes,
                    prioritySegments, priorityScalePercent, disabled, custom, checklist);
        }
    }
}
