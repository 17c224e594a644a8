package dev.cxkit.synthetic;

import dev.cxkit.core.AuthorityLimits;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Everything the synthetic contact centre needs: period, opening hours, volumes, channel and reason
 * mix, staffing, customers, mistake rates, spikes, training gaps and near misses. Immutable and
 * thread-safe; create one with {@link #ofDefaults()} or {@link #builder()}, change one with
 * {@link #toBuilder()}.
 *
 * <p>Besides the period (seed, start, days, calendar), the teams and the authority limits, the
 * settings come in three groups that follow the generator's concerns: {@link #demand()} (who contacts
 * the centre, how often and why), {@link #staffing()} (who answers) and {@link #behaviour()} (what goes
 * wrong, or nearly, and what follows a contact). The builder stays flat: one setter per setting.
 *
 * <p>Defaults describe a mid-size contact centre: 2 000 contacts on an average day (about 60 000 a
 * month), phone 42 %, chat 24 %, e-mail 18 %, social 4 %, messaging 4 %, self-service 8 % (bot sessions, issue 22);
 * 60 T1, 20 T2 and 6 T3 agents in the teams named by the reasons (billing, orders, tech, account);
 * Europe/Berlin, open Monday–Friday 08:00–20:00 and Saturday 09:00–14:00; 35 days from Monday
 * 2026-03-02; one spike of {@code orders.late-delivery} (× 3) in week 4; two training-gap agents.
 *
 * <p>Mistake rates ({@link Behaviour#mistakeRates()}) are probabilities per handled (answered) contact for
 * contact codes — holds on phone contacts only, SLOW_FIRST_REPLY on phone, chat, social and e-mail
 * contacts (live ones may then be abandoned), BOT_DEAD_END per failed (abandoned or looped) self-service
 * session whose offer of a person is recorded — and per case for REOPENED_CASE and, among cases that
 * need a follow-up, NO_FOLLOW_UP. REPEAT_CONTACT, ESCALATION_PATTERN and CONTACT_REASON_SPIKE are
 * patterns, not per-contact rates: they come from {@link Demand#repeatContactProbability()},
 * {@link Staffing#trainingGapAgents()} and {@link Demand#spikes()}. Realised label counts differ from the rates
 * because labels are computed from the data (for example social messages arriving at night are
 * answered late, and coincidental repeats are labelled too).
 */
public final class GeneratorConfig {

    /**
     * The demand: how many customers there are and how they contact the centre. Part of a
     * {@link GeneratorConfig}; the builder's setters ({@link Builder#contactsPerDay(int)} and the rest)
     * check each value, so read it from {@link GeneratorConfig#demand()}. Immutable.
     *
     * @param contactsPerDay contacts on an average day (before repeats, follow-ups and spikes)
     * @param channelMix the share of each channel, summing to 1
     * @param reasons the contact reasons with their weights
     * @param customers the size of the customer base
     * @param vipShare the share of VIP customers
     * @param repeatContactProbability the probability that a contact is followed by a contact of the same
     *     customer and reason within days (the REPEAT_CONTACT pattern)
     * @param spikes the planned spikes (the CONTACT_REASON_SPIKE pattern)
     */
    public record Demand(int contactsPerDay, Map<Channel, Double> channelMix, List<ReasonWeight> reasons, int customers,
            double vipShare, double repeatContactProbability, List<Spike> spikes) {

        /** Copies the collections; the ranges are the builder's to check. */
        public Demand {
            channelMix = Collections.unmodifiableMap(new EnumMap<>(Checks.notNull(channelMix, "channelMix")));
            reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
            spikes = List.copyOf(Checks.notNull(spikes, "spikes"));
        }
    }

    /**
     * The staffing: agents per tier, attrition and how often agents escalate. Part of a
     * {@link GeneratorConfig}; the builder's setters check each value. Immutable.
     *
     * @param agentsPerTier the number of agents per tier at the start; leavers are replaced
     * @param attritionPerYear the yearly share of agents who leave (replaced by new hires)
     * @param escalationProbability the mean escalation rate of T1 and T2 agents without a training gap
     * @param trainingGapAgents how many T1 agents (one per team, in team order) have a training gap (the
     *     ESCALATION_PATTERN pattern)
     * @param trainingGapEscalationRate the escalation rate of the training-gap agents
     */
    public record Staffing(Map<Tier, Integer> agentsPerTier, double attritionPerYear, double escalationProbability,
            int trainingGapAgents, double trainingGapEscalationRate) {

        /** Copies the map; the ranges are the builder's to check. */
        public Staffing {
            agentsPerTier = Collections.unmodifiableMap(new EnumMap<>(Checks.notNull(agentsPerTier, "agentsPerTier")));
        }
    }

    /**
     * What happens in and after a handled contact: the injected mistakes, the deliberate near misses,
     * cases and surveys. Part of a {@link GeneratorConfig}; the builder's setters check each value.
     * Immutable.
     *
     * @param mistakeRates the injection rate per contact or case code; see the class comment of
     *     {@link GeneratorConfig}
     * @param nearMissRate the probability per eligible contact of a deliberate, unlabelled near miss
     * @param caseProbability the probability that a handled contact opens a case
     * @param surveyProbability the probability that a handled contact gets survey feedback
     */
    public record Behaviour(Map<MistakeCode, Double> mistakeRates, double nearMissRate, double caseProbability,
            double surveyProbability) {

        /** Copies the map; the ranges are the builder's to check. */
        public Behaviour {
            mistakeRates = Collections.unmodifiableMap(new EnumMap<>(Checks.notNull(mistakeRates, "mistakeRates")));
        }

        /**
         * The injection rate of one code.
         *
         * @param code a code in {@link #mistakeRates()}
         * @return the rate, 0 for the pattern codes
         */
        public double mistakeRate(MistakeCode code) {
            return mistakeRates.getOrDefault(code, 0.0);
        }
    }

    private final long seed;
    private final LocalDate startDate;
    private final int days;
    private final BusinessCalendar calendar;
    private final List<TeamId> teams;
    private final AuthorityLimits authorityLimits;
    private final Demand demand;
    private final Staffing staffing;
    private final Behaviour behaviour;

    private GeneratorConfig(Builder b, BusinessCalendar calendar, List<TeamId> teams) {
        this.seed = b.seed;
        this.startDate = b.startDate;
        this.days = b.days;
        this.calendar = calendar;
        this.teams = List.copyOf(teams);
        this.authorityLimits = b.authorityLimits;
        this.demand = new Demand(b.contactsPerDay, b.channelMix, b.reasons, b.customers, b.vipShare,
                b.repeatContactProbability, b.spikes);
        this.staffing = new Staffing(b.agentsPerTier, b.attritionPerYear, b.escalationProbability, b.trainingGapAgents,
                b.trainingGapEscalationRate);
        this.behaviour = new Behaviour(b.mistakeRates, b.nearMissRate, b.caseProbability, b.surveyProbability);
    }

    /**
     * The default configuration described in the class comment.
     *
     * @return the defaults
     */
    public static GeneratorConfig ofDefaults() {
        return builder().build();
    }

    /**
     * A builder pre-filled with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with this configuration.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.seed = seed;
        b.startDate = startDate;
        b.days = days;
        b.calendar = calendar;
        b.zone = calendar.zone();
        b.authorityLimits = authorityLimits;
        b.contactsPerDay = demand.contactsPerDay();
        b.channelMix = new EnumMap<>(demand.channelMix());
        b.reasons = new ArrayList<>(demand.reasons());
        b.customers = demand.customers();
        b.vipShare = demand.vipShare();
        b.repeatContactProbability = demand.repeatContactProbability();
        b.spikes = new ArrayList<>(demand.spikes());
        b.agentsPerTier = new EnumMap<>(staffing.agentsPerTier());
        b.attritionPerYear = staffing.attritionPerYear();
        b.escalationProbability = staffing.escalationProbability();
        b.trainingGapAgents = staffing.trainingGapAgents();
        b.trainingGapEscalationRate = staffing.trainingGapEscalationRate();
        b.mistakeRates = new EnumMap<>(behaviour.mistakeRates());
        b.nearMissRate = behaviour.nearMissRate();
        b.caseProbability = behaviour.caseProbability();
        b.surveyProbability = behaviour.surveyProbability();
        return b;
    }

    /**
     * The seed setting.
     *
     * @return the seed of all random choices
     */
    public long seed() {
        return seed;
    }

    /**
     * The start date setting.
     *
     * @return the first day of the period, in the calendar's zone
     */
    public LocalDate startDate() {
        return startDate;
    }

    /**
     * The days setting.
     *
     * @return the number of days generated
     */
    public int days() {
        return days;
    }

    /**
     * The zone setting.
     *
     * @return the zone of the calendar
     */
    public ZoneId zone() {
        return calendar.zone();
    }

    /**
     * The calendar setting.
     *
     * @return the opening hours; live channels (phone, chat, self-service handover) arrive only when open
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The teams, taken from the reasons.
     *
     * @return the teams, in order of first appearance in the demand's {@link Demand#reasons()}
     */
    public List<TeamId> teams() {
        return teams;
    }

    /**
     * The authority limits setting.
     *
     * @return the authority matrix for grants
     */
    public AuthorityLimits authorityLimits() {
        return authorityLimits;
    }

    /**
     * The demand: volume, channel and reason mix, customers, repeats and spikes.
     *
     * @return the demand settings
     */
    public Demand demand() {
        return demand;
    }

    /**
     * The staffing: agents per tier, attrition, escalation rates and training gaps.
     *
     * @return the staffing settings
     */
    public Staffing staffing() {
        return staffing;
    }

    /**
     * What happens in and after handled contacts: mistake rates, near misses, cases and surveys.
     *
     * @return the behaviour settings
     */
    public Behaviour behaviour() {
        return behaviour;
    }

    /**
     * The first instant of the period.
     *
     * @return the start of {@link #startDate()} in the zone
     */
    public Instant periodStart() {
        return startDate.atStartOfDay(zone()).toInstant();
    }

    /**
     * The end of the period, exclusive, and the instant the generated data is an export of: nothing in
     * the data happens at or after it (a contact still going on then is left out, promise fulfilments,
     * feedback and case events after it are not recorded), so the latest instant in the data is just
     * before it, and an audit or KPI judged at "the end of the data" judges what the truth labels judge.
     *
     * @return the start of {@code startDate + days} in the zone
     */
    public Instant periodEnd() {
        return startDate.plusDays(days).atStartOfDay(zone()).toInstant();
    }

    @Override
    public String toString() {
        return "GeneratorConfig[seed=" + seed + ", start=" + startDate + ", days=" + days + ", calendar=" + calendar
                + ", contactsPerDay=" + demand.contactsPerDay() + ", channelMix=" + demand.channelMix()
                + ", agents=" + staffing.agentsPerTier() + ", reasons=" + demand.reasons().size()
                + ", customers=" + demand.customers() + ", spikes=" + demand.spikes()
                + ", trainingGapAgents=" + staffing.trainingGapAgents() + ", nearMissRate=" + behaviour.nearMissRate() + "]";
    }

    /** Builds a {@link GeneratorConfig}; each setter validates its argument. Not thread-safe. */
    public static final class Builder {
        private long seed = 42L;
        private LocalDate startDate = LocalDate.of(2026, 3, 2);
        private int days = 35;
        private ZoneId zone = ZoneId.of("Europe/Berlin");
        private @Nullable BusinessCalendar calendar;
        private int contactsPerDay = 2_000;
        private Map<Channel, Double> channelMix = defaultMix();
        private Map<Tier, Integer> agentsPerTier = defaultAgents();
        private List<ReasonWeight> reasons = defaultReasons();
        private int customers = 150_000;
        private double vipShare = 0.05;
        private Map<MistakeCode, Double> mistakeRates = defaultRates();
        private double repeatContactProbability = 0.08;
        private double escalationProbability = 0.10;
        private double caseProbability = 0.20;
        private double surveyProbability = 0.15;
        private double attritionPerYear = 0.35;
        private List<Spike> spikes = new ArrayList<>(List.of(new Spike(ContactReason.of("orders.late-delivery"), 4, 3.0)));
        private int trainingGapAgents = 2;
        private double trainingGapEscalationRate = 0.40;
        private double nearMissRate = 0.03;
        private AuthorityLimits authorityLimits = AuthorityLimits.ofDefaults();

        private Builder() {
        }

        private static Map<Channel, Double> defaultMix() {
            Map<Channel, Double> mix = new EnumMap<>(Channel.class);
            mix.put(Channel.PHONE, 0.42);
            mix.put(Channel.CHAT, 0.24);
            mix.put(Channel.EMAIL, 0.18);
            mix.put(Channel.SOCIAL, 0.04);
            mix.put(Channel.MESSAGING, 0.04);
            mix.put(Channel.SELF_SERVICE, 0.08);
            return mix;
        }

        private static Map<Tier, Integer> defaultAgents() {
            Map<Tier, Integer> agents = new EnumMap<>(Tier.class);
            agents.put(Tier.T1, 60);
            agents.put(Tier.T2, 20);
            agents.put(Tier.T3, 6);
            return agents;
        }

        private static List<ReasonWeight> defaultReasons() {
            return new ArrayList<>(List.of(
                    ReasonWeight.of("billing.double-charge", 6), ReasonWeight.of("billing.invoice-question", 10),
                    ReasonWeight.of("billing.payment-failed", 7), ReasonWeight.of("billing.refund-status", 6),
                    ReasonWeight.of("orders.late-delivery", 9), ReasonWeight.of("orders.damaged-item", 5),
                    ReasonWeight.of("orders.return-request", 8), ReasonWeight.of("orders.wrong-item", 4),
                    ReasonWeight.of("tech.login", 9), ReasonWeight.of("tech.app-crash", 5),
                    ReasonWeight.of("tech.connectivity", 7), ReasonWeight.of("tech.setup-help", 6),
                    ReasonWeight.of("account.address-change", 5), ReasonWeight.of("account.cancellation", 4),
                    ReasonWeight.of("account.password-reset", 6), ReasonWeight.of("account.plan-change", 3)));
        }

        private static Map<MistakeCode, Double> defaultRates() {
            Map<MistakeCode, Double> rates = new EnumMap<>(MistakeCode.class);
            rates.put(MistakeCode.BROKEN_PROMISE, 0.04);
            rates.put(MistakeCode.HOLD_OVER_STATED, 0.06);
            rates.put(MistakeCode.LONG_HOLD, 0.04);
            rates.put(MistakeCode.UNEXPLAINED_HOLD, 0.05);
            rates.put(MistakeCode.SLOW_FIRST_REPLY, 0.07);
            rates.put(MistakeCode.COLD_TRANSFER, 0.04);
            rates.put(MistakeCode.MISSING_HANDOFF_SUMMARY, 0.04);
            rates.put(MistakeCode.CUSTOMER_REPEATED_INFO, 0.05);
            rates.put(MistakeCode.EMOTION_NOT_ACKNOWLEDGED, 0.05);
            rates.put(MistakeCode.FEEDBACK_LOOP_OPEN, 0.03);
            rates.put(MistakeCode.OVER_AUTHORITY, 0.03);
            rates.put(MistakeCode.REOPENED_CASE, 0.06);
            rates.put(MistakeCode.NO_FOLLOW_UP, 0.10);
            rates.put(MistakeCode.BOT_DEAD_END, 0.40);
            return rates;
        }

        private static double probability(double value, String field) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("The " + field + " (" + value + ") must be a probability in [0, 1].");
            }
            return value;
        }

        private static int atLeast(int value, int min, int max, String field) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("The " + field + " (" + value + ") must be in " + min + "–" + max + ".");
            }
            return value;
        }

        /**
         * Sets the seed.
         *
         * @param value the seed of all random choices
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the start date.
         *
         * @param value the first day, in the calendar's zone
         * @return this builder
         */
        public Builder startDate(LocalDate value) {
            this.startDate = Checks.notNull(value, "startDate");
            return this;
        }

        /**
         * Sets how many days to generate.
         *
         * @param value number of days, 1–36 500
         * @return this builder
         * @throws IllegalArgumentException outside that range
         */
        public Builder days(int value) {
            this.days = atLeast(value, 1, 36_500, "days");
            return this;
        }

        /**
         * Sets the zone; the default opening hours are then built in this zone. A calendar given with
         * {@link #calendar(BusinessCalendar)} must use the same zone.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            return this;
        }

        /**
         * Sets the calendar.
         *
         * @param value the opening hours (its zone must equal {@link #zone(ZoneId)} if that is set)
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = Checks.notNull(value, "calendar");
            this.zone = value.zone();
            return this;
        }

        /**
         * Sets the volume of an average day.
         *
         * @param value contacts on an average day, 1–1 000 000
         * @return this builder
         */
        public Builder contactsPerDay(int value) {
            this.contactsPerDay = atLeast(value, 1, 1_000_000, "contactsPerDay");
            return this;
        }

        /**
         * Sets the channel mix.
         *
         * @param value share per channel; absent channels get 0; the shares must sum to 1 (± 0.001)
         * @return this builder
         */
        public Builder channelMix(Map<Channel, Double> value) {
            Checks.notNull(value, "channelMix");
            Map<Channel, Double> mix = new EnumMap<>(Channel.class);
            double sum = 0;
            for (Channel channel : Channel.values()) {
                Double share = value.get(channel);
                double s = share == null ? 0.0 : probability(share, "share of " + channel);
                mix.put(channel, s);
                sum += s;
            }
            if (Math.abs(sum - 1.0) > 0.001) {
                throw new IllegalArgumentException("The channel shares sum to " + sum + ", not 1.\nMaybe give percentages as fractions (0.45, not 45)?");
            }
            this.channelMix = mix;
            return this;
        }

        /**
         * Sets the staffing per tier.
         *
         * @param value agents per tier; each 1–10 000 (every tier needs at least one agent)
         * @return this builder
         */
        public Builder agentsPerTier(Map<Tier, Integer> value) {
            Checks.notNull(value, "agentsPerTier");
            Map<Tier, Integer> agents = new EnumMap<>(Tier.class);
            for (Tier tier : Tier.values()) {
                Integer count = value.get(tier);
                if (count == null) {
                    throw new IllegalArgumentException("The agentsPerTier has no count for " + tier + ".");
                }
                agents.put(tier, atLeast(count, 1, 10_000, "number of " + tier + " agents"));
            }
            this.agentsPerTier = agents;
            return this;
        }

        /**
         * Sets the contact reasons; their key prefixes name the teams.
         *
         * @param value the reasons with weights; not empty, no duplicates
         * @return this builder
         */
        public Builder reasons(List<ReasonWeight> value) {
            Checks.notNull(value, "reasons");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("The reasons must not be empty.");
            }
            Set<String> keys = new TreeSet<>();
            for (ReasonWeight reason : value) {
                Checks.notNull(reason, "reason");
                if (!keys.add(reason.reason().key())) {
                    throw new IllegalArgumentException("The reason (" + reason.reason() + ") is listed twice.");
                }
            }
            this.reasons = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the customers.
         *
         * @param value size of the customer base, 1–100 000 000
         * @return this builder
         */
        public Builder customers(int value) {
            this.customers = atLeast(value, 1, 100_000_000, "customers");
            return this;
        }

        /**
         * Sets the vip share.
         *
         * @param value share of VIP customers in [0, 1]
         * @return this builder
         */
        public Builder vipShare(double value) {
            this.vipShare = probability(value, "vipShare");
            return this;
        }

        /**
         * Replaces the mistake rates; absent codes get 0.
         *
         * @param value probability per code in [0, 0.5]; REPEAT_CONTACT, ESCALATION_PATTERN and
         *     CONTACT_REASON_SPIKE are not allowed here (see the class comment)
         * @return this builder
         */
        public Builder mistakeRates(Map<MistakeCode, Double> value) {
            Checks.notNull(value, "mistakeRates");
            Map<MistakeCode, Double> rates = new EnumMap<>(MistakeCode.class);
            for (Map.Entry<MistakeCode, Double> entry : new EnumMap<>(value).entrySet()) {
                rates.put(entry.getKey(), checkRate(entry.getKey(), entry.getValue()));
            }
            this.mistakeRates = rates;
            return this;
        }

        /**
         * Sets one mistake rate.
         *
         * @param code a contact or case code
         * @param rate probability in [0, 0.5]
         * @return this builder
         */
        public Builder mistakeRate(MistakeCode code, double rate) {
            Checks.notNull(code, "code");
            mistakeRates.put(code, checkRate(code, rate));
            return this;
        }

        private static double checkRate(MistakeCode code, @Nullable Double rate) {
            Checks.notNull(code, "code");
            if (code == MistakeCode.REPEAT_CONTACT || code == MistakeCode.ESCALATION_PATTERN
                    || code == MistakeCode.CONTACT_REASON_SPIKE) {
                throw new IllegalArgumentException("The code " + code + " is a pattern, not a per-contact rate."
                        + "\nMaybe set repeatContactProbability, trainingGapAgents or spikes instead?");
            }
            Checks.notNull(rate, "rate of " + code);
            if (!(rate >= 0.0 && rate <= 0.5)) {
                throw new IllegalArgumentException("The rate of " + code + " (" + rate + ") must be in [0, 0.5].");
            }
            return rate;
        }

        /**
         * Sets the repeat contact probability.
         *
         * @param value probability in [0, 0.5] that a contact is repeated within days
         * @return this builder
         */
        public Builder repeatContactProbability(double value) {
            if (!(value >= 0.0 && value <= 0.5)) {
                throw new IllegalArgumentException("The repeatContactProbability (" + value + ") must be in [0, 0.5].");
            }
            this.repeatContactProbability = value;
            return this;
        }

        /**
         * Sets the escalation probability.
         *
         * @param value mean escalation rate of normal T1/T2 agents in [0, 0.3]
         * @return this builder
         */
        public Builder escalationProbability(double value) {
            if (!(value >= 0.0 && value <= 0.3)) {
                throw new IllegalArgumentException("The escalationProbability (" + value + ") must be in [0, 0.3].");
            }
            this.escalationProbability = value;
            return this;
        }

        /**
         * Sets the case probability.
         *
         * @param value probability in [0, 1] that a handled contact opens a case
         * @return this builder
         */
        public Builder caseProbability(double value) {
            this.caseProbability = probability(value, "caseProbability");
            return this;
        }

        /**
         * Sets the survey probability.
         *
         * @param value probability in [0, 1] that a handled contact gets feedback
         * @return this builder
         */
        public Builder surveyProbability(double value) {
            this.surveyProbability = probability(value, "surveyProbability");
            return this;
        }

        /**
         * Sets the attrition per year.
         *
         * @param value yearly share of agents leaving, in [0, 1]
         * @return this builder
         */
        public Builder attritionPerYear(double value) {
            this.attritionPerYear = probability(value, "attritionPerYear");
            return this;
        }

        /**
         * Sets the spikes.
         *
         * @param value the spikes, at most one per reason and week
         * @return this builder
         */
        public Builder spikes(List<Spike> value) {
            Checks.notNull(value, "spikes");
            value.forEach(s -> Checks.notNull(s, "spike"));
            this.spikes = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the training gap agents.
         *
         * @param value number of T1 agents with a training gap, 0–(number of teams)
         * @return this builder
         */
        public Builder trainingGapAgents(int value) {
            this.trainingGapAgents = atLeast(value, 0, 1_000, "trainingGapAgents");
            return this;
        }

        /**
         * Sets the training gap escalation rate.
         *
         * @param value escalation rate of training-gap agents in (0, 1]
         * @return this builder
         */
        public Builder trainingGapEscalationRate(double value) {
            if (!(value > 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("The trainingGapEscalationRate (" + value + ") must be in (0, 1].");
            }
            this.trainingGapEscalationRate = value;
            return this;
        }

        /**
         * Sets the near miss rate.
         *
         * @param value probability in [0, 0.2] of a near miss per eligible contact
         * @return this builder
         */
        public Builder nearMissRate(double value) {
            if (!(value >= 0.0 && value <= 0.2)) {
                throw new IllegalArgumentException("The nearMissRate (" + value + ") must be in [0, 0.2].");
            }
            this.nearMissRate = value;
            return this;
        }

        /**
         * Sets the authority limits.
         *
         * @param value the authority matrix
         * @return this builder
         */
        public Builder authorityLimits(AuthorityLimits value) {
            this.authorityLimits = Checks.notNull(value, "authorityLimits");
            return this;
        }

        /**
         * Builds the configuration after checking the cross-field rules: the calendar's zone, the
         * spikes' reasons and weeks, enough teams for the training-gap agents and a training-gap
         * rate well above the normal escalation rate.
         *
         * @return the configuration
         * @throws IllegalStateException naming the rule that failed
         */
        public GeneratorConfig build() {
            BusinessCalendar cal = calendar;
            if (cal == null) {
                cal = BusinessCalendar.builder(zone).weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0))
                        .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(14, 0)).build();
            } else if (!cal.zone().equals(zone)) {
                throw new IllegalStateException("The calendar's zone (" + cal.zone() + ") differs from the zone (" + zone + ").");
            }
            List<TeamId> teamList = new ArrayList<>();
            Set<String> reasonKeys = new TreeSet<>();
            for (ReasonWeight reason : reasons) {
                if (!teamList.contains(reason.team())) {
                    teamList.add(reason.team());
                }
                reasonKeys.add(reason.reason().key());
            }
            if (trainingGapAgents > teamList.size() || trainingGapAgents > agentsPerTier.get(Tier.T1) / 2) {
                throw new IllegalStateException("The trainingGapAgents (" + trainingGapAgents + ") must be at most the number of teams ("
                        + teamList.size() + ") and half the T1 agents (" + agentsPerTier.get(Tier.T1) + ").");
            }
            if (trainingGapAgents > 0 && trainingGapEscalationRate < 2.5 * escalationProbability) {
                throw new IllegalStateException("The trainingGapEscalationRate (" + trainingGapEscalationRate
                        + ") must be at least 2.5 × the escalationProbability (" + escalationProbability
                        + ") to stand out from peers.\nMaybe raise trainingGapEscalationRate?");
            }
            LocalDate firstMonday = startDate.with(DayOfWeek.MONDAY);
            LocalDate lastDay = startDate.plusDays(days - 1L);
            Set<String> seen = new TreeSet<>();
            for (Spike spike : spikes) {
                if (!reasonKeys.contains(spike.reason().key())) {
                    throw new IllegalStateException("The spike reason (" + spike.reason() + ") is not one of the reasons."
                            + "\nMaybe add it with reasons(...)?");
                }
                LocalDate monday = firstMonday.plusWeeks(spike.week());
                LocalDate firstFullMonday = startDate.getDayOfWeek() == DayOfWeek.MONDAY ? startDate : firstMonday.plusWeeks(1);
                long fullWeeksBefore = ChronoUnit.WEEKS.between(firstFullMonday, monday);
                if (monday.plusDays(6).isAfter(lastDay) || fullWeeksBefore < 4) {
                    throw new IllegalStateException("The spike of " + spike.reason() + " in week " + spike.week() + " (from " + monday
                            + ") needs the whole week and four complete weeks before it inside the period (" + startDate + " to "
                            + lastDay + ").\nMaybe raise days, or remove the spike with spikes(List.of())?");
                }
                String key = spike.reason().key() + "@" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/" + monday.getYear();
                if (!seen.add(key)) {
                    throw new IllegalStateException("Two spikes of " + spike.reason() + " in week " + spike.week() + ".");
                }
            }
            return new GeneratorConfig(this, cal, teamList);
        }
    }
}
