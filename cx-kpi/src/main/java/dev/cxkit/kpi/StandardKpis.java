package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.cxkit.core.Agent;
import dev.cxkit.core.CesScale;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Promise;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The standard KPI set of a contact centre in one pass: everything {@code cx kpi} prints
 * (FORMATS.md §4) and everything the default {@link Scorecard} judges. Feed interactions (and,
 * for attrition and tenure, the agent roster), combine shards, then read {@link #results()}.
 *
 * <p>Results, in order: {@code cx.kpi.fcr} and {@code cx.kpi.repeat_contact} (the configured
 * {@link FcrVariant.RepeatWindow}); {@code cx.kpi.csat} (top box); {@code cx.kpi.ces} (one value per
 * scale present: {@code effort-1-5}, {@code ease-1-7}); {@code cx.kpi.nps}; {@code cx.kpi.aht};
 * {@code cx.kpi.asa}, {@code cx.kpi.service_level} {@code formula1} … {@code formula5},
 * {@code cx.kpi.abandonment} and the queue-wait percentiles over <em>live</em> channels only
 * ({@link Channel#isLive()}: phone and chat, the queues a threshold T applies to; an e-mail's "wait"
 * is its reply time, measured by first reply); {@code cx.kpi.hold.mean}, {@code .over_limit},
 * {@code .unexplained}; {@code cx.kpi.transfer}; {@code cx.kpi.escalation};
 * {@code cx.kpi.promise_kept} (with grace); {@code cx.kpi.first_reply.p90} over all channels and,
 * variant {@code chat-social}, over chat and social only; p50/p90/p99 of queue wait (live), handle time
 * and first reply; {@code cx.kpi.feedback.closure_time} and {@code cx.kpi.feedback.closed_within};
 * {@code cx.kpi.attrition} and {@code cx.kpi.tenure} when agents were given. Customer churn needs
 * customer membership, which interactions do not carry: use {@link Churn} directly.
 *
 * <p>"As of": promise-kept and feedback-closure figures are judged at {@link Config#asOf()}, or,
 * when it is not set, at the latest {@code endedAt} seen (the end of the data). To allow that, the
 * promises, surveys and agents are kept until {@link #results()}: roughly 100–200 bytes per promise
 * and per survey. Everything else is constant memory apart from repeat detection (see
 * {@link FirstContactResolution}). The attrition period is the UTC days from the first
 * {@code queuedAt} to the as-of instant.
 *
 * <p>For figures per channel, team, tier, agent, reason or week use {@link KpiSet}, which groups any
 * accumulator.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class StandardKpis {

    private static final Set<Channel> CHAT_SOCIAL = Set.of(Channel.CHAT, Channel.SOCIAL);

    private final Config config;
    private final FirstContactResolution fcr;
    private final RepeatContactRate repeat;
    private final CustomerSatisfaction csat = CustomerSatisfaction.create(CsatVariant.topBox());
    private final CustomerEffortScore cesEffort = CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE);
    private final CustomerEffortScore cesEase = CustomerEffortScore.create(CesScale.EASE_ONE_TO_SEVEN);
    private final NetPromoterScore nps = NetPromoterScore.create();
    private final AverageHandleTime aht = AverageHandleTime.create();
    private final AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.create();
    private final ServiceLevel serviceLevel;
    private final Abandonment abandonment;
    private final HoldTime hold;
    private final TransferRate transfer = TransferRate.create();
    private final EscalationRate escalation = EscalationRate.create();
    private final Percentiles wait = Percentiles.create(PercentileMeasure.QUEUE_WAIT);
    private final Percentiles handle = Percentiles.create(PercentileMeasure.HANDLE_TIME);
    private final Percentiles firstReply = Percentiles.create(PercentileMeasure.FIRST_REPLY);
    private final Percentiles firstReplyChatSocial = Percentiles.create(PercentileMeasure.FIRST_REPLY);
    private final List<Promise> promises = new ArrayList<>();
    private final List<Feedback> surveys = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private @Nullable Instant firstQueued;
    private @Nullable Instant lastEnded;

    private StandardKpis(Config config) {
        this.config = config;
        this.fcr = FirstContactResolution.create(config.repeatWindow());
        this.repeat = RepeatContactRate.create(config.repeatWindow());
        this.serviceLevel = ServiceLevel.create(ServiceLevelConfig.builder().threshold(config.serviceLevelThreshold())
                .shortAbandon(config.shortAbandon()).build());
        this.abandonment = Abandonment.create(config.shortAbandon());
        this.hold = HoldTime.create(config.holdLimit());
    }

    /**
     * Creates an empty set with a configuration.
     *
     * @param config windows, thresholds and the as-of instant
     * @return the set
     */
    public static StandardKpis create(Config config) {
        return new StandardKpis(Checks.notNull(config, "config"));
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
     * Adds one interaction to every KPI it concerns.
     *
     * @param interaction the interaction
     */
    public void accept(Interaction interaction) {
        fcr.accept(interaction);
        repeat.accept(interaction);
        csat.accept(interaction);
        nps.accept(interaction);
        aht.accept(interaction);
        if (interaction.channel().isLive()) {
            asa.accept(interaction);
            serviceLevel.accept(interaction);
            abandonment.accept(interaction);
            wait.accept(interaction);
        }
        hold.accept(interaction);
        transfer.accept(interaction);
        escalation.accept(interaction);
        handle.accept(interaction);
        firstReply.accept(interaction);
        if (CHAT_SOCIAL.contains(interaction.channel())) {
            firstReplyChatSocial.accept(interaction);
        }
        Feedback feedback = interaction.feedback();
        if (feedback != null) {
            if (feedback.ces() != null) {
                (feedback.ces().scale() == CesScale.EFFORT_ONE_TO_FIVE ? cesEffort : cesEase).acceptScore(feedback.ces());
            }
            surveys.add(feedback);
        }
        promises.addAll(interaction.promises());
        if (firstQueued == null || interaction.queuedAt().isBefore(firstQueued)) {
            firstQueued = interaction.queuedAt();
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
     * Merges another set with the same configuration into this one.
     *
     * @param other the other set; left unchanged
     * @return this set
     * @throws IllegalArgumentException if the configurations differ
     */
    public StandardKpis combine(StandardKpis other) {
        if (!config.equals(other.config)) {
            throw new IllegalArgumentException("Cannot combine standard KPI sets with different configurations: "
                    + config + " and " + other.config + ".");
        }
        fcr.combine(other.fcr);
        repeat.combine(other.repeat);
        csat.combine(other.csat);
        cesEffort.combine(other.cesEffort);
        cesEase.combine(other.cesEase);
        nps.combine(other.nps);
        aht.combine(other.aht);
        asa.combine(other.asa);
        serviceLevel.combine(other.serviceLevel);
        abandonment.combine(other.abandonment);
        hold.combine(other.hold);
        transfer.combine(other.transfer);
        escalation.combine(other.escalation);
        wait.combine(other.wait);
        handle.combine(other.handle);
        firstReply.combine(other.firstReply);
        firstReplyChatSocial.combine(other.firstReplyChatSocial);
        promises.addAll(other.promises);
        surveys.addAll(other.surveys);
        agents.addAll(other.agents);
        if (other.firstQueued != null && (firstQueued == null || other.firstQueued.isBefore(firstQueued))) {
            firstQueued = other.firstQueued;
        }
        if (other.lastEnded != null && (lastEnded == null || other.lastEnded.isAfter(lastEnded))) {
            lastEnded = other.lastEnded;
        }
        return this;
    }

    /**
     * The instant promise-kept and feedback-closure figures are judged at.
     *
     * @return {@link Config#asOf()} if set, else the latest {@code endedAt} seen, else {@code null} with no data
     */
    public @Nullable Instant asOf() {
        return config.asOf() != null ? config.asOf() : lastEnded;
    }

    /**
     * All KPI values, in the order given in the class description. Values with nothing to measure
     * are present and empty, never left out (except the CES scale that no answer used and attrition
     * without agents).
     *
     * @return the values
     */
    public List<KpiValue> results() {
        List<KpiValue> values = new ArrayList<>();
        values.add(fcr.result());
        values.add(repeat.result());
        values.add(csat.result());
        KpiValue effort = cesEffort.result();
        KpiValue ease = cesEase.result();
        if (!effort.isEmpty() || ease.isEmpty()) {
            values.add(effort);
        }
        if (!ease.isEmpty()) {
            values.add(ease);
        }
        values.add(nps.result());
        values.add(aht.result());
        values.add(asa.result());
        for (ServiceLevelFormula formula : ServiceLevelFormula.values()) {
            values.add(serviceLevel.result(formula));
        }
        values.add(abandonment.result());
        values.add(hold.result());
        values.add(hold.overLimitResult());
        values.add(hold.unexplainedResult());
        values.add(transfer.result());
        values.add(escalation.result());
        values.add(promiseKept());
        values.add(firstReply.p90());
        values.add(withVariant(firstReplyChatSocial.p90(), "chat-social"));
        values.add(firstReply.p50());
        values.add(firstReply.p99());
        values.addAll(wait.all());
        values.addAll(handle.all());
        values.addAll(feedbackClosure());
        values.addAll(workforce());
        return List.copyOf(values);
    }

    private KpiValue promiseKept() {
        Instant asOf = asOf();
        if (asOf == null || firstQueued == null || !asOf.isAfter(firstQueued)) {
            return KpiValue.empty(PromiseKeptRate.ID, "with-grace", 0, KpiUnit.RATIO);
        }
        PromiseKeptRate rate = PromiseKeptRate.create(PromiseKeptVariant.withGrace(firstQueued, asOf, asOf));
        promises.forEach(rate);
        return rate.result();
    }

    private List<KpiValue> feedbackClosure() {
        Instant asOf = asOf();
        FeedbackClosure closure = FeedbackClosure.create(asOf == null ? Instant.EPOCH : asOf, config.feedbackWithin());
        if (asOf != null) {
            surveys.forEach(closure::acceptFeedback);
        }
        return List.of(closure.result(), closure.closedWithinResult());
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

    /**
     * The windows and thresholds of {@link StandardKpis}. Immutable; build with {@link #builder()}.
     *
     * @param repeatWindow FCR and repeat-contact window and scope (default per issue, 7 days)
     * @param serviceLevelThreshold service-level threshold T (default 20 s)
     * @param shortAbandon short-abandon threshold for service level and abandonment (default 5 s)
     * @param holdLimit the hold length counted as "over the limit" (default 5 min)
     * @param feedbackWithin high-priority feedback must be closed within this (default 14 days)
     * @param asOf the instant to judge promises and feedback at, or {@code null} for the end of the data
     */
    public record Config(FcrVariant.RepeatWindow repeatWindow, Duration serviceLevelThreshold, Duration shortAbandon,
            Duration holdLimit, Duration feedbackWithin, @Nullable Instant asOf) {

        /** Validates the durations. */
        public Config {
            Checks.notNull(repeatWindow, "repeatWindow");
            Checks.nonNegative(serviceLevelThreshold, "serviceLevelThreshold", "standard KPI config");
            Checks.nonNegative(shortAbandon, "shortAbandon", "standard KPI config");
            Checks.nonNegative(holdLimit, "holdLimit", "standard KPI config");
            Checks.nonNegative(feedbackWithin, "feedbackWithin", "standard KPI config");
            if (shortAbandon.compareTo(serviceLevelThreshold) > 0) {
                throw new IllegalArgumentException("The shortAbandon (" + shortAbandon
                        + ") is longer than the serviceLevelThreshold (" + serviceLevelThreshold + ").");
            }
        }

        /**
         * The defaults: per-issue FCR over 7 days, T = 20 s, short abandon 5 s, hold limit 5 min,
         * feedback within 14 days, judged at the end of the data.
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
            return builder;
        }

        /** Builds a {@link Config}; not thread-safe. */
        public static final class Builder {
            private FcrVariant.RepeatWindow repeatWindow = FcrVariant.ofDefaults();
            private Duration serviceLevelThreshold = ServiceLevelConfig.DEFAULT_THRESHOLD;
            private Duration shortAbandon = ServiceLevelConfig.DEFAULT_SHORT_ABANDON;
            private Duration holdLimit = HoldTime.DEFAULT_LIMIT;
            private Duration feedbackWithin = FeedbackClosure.DEFAULT_WITHIN;
            private @Nullable Instant asOf;

            private Builder() {
            }

            /**
             * Sets the FCR and repeat-contact window and scope.
             *
             * @param value for example {@code FcrVariant.repeatWithin(Duration.ofDays(3), RepeatScope.PER_CUSTOMER)}
             * @return this builder
             */
            public Builder repeatWindow(FcrVariant.RepeatWindow value) {
                this.repeatWindow = Checks.notNull(value, "repeatWindow");
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
             * Builds the configuration.
             *
             * @return the configuration
             * @throws IllegalArgumentException if a duration is negative or the short abandon exceeds T
             */
            public Config build() {
                return new Config(repeatWindow, serviceLevelThreshold, shortAbandon, holdLimit, feedbackWithin, asOf);
            }
        }
    }
}
