package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.cxkit.core.Agent;
import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Promise;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The standard KPI set of a contact centre in one pass: everything {@code cx kpi} prints
 * (docs/cli.md) and everything the default {@link Scorecard} judges, overall and, if asked, per
 * group of dimensions ({@link #create(Config, List)}). Feed interactions (and, for attrition and
 * tenure, the agent roster), combine shards, then read {@link #results()}.
 *
 * <p>Results, in order: {@code cx.kpi.fcr} (the configured {@link Config#fcr() variant}) and
 * {@code cx.kpi.repeat_contact} (the configured {@link FcrVariant.RepeatWindow}); {@code cx.kpi.csat}
 * (top box, or the configured variant); {@code cx.kpi.ces} (one value per scale present:
 * {@code effort-1-5}, {@code ease-1-7}); {@code cx.kpi.nps}; {@code cx.kpi.aht};
 * {@code cx.kpi.asa}, {@code cx.kpi.service_level} {@code formula1} … {@code formula5},
 * {@code cx.kpi.abandonment} and the queue-wait percentiles over <em>live</em> channels only
 * ({@link Channel#isLive()}: phone and chat, the queues a threshold T applies to; an e-mail's "wait"
 * is its reply time, measured by first reply); {@code cx.kpi.hold.mean}, {@code .over_limit},
 * {@code .unexplained}; {@code cx.kpi.transfer}; {@code cx.kpi.escalation};
 * {@code cx.kpi.promise_kept} (with grace); {@code cx.kpi.first_reply.p90} over all channels and,
 * variant {@code chat-social}, over chat and social only; p50/p90/p99 of queue wait (live), handle time
 * and first reply; {@code cx.kpi.feedback.closure_time} and {@code cx.kpi.feedback.closed_within};
 * {@code cx.kpi.attrition} and {@code cx.kpi.tenure} when agents were given (overall only). Customer
 * churn needs customer membership, which interactions do not carry: use {@link Churn} directly.
 *
 * <p>The set is a {@link KpiSet}: each KPI is one constant of the private {@code Line} enum, so adding
 * a KPI to the standard set is one line there, and grouping works for every KPI. As in {@link KpiSet}, FCR and
 * the repeat-contact rate find repeats across all contacts, whatever the group: a repeat by chat after
 * a call lowers the phone group's FCR.
 *
 * <p>"As of": promise-kept and feedback-closure figures are judged at {@link #asOf()}: the
 * configured {@link Config#asOf()}, or, when it is not set, the latest {@code endedAt} seen (the end of
 * the data). With {@link Config#censorAtAsOf()} (what {@code cx kpi} does unless told otherwise) the
 * repeat-window FCR is judged at {@link #fcrJudgedAt()}: the configured as-of instant or else the
 * latest {@code queuedAt}, since no later contact, and so no later repeat, is in the data. First
 * contacts whose window runs past it cannot be judged yet and are left out and counted
 * ({@link #fcrCounts()}); contacts queued after it are ignored. To allow that, the promises, surveys and agents are kept until {@link #results()}: roughly
 * 100–200 bytes per promise and per survey (per grouping too). Everything else is constant memory per
 * group apart from repeat detection (see {@link FirstContactResolution}). The attrition period is the
 * UTC days from the first {@code queuedAt} to the as-of instant.
 *
 * <p>Order: no result depends on the order in which interactions arrive or on how they are split
 * into shards (a jqwik property shuffles and compares every value).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class StandardKpis {

    private static final Set<Channel> CHAT_SOCIAL = Set.of(Channel.CHAT, Channel.SOCIAL);

    private final Config config;
    private final List<List<Dimension>> groupings;
    private final KpiSet set;
    private final List<Agent> agents = new ArrayList<>();
    private @Nullable Instant firstQueued;
    private @Nullable Instant lastQueued;
    private @Nullable Instant lastEnded;

    private StandardKpis(Config config, List<List<Dimension>> groupings) {
        this.config = config;
        this.groupings = groupings;
        KpiSet.Builder builder = kpis(config);
        groupings.forEach(grouping -> builder.groupBy(grouping.toArray(Dimension[]::new)));
        this.set = builder.build();
    }

    /**
     * The standard set, one KPI per line, in the order of {@link #results()}: adding a KPI is one
     * constant here. A KPI that yields several values, or is fed only some interactions, is wrapped in
     * a {@link Reading}. The lambdas live in the constants only; instances hold the constant and
     * named classes, so a set survives serialisers that copy fields (Flink's Kryo).
     */
    private enum Line {
        FCR(c -> FirstContactResolution.create(c.fcr())),
        REPEAT_CONTACT(c -> RepeatContactRate.create(c.repeatWindow())),
        CSAT(c -> CustomerSatisfaction.create(c.csat())),
        CES(c -> new EffortScores()),
        NPS(c -> NetPromoterScore.create()),
        AHT(c -> AverageHandleTime.create()),
        ASA(c -> new Reading<>(AverageSpeedOfAnswer.create(), Filter.LIVE, Readout.RESULT)),
        SERVICE_LEVEL(c -> new Reading<>(ServiceLevel.create(c.serviceLevelConfig()), Filter.LIVE, Readout.FORMULAS)),
        ABANDONMENT(c -> new Reading<>(Abandonment.create(c.shortAbandon()), Filter.LIVE, Readout.RESULT)),
        HOLD(c -> new Reading<>(HoldTime.create(c.holdLimit()), Filter.ALL, Readout.HOLD)),
        TRANSFER(c -> TransferRate.create()),
        ESCALATION(c -> EscalationRate.create()),
        PROMISE_KEPT(c -> new PromisesKept()),
        FIRST_REPLY(c -> new FirstReplies()),
        WAIT(c -> new Reading<>(Percentiles.create(PercentileMeasure.QUEUE_WAIT), Filter.LIVE, Readout.PERCENTILES)),
        HANDLE_TIME(c -> new Reading<>(Percentiles.create(PercentileMeasure.HANDLE_TIME), Filter.ALL,
                Readout.PERCENTILES)),
        FEEDBACK(c -> new FeedbackLoops(c.feedbackWithin()));

        private final Function<Config, KpiAccumulator<Interaction, ?>> create;

        Line(Function<Config, KpiAccumulator<Interaction, ?>> create) {
            this.create = create;
        }

        /** The name in {@link GroupedKpiValue#name()}: {@code fcr}, {@code service_level}, … */
        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Creates the accumulator of one line for one group. */
    private record Factory(Line line, Config config) implements Supplier<KpiAccumulator<Interaction, ?>> {
        @Override
        public KpiAccumulator<Interaction, ?> get() {
            return line.create.apply(config);
        }
    }

    private static KpiSet.Builder kpis(Config config) {
        KpiSet.Builder builder = KpiSet.builder();
        for (Line line : Line.values()) {
            builder.add(line.key(), new Factory(line, config));
        }
        return builder;
    }

    /**
     * Creates an empty set with a configuration, without groups.
     *
     * @param config windows, thresholds and the as-of instant
     * @return the set
     */
    public static StandardKpis create(Config config) {
        return create(config, List.of());
    }

    /**
     * Creates an empty set with a configuration that also computes every KPI per group: each grouping
     * is a list of dimensions, giving one group per combination of their values (as
     * {@link KpiSet.Builder#groupBy}), for example {@code List.of(List.of(Dimension.CHANNEL),
     * List.of(Dimension.HOUR))} for figures per channel and, separately, per hour of day.
     *
     * @param config windows, thresholds and the as-of instant
     * @param groupings the groupings, each one or more dimensions with distinct keys; may be empty
     * @return the set
     * @throws IllegalArgumentException if a grouping is empty or repeats a tag key
     */
    public static StandardKpis create(Config config, List<? extends List<Dimension>> groupings) {
        Checks.notNull(groupings, "groupings");
        List<List<Dimension>> copy = new ArrayList<>();
        for (List<Dimension> grouping : groupings) {
            copy.add(List.copyOf(Checks.notNull(grouping, "grouping")));
        }
        return new StandardKpis(Checks.notNull(config, "config"), List.copyOf(copy));
    }

    /**
     * Creates an empty set with {@link Config#ofDefaults()}.
     *
     * @return the set
     */
    public static StandardKpis create() {
        return create(Config.ofDefaults());
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public Config config() {
        return config;
    }

    /**
     * The groupings given to {@link #create(Config, List)}.
     *
     * @return the groupings, each a list of dimensions; empty without groups
     */
    public List<List<Dimension>> groupings() {
        return groupings;
    }

    /**
     * Adds one interaction to every KPI it concerns.
     *
     * @param interaction the interaction
     */
    public void accept(Interaction interaction) {
        set.accept(interaction);
        if (firstQueued == null || interaction.queuedAt().isBefore(firstQueued)) {
            firstQueued = interaction.queuedAt();
        }
        if (lastQueued == null || interaction.queuedAt().isAfter(lastQueued)) {
            lastQueued = interaction.queuedAt();
        }
        if (lastEnded == null || interaction.endedAt().isAfter(lastEnded)) {
            lastEnded = interaction.endedAt();
        }
    }

    /**
     * Adds an agent of the roster, for attrition and tenure.
     *
     * @param agent the agent
     */
    public void acceptAgent(Agent agent) {
        agents.add(Checks.notNull(agent, "agent"));
    }

    /**
     * Merges another set with the same configuration and groupings into this one.
     *
     * @param other the other set; left unchanged
     * @return this set
     * @throws IllegalArgumentException if the configurations or groupings differ
     */
    public StandardKpis combine(StandardKpis other) {
        if (!config.equals(other.config) || !groupings.equals(other.groupings)) {
            throw new IllegalArgumentException("Cannot combine standard KPI sets with different configurations: "
                    + config + " grouped by " + groupings + " and " + other.config + " grouped by " + other.groupings
                    + ".");
        }
        set.combine(other.set);
        agents.addAll(other.agents);
        if (other.firstQueued != null && (firstQueued == null || other.firstQueued.isBefore(firstQueued))) {
            firstQueued = other.firstQueued;
        }
        if (other.lastQueued != null && (lastQueued == null || other.lastQueued.isAfter(lastQueued))) {
            lastQueued = other.lastQueued;
        }
        if (other.lastEnded != null && (lastEnded == null || other.lastEnded.isAfter(lastEnded))) {
            lastEnded = other.lastEnded;
        }
        return this;
    }

    /**
     * The instant promise-kept and feedback-closure figures are judged at, and, with
     * {@link Config#censorAtAsOf()}, the repeat-window FCR.
     *
     * @return {@link Config#asOf()} if set, else the latest {@code endedAt} seen, else {@code null} with no data
     */
    public @Nullable Instant asOf() {
        return config.asOf() != null ? config.asOf() : lastEnded;
    }

    /**
     * The instant the repeat-window FCR and repeat-contact rate are judged at when
     * {@link Config#censorAtAsOf()} is on: the configured {@link Config#asOf()}, or, when it is not set,
     * the latest {@code queuedAt} seen. Not the latest {@code endedAt}: a repeat is a new contact, and
     * the data holds no contact queued after its last one, so a window is observed only up to there.
     *
     * @return the instant, or {@code null} when censoring is off or there is no data
     */
    public @Nullable Instant fcrJudgedAt() {
        if (!config.censorAtAsOf()) {
            return null;
        }
        return config.asOf() != null ? config.asOf() : lastQueued;
    }

    /**
     * The earliest {@code queuedAt} seen, where the data (and the promise and attrition periods) start.
     *
     * @return the instant, or {@code null} with no data
     */
    public @Nullable Instant dataStart() {
        return firstQueued;
    }

    /**
     * The counts behind the overall FCR value, as {@link #results()} judges it: with
     * {@link Config#censorAtAsOf()}, {@link FcrCounts#censored()} says how many first contacts were left
     * out because their window runs past {@link #fcrJudgedAt()}.
     *
     * @return the counts
     */
    public FcrCounts fcrCounts() {
        FirstContactResolution fcr = (FirstContactResolution) set.overallAccumulator(Line.FCR.key());
        return fcr.counts(context().observedUntil());
    }

    /**
     * All overall KPI values, in the order given in the class description. Values with nothing to
     * measure are present and empty, never left out (except the CES scale that no answer used and
     * attrition without agents).
     *
     * @return the values
     */
    public List<KpiValue> results() {
        List<KpiValue> values = new ArrayList<>();
        for (GroupedKpiValue value : set.overallResults(context())) {
            values.add(value.value());
        }
        values.addAll(workforce());
        return List.copyOf(values);
    }

    /**
     * The values overall and per group: first every overall value (as {@link #results()}, with empty
     * tags), then each grouping in the order given, its groups sorted by tag values, each group's
     * values in the standard order (attrition and tenure only overall).
     *
     * @return the values with their group's tags; the {@link GroupedKpiValue#name()} is the KPI's line
     *         in the standard set ({@code fcr}, {@code service_level}, …)
     */
    public List<GroupedKpiValue> groupedResults() {
        List<GroupedKpiValue> values = new ArrayList<>();
        boolean workforceAdded = false;
        for (GroupedKpiValue value : set.results(context())) {
            if (!value.isOverall() && !workforceAdded) {
                addWorkforce(values);
                workforceAdded = true;
            }
            values.add(value);
        }
        if (!workforceAdded) {
            addWorkforce(values);
        }
        return List.copyOf(values);
    }

    private void addWorkforce(List<GroupedKpiValue> values) {
        for (KpiValue value : workforce()) {
            values.add(new GroupedKpiValue("workforce", Map.of(), value));
        }
    }

    private KpiSet.ResultContext context() {
        Instant asOf = asOf();
        return new KpiSet.ResultContext(fcrJudgedAt(), asOf, firstQueued);
    }

    private List<KpiValue> workforce() {
        Instant asOf = asOf();
        if (agents.isEmpty() || asOf == null || firstQueued == null) {
            return List.of();
        }
        LocalDate from = LocalDate.ofInstant(firstQueued, ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(asOf, ZoneOffset.UTC).plusDays(1);
        Attrition attrition = Attrition.create(from, to);
        agents.forEach(attrition);
        return List.of(attrition.result(), attrition.tenureResult());
    }

    private static KpiValue withVariant(KpiValue value, String variant) {
        return new KpiValue(value.id(), variant, value.value(), value.count(), value.unit());
    }

    /** Which interactions a {@link Reading} is fed. */
    private enum Filter {
        ALL,
        /** Live channels only (phone, chat): the queues a threshold T applies to. */
        LIVE;

        boolean test(Interaction interaction) {
            return this == ALL || interaction.channel().isLive();
        }
    }

    /** How a {@link Reading} is read. */
    private enum Readout {
        RESULT,
        /** Service level by each of the five formulas. */
        FORMULAS,
        /** Mean hold, share over the limit, share unexplained. */
        HOLD,
        /** p50, p90, p99. */
        PERCENTILES;

        List<KpiValue> read(KpiAccumulator<Interaction, ?> accumulator) {
            return switch (this) {
                case RESULT -> List.of(accumulator.result());
                case FORMULAS -> Arrays.stream(ServiceLevelFormula.values())
                        .map(((ServiceLevel) accumulator)::result).toList();
                case HOLD -> {
                    HoldTime hold = (HoldTime) accumulator;
                    yield List.of(hold.result(), hold.overLimitResult(), hold.unexplainedResult());
                }
                case PERCENTILES -> ((Percentiles) accumulator).all();
            };
        }
    }

    /**
     * An accumulator fed only the interactions a filter lets through and read as one or more values.
     * Combining checks the wrapped accumulators' own variants.
     */
    private static final class Reading<A extends KpiAccumulator<Interaction, A>>
            implements KpiAccumulator<Interaction, Reading<A>>, KpiSet.MultiValued {
        private final A accumulator;
        private final Filter filter;
        private final Readout readout;

        Reading(A accumulator, Filter filter, Readout readout) {
            this.accumulator = accumulator;
            this.filter = filter;
            this.readout = readout;
        }

        @Override
        public void accept(Interaction interaction) {
            if (filter.test(interaction)) {
                accumulator.accept(interaction);
            }
        }

        @Override
        public Reading<A> combine(Reading<A> other) {
            accumulator.combine(other.accumulator);
            return this;
        }

        @Override
        public KpiValue result() {
            return accumulator.result();
        }

        @Override
        public List<KpiValue> results(KpiSet.ResultContext context) {
            return readout.read(accumulator);
        }
    }

    /**
     * CES on both scales: {@code effort-1-5}, and {@code ease-1-7} when anyone answered on it; the effort
     * value is left out only when nobody answered on it but someone did on the ease scale.
     */
    private static final class EffortScores implements KpiAccumulator<Interaction, EffortScores>, KpiSet.MultiValued {
        private final CustomerEffortScore effort = CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE);
        private final CustomerEffortScore ease = CustomerEffortScore.create(CesScale.EASE_ONE_TO_SEVEN);

        @Override
        public void accept(Interaction interaction) {
            Feedback feedback = interaction.feedback();
            CesScore score = feedback == null ? null : feedback.ces();
            if (score != null) {
                (score.scale() == CesScale.EFFORT_ONE_TO_FIVE ? effort : ease).acceptScore(score);
            }
        }

        @Override
        public EffortScores combine(EffortScores other) {
            effort.combine(other.effort);
            ease.combine(other.ease);
            return this;
        }

        @Override
        public KpiValue result() {
            return results(KpiSet.ResultContext.NONE).get(0);
        }

        @Override
        public List<KpiValue> results(KpiSet.ResultContext context) {
            KpiValue effortValue = effort.result();
            KpiValue easeValue = ease.result();
            List<KpiValue> values = new ArrayList<>(2);
            if (!effortValue.isEmpty() || easeValue.isEmpty()) {
                values.add(effortValue);
            }
            if (!easeValue.isEmpty()) {
                values.add(easeValue);
            }
            return values;
        }
    }

    /** First reply p90 over all channels, p90 over chat and social ({@code chat-social}), then p50 and p99. */
    private static final class FirstReplies implements KpiAccumulator<Interaction, FirstReplies>, KpiSet.MultiValued {
        private final Percentiles all = Percentiles.create(PercentileMeasure.FIRST_REPLY);
        private final Percentiles chatSocial = Percentiles.create(PercentileMeasure.FIRST_REPLY);

        @Override
        public void accept(Interaction interaction) {
            all.accept(interaction);
            if (CHAT_SOCIAL.contains(interaction.channel())) {
                chatSocial.accept(interaction);
            }
        }

        @Override
        public FirstReplies combine(FirstReplies other) {
            all.combine(other.all);
            chatSocial.combine(other.chatSocial);
            return this;
        }

        @Override
        public KpiValue result() {
            return all.p90();
        }

        @Override
        public List<KpiValue> results(KpiSet.ResultContext context) {
            return List.of(all.p90(), withVariant(chatSocial.p90(), "chat-social"), all.p50(), all.p99());
        }
    }

    /**
     * Promises kept (with grace), judged at the as-of instant over promises due from the start of the
     * data; the promises are kept until then.
     */
    private static final class PromisesKept implements KpiAccumulator<Interaction, PromisesKept>, KpiSet.MultiValued {
        private final List<Promise> promises = new ArrayList<>();

        @Override
        public void accept(Interaction interaction) {
            promises.addAll(interaction.promises());
        }

        @Override
        public PromisesKept combine(PromisesKept other) {
            promises.addAll(other.promises);
            return this;
        }

        @Override
        public KpiValue result() {
            return results(KpiSet.ResultContext.NONE).get(0);
        }

        @Override
        public List<KpiValue> results(KpiSet.ResultContext context) {
            Instant asOf = context.asOf();
            Instant from = context.firstQueued();
            if (asOf == null || from == null || !asOf.isAfter(from)) {
                return List.of(KpiValue.empty(PromiseKeptRate.ID, "with-grace", 0, KpiUnit.RATIO));
            }
            PromiseKeptRate rate = PromiseKeptRate.create(PromiseKeptVariant.withGrace(from, asOf, asOf));
            promises.forEach(rate);
            return List.of(rate.result());
        }
    }

    /** Feedback closure time and the share closed within the limit, judged at the as-of instant. */
    private static final class FeedbackLoops implements KpiAccumulator<Interaction, FeedbackLoops>, KpiSet.MultiValued {
        private final Duration within;
        private final List<Feedback> surveys = new ArrayList<>();

        FeedbackLoops(Duration within) {
            this.within = within;
        }

        @Override
        public void accept(Interaction interaction) {
            Feedback feedback = interaction.feedback();
            if (feedback != null) {
                surveys.add(feedback);
            }
        }

        @Override
        public FeedbackLoops combine(FeedbackLoops other) {
            surveys.addAll(other.surveys);
            return this;
        }

        @Override
        public KpiValue result() {
            return results(KpiSet.ResultContext.NONE).get(0);
        }

        @Override
        public List<KpiValue> results(KpiSet.ResultContext context) {
            Instant asOf = context.asOf();
            FeedbackClosure closure = FeedbackClosure.create(asOf == null ? Instant.EPOCH : asOf, within);
            if (asOf != null) {
                surveys.forEach(closure::acceptFeedback);
            }
            return List.of(closure.result(), closure.closedWithinResult());
        }
    }

    /**
     * The windows and thresholds of {@link StandardKpis}. Immutable; build with {@link #builder()}.
     *
     * @param repeatWindow the repeat-contact window and scope (default per issue, 7 days); also FCR's
     *        variant unless {@code fcr} is set to another
     * @param serviceLevelThreshold service-level threshold T (default 20 s)
     * @param shortAbandon short-abandon threshold for service level and abandonment (default 5 s)
     * @param holdLimit the hold length counted as "over the limit" (default 5 min)
     * @param feedbackWithin high-priority feedback must be closed within this (default 14 days)
     * @param asOf the instant to judge promises and feedback at, or {@code null} for the end of the data
     * @param fcr how FCR is measured: the repeat window (default), {@link FcrVariant#ticket()} or
     *        {@link FcrVariant#survey()}
     * @param csat how CSAT is summarised (default {@link CsatVariant#topBox()})
     * @param censorAtAsOf whether the repeat-window FCR is judged at the as-of instant (without one, at
     *        the latest {@code queuedAt}): first contacts whose window runs past it are left out and
     *        counted, contacts queued after it ignored
     *        (default {@code false} for the library, so a running or streaming total is unchanged;
     *        {@code cx kpi} turns it on)
     */
    public record Config(FcrVariant.RepeatWindow repeatWindow, Duration serviceLevelThreshold, Duration shortAbandon,
            Duration holdLimit, Duration feedbackWithin, @Nullable Instant asOf, FcrVariant fcr, CsatVariant csat,
            boolean censorAtAsOf) {

        /** Validates the durations. */
        public Config {
            Checks.notNull(repeatWindow, "repeatWindow");
            Checks.nonNegative(serviceLevelThreshold, "serviceLevelThreshold", "standard KPI config");
            Checks.nonNegative(shortAbandon, "shortAbandon", "standard KPI config");
            Checks.nonNegative(holdLimit, "holdLimit", "standard KPI config");
            Checks.nonNegative(feedbackWithin, "feedbackWithin", "standard KPI config");
            Checks.notNull(fcr, "fcr");
            Checks.notNull(csat, "csat");
            if (shortAbandon.compareTo(serviceLevelThreshold) > 0) {
                throw new IllegalArgumentException("The shortAbandon (" + shortAbandon
                        + ") is longer than the serviceLevelThreshold (" + serviceLevelThreshold + ").");
            }
        }

        /**
         * The defaults: per-issue FCR over 7 days, not censored, top-box CSAT, T = 20 s, short abandon
         * 5 s, hold limit 5 min, feedback within 14 days, judged at the end of the data.
         *
         * @return the default configuration
         */
        public static Config ofDefaults() {
            return builder().build();
        }

        /**
         * Starts a builder with the defaults.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding this configuration.
         *
         * @return a builder
         */
        public Builder toBuilder() {
            Builder builder = new Builder();
            builder.repeatWindow = repeatWindow;
            builder.serviceLevelThreshold = serviceLevelThreshold;
            builder.shortAbandon = shortAbandon;
            builder.holdLimit = holdLimit;
            builder.feedbackWithin = feedbackWithin;
            builder.asOf = asOf;
            builder.fcr = fcr.equals(repeatWindow) ? null : fcr;
            builder.csat = csat;
            builder.censorAtAsOf = censorAtAsOf;
            return builder;
        }

        /** The service-level settings: threshold T and short abandon, formula 3, short abandons kept. */
        ServiceLevelConfig serviceLevelConfig() {
            return ServiceLevelConfig.builder().threshold(serviceLevelThreshold).shortAbandon(shortAbandon).build();
        }

        /** Builds a {@link Config}; not thread-safe. */
        public static final class Builder {
            private FcrVariant.RepeatWindow repeatWindow = FcrVariant.ofDefaults();
            private Duration serviceLevelThreshold = ServiceLevelConfig.DEFAULT_THRESHOLD;
            private Duration shortAbandon = ServiceLevelConfig.DEFAULT_SHORT_ABANDON;
            private Duration holdLimit = HoldTime.DEFAULT_LIMIT;
            private Duration feedbackWithin = FeedbackClosure.DEFAULT_WITHIN;
            private @Nullable Instant asOf;
            /** The FCR variant, or {@code null} for the repeat window. */
            private @Nullable FcrVariant fcr;
            private CsatVariant csat = CsatVariant.topBox();
            private boolean censorAtAsOf;

            private Builder() {
            }

            /**
             * Sets the repeat-contact window and scope, which FCR also uses unless {@link #fcr} chose
             * another variant.
             *
             * @param value for example {@code FcrVariant.repeatWithin(Duration.ofDays(3), RepeatScope.PER_CUSTOMER)}
             * @return this builder
             */
            public Builder repeatWindow(FcrVariant.RepeatWindow value) {
                this.repeatWindow = Checks.notNull(value, "repeatWindow");
                return this;
            }

            /**
             * Sets how FCR is measured; a {@link FcrVariant.RepeatWindow} here also becomes the
             * repeat-contact window.
             *
             * @param value {@link FcrVariant#ticket()}, {@link FcrVariant#survey()} or a repeat window
             * @return this builder
             */
            public Builder fcr(FcrVariant value) {
                Checks.notNull(value, "fcr");
                if (value instanceof FcrVariant.RepeatWindow window) {
                    this.repeatWindow = window;
                    this.fcr = null;
                } else {
                    this.fcr = value;
                }
                return this;
            }

            /**
             * Sets how CSAT is summarised.
             *
             * @param value {@link CsatVariant#topBox()} (the default) or {@link CsatVariant#mean}
             * @return this builder
             */
            public Builder csat(CsatVariant value) {
                this.csat = Checks.notNull(value, "csat");
                return this;
            }

            /**
             * Sets the service-level threshold T.
             *
             * @param value for example 20 s
             * @return this builder
             */
            public Builder serviceLevelThreshold(Duration value) {
                this.serviceLevelThreshold = Checks.notNull(value, "serviceLevelThreshold");
                return this;
            }

            /**
             * Sets the short-abandon threshold.
             *
             * @param value for example 5 s
             * @return this builder
             */
            public Builder shortAbandon(Duration value) {
                this.shortAbandon = Checks.notNull(value, "shortAbandon");
                return this;
            }

            /**
             * Sets the hold length counted as over the limit.
             *
             * @param value for example 5 min
             * @return this builder
             */
            public Builder holdLimit(Duration value) {
                this.holdLimit = Checks.notNull(value, "holdLimit");
                return this;
            }

            /**
             * Sets how soon high-priority feedback must be closed.
             *
             * @param value for example 14 days
             * @return this builder
             */
            public Builder feedbackWithin(Duration value) {
                this.feedbackWithin = Checks.notNull(value, "feedbackWithin");
                return this;
            }

            /**
             * Sets the instant promises and feedback are judged at.
             *
             * @param value the instant, or {@code null} for the end of the data
             * @return this builder
             */
            public Builder asOf(@Nullable Instant value) {
                this.asOf = value;
                return this;
            }

            /**
             * Sets whether the repeat-window FCR is judged at the as-of instant (the latest
             * {@code queuedAt} unless {@link #asOf} is set): first contacts whose window runs past it
             * are left out and counted in {@link FcrCounts#censored()}.
             *
             * @param value {@code true} to censor; the default is {@code false}
             * @return this builder
             */
            public Builder censorAtAsOf(boolean value) {
                this.censorAtAsOf = value;
                return this;
            }

            /**
             * Builds the configuration.
             *
             * @return the configuration
             * @throws IllegalArgumentException if a duration is negative or the short abandon exceeds T
             */
            public Config build() {
                return new Config(repeatWindow, serviceLevelThreshold, shortAbandon, holdLimit, feedbackWithin, asOf,
                        fcr != null ? fcr : repeatWindow, csat, censorAtAsOf);
            }
        }
    }
}
