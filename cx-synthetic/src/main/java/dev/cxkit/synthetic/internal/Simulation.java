package dev.cxkit.synthetic.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

import dev.cxkit.core.Action;
import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.OpeningInterval;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Segment;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.synthetic.AuthorityLimits;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GenerationSummary;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.ReasonWeight;
import dev.cxkit.synthetic.Spike;
import dev.cxkit.synthetic.TruthLabel;
import org.jspecify.annotations.Nullable;

/**
 * One run of the synthetic contact centre. Walks the period day by day: creates the day's arrivals
 * (deterministic volumes per channel and reason, random times on an intraday curve), merges them
 * with planned contacts (repeats, case follow-ups, reopens), builds each interaction with its
 * injected mistakes and near misses, and computes the truth from the data with bounded trackers.
 * Single use, not thread-safe.
 */
public final class Simulation {

    private static final long DAY = 86_400L;
    private static final long REPEAT_WINDOW = 7 * DAY;
    private static final long CAP_WINDOW = AuthorityLimits.CAP_PERIOD.getSeconds();
    private static final double[] LEVELS = {0.6, 1.0, 1.4};
    private static final String[] CUES = {"frustrated", "angry", "anxious", "confused", "disappointed"};
    private static final Currency EUR = Currency.getInstance("EUR");

    private enum Kind { NEW, REPEAT, FOLLOW_UP, REOPEN }

    private record Arrival(Instant at, long seq, Kind kind, Channel channel, int reason, int customer,
            @Nullable CaseId caseId) {
    }

    private record GrantEntry(Action action, long cents, long at) {
    }

    private static final class PendingFollowUp {
        final CaseId caseId;
        final int customer;
        final Instant resolvedAt;
        final Instant deadline;
        final long seq;
        boolean satisfied;

        PendingFollowUp(CaseId caseId, int customer, Instant resolvedAt, Instant deadline, long seq) {
            this.caseId = caseId;
            this.customer = customer;
            this.resolvedAt = resolvedAt;
            this.deadline = deadline;
            this.seq = seq;
        }
    }

    private final GeneratorConfig config;
    private final GeneratedDataSink sink;
    private final SplittableRandom random;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final Instant periodStart;
    private final Instant periodEnd;
    private final LocalDate lastDay;
    private final AuthorityLimits limits;

    private final double[] rates = new double[MistakeCode.values().length];
    private final ContactReason[] reasons;
    private final double[] reasonWeights;
    private final int[] reasonTeam;
    private final List<TeamId> teams;
    private final Channel[] mixChannels;
    private final double[] mixCumulative;

    private final List<Agent> agents = new ArrayList<>();
    private final List<Boolean> saturdayShift = new ArrayList<>();
    private final List<Integer> agentTeam = new ArrayList<>();
    private double[] escalationRate = new double[0];
    private double[] escalationCredit = new double[0];
    private long[] handled = new long[0];
    private long[] escalated = new long[0];
    private final Map<LocalDate, int[][][]> rosters = new HashMap<>();

    private final boolean[] slotFullyOpen = new boolean[96];
    private final double[] channelCarry = new double[Channel.values().length];
    private double[] reasonCarry;
    private final PriorityQueue<Arrival> planned = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
    private long plannedSeq;

    // REPEAT_CONTACT: contacts of the last 7 days per customer.
    private final Map<Integer, ArrayDeque<long[]>> recentContacts = new HashMap<>();
    private final ArrayDeque<long[]> recentOrder = new ArrayDeque<>();
    // OVER_AUTHORITY: grants of the last 30 days per customer.
    private final Map<Integer, ArrayDeque<GrantEntry>> recentGrants = new HashMap<>();
    private final ArrayDeque<long[]> grantOrder = new ArrayDeque<>();
    // NO_FOLLOW_UP: cases waiting for their follow-up.
    private final PriorityQueue<PendingFollowUp> pendingByDeadline = new PriorityQueue<>(
            (a, b) -> a.deadline.equals(b.deadline) ? Long.compare(a.seq, b.seq) : a.deadline.compareTo(b.deadline));
    private final Map<Integer, List<PendingFollowUp>> pendingByCustomer = new HashMap<>();
    // CONTACT_REASON_SPIKE: weekly counts.
    private @Nullable LocalDate currentWeek;
    private int[] weekCounts;
    private final ArrayDeque<int[]> completeWeeks = new ArrayDeque<>();

    private long interactionSeq;
    private long caseSeq;
    private long promiseSeq;
    private long caseCount;
    private long caseEventCount;
    private @Nullable Instant lastQueuedAt;
    private final Map<Channel, Long> perChannel = new EnumMap<>(Channel.class);
    private final Map<MistakeCode, Long> perCode = new EnumMap<>(MistakeCode.class);

    /**
     * Prepares a run.
     *
     * @param config the configuration
     * @param sink where the data goes
     */
    public Simulation(GeneratorConfig config, GeneratedDataSink sink) {
        this.config = config;
        this.sink = sink;
        this.random = new SplittableRandom(config.seed());
        this.calendar = config.calendar();
        this.zone = config.zone();
        this.periodStart = config.periodStart();
        this.periodEnd = config.periodEnd();
        this.lastDay = config.startDate().plusDays(config.days() - 1L);
        this.limits = config.authorityLimits();
        this.teams = config.teams();
        List<ReasonWeight> list = config.reasons();
        reasons = new ContactReason[list.size()];
        reasonWeights = new double[list.size()];
        reasonTeam = new int[list.size()];
        double total = list.stream().mapToDouble(ReasonWeight::weight).sum();
        for (int i = 0; i < list.size(); i++) {
            reasons[i] = list.get(i).reason();
            reasonWeights[i] = list.get(i).weight() / total;
            reasonTeam[i] = teams.indexOf(list.get(i).team());
        }
        reasonCarry = new double[reasons.length];
        weekCounts = new int[reasons.length];
        List<Channel> channels = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0;
        for (Channel channel : Channel.values()) {
            double share = config.channelMix().get(channel);
            if (share > 0) {
                sum += share;
                channels.add(channel);
                cumulative.add(sum);
            }
        }
        mixChannels = channels.toArray(new Channel[0]);
        mixCumulative = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
        for (Channel channel : Channel.values()) {
            perChannel.put(channel, 0L);
        }
        for (MistakeCode code : MistakeCode.values()) {
            perCode.put(code, 0L);
            rates[code.ordinal()] = config.mistakeRate(code);
        }
    }

    /**
     * Runs the whole period.
     *
     * @return what was produced
     */
    public GenerationSummary run() {
        createAgents();
        for (LocalDate day = config.startDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<Arrival> arrivals = arrivals(day);
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            int next = 0;
            while (true) {
                Arrival plan = planned.peek();
                boolean planDue = plan != null && plan.at().isBefore(dayEnd);
                if (next < arrivals.size() && (!planDue || !plan.at().isBefore(arrivals.get(next).at()))) {
                    emit(arrivals.get(next++));
                } else if (planDue) {
                    emit(planned.poll());
                } else {
                    break;
                }
            }
            rosters.keySet().removeIf(d -> d.isBefore(LocalDate.ofInstant(dayEnd, zone).minusDays(2)));
        }
        finish();
        return new GenerationSummary(perChannel, perCode, interactionSeq, caseCount, caseEventCount, agents.size(),
                periodStart, periodEnd);
    }

    // ---------------------------------------------------------------- agents

    private void createAgents() {
        int gap = config.trainingGapAgents();
        List<Agent> replacements = new ArrayList<>();
        List<double[]> replacementRates = new ArrayList<>();
        List<Boolean> replacementSaturday = new ArrayList<>();
        List<Integer> replacementTeam = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        int[][] groupCounter = new int[teams.size()][Tier.values().length];
        double leaveProbability = Math.min(0.9, config.attritionPerYear() * config.days() / 365.0);
        int seq = 0;
        for (Tier tier : Tier.values()) {
            int count = config.agentsPerTier().get(tier);
            for (int i = 0; i < count; i++) {
                int team = i % teams.size();
                boolean isGap = tier == Tier.T1 && i < gap;
                LocalDate hired = config.startDate().minusDays(isGap ? 400 + random.nextInt(800) : 30 + random.nextInt(1800));
                LocalDate left = null;
                if (!isGap && random.nextDouble() < leaveProbability) {
                    left = config.startDate().plusDays(random.nextInt(config.days()));
                }
                int level = groupCounter[team][tier.ordinal()]++ % LEVELS.length;
                double rate = tier == Tier.T3 ? 0.0
                        : isGap ? config.trainingGapEscalationRate() : LEVELS[level] * config.escalationProbability();
                agents.add(new Agent(AgentId.of(String.format("a-%03d", ++seq)), teams.get(team), tier, hired, left));
                rates.add(rate);
                saturdayShift.add(i % 3 == 0);
                agentTeam.add(team);
                if (left != null) {
                    LocalDate replacementHired = left.plusDays(1 + random.nextInt(14));
                    if (!replacementHired.isAfter(lastDay)) {
                        replacements.add(new Agent(AgentId.of("x"), teams.get(team), tier, replacementHired, null));
                        replacementRates.add(new double[] {rate});
                        replacementSaturday.add(i % 3 == 0);
                        replacementTeam.add(team);
                    }
                }
            }
        }
        for (int i = 0; i < replacements.size(); i++) {
            Agent r = replacements.get(i);
            agents.add(new Agent(AgentId.of(String.format("a-%03d", ++seq)), r.team(), r.tier(), r.hiredOn(), null));
            rates.add(replacementRates.get(i)[0]);
            saturdayShift.add(replacementSaturday.get(i));
            agentTeam.add(replacementTeam.get(i));
        }
        escalationRate = rates.stream().mapToDouble(Double::doubleValue).toArray();
        escalationCredit = new double[agents.size()];
        handled = new long[agents.size()];
        escalated = new long[agents.size()];
        agents.forEach(sink::agent);
    }

    /** Agents on shift on a day, by team and tier: employed, and on Saturdays only the Saturday rota. */
    private int[][][] roster(LocalDate day) {
        return rosters.computeIfAbsent(day, d -> {
            int[][][] result = new int[teams.size()][Tier.values().length][];
            List<List<List<Integer>>> lists = new ArrayList<>();
            for (int t = 0; t < teams.size(); t++) {
                List<List<Integer>> byTier = new ArrayList<>();
                for (int k = 0; k < Tier.values().length; k++) {
                    byTier.add(new ArrayList<>());
                }
                lists.add(byTier);
            }
            boolean saturday = d.getDayOfWeek() == DayOfWeek.SATURDAY;
            for (int i = 0; i < agents.size(); i++) {
                Agent agent = agents.get(i);
                if (agent.isEmployedOn(d) && (!saturday || saturdayShift.get(i))) {
                    lists.get(agentTeam.get(i)).get(agent.tier().ordinal()).add(i);
                }
            }
            for (int t = 0; t < teams.size(); t++) {
                for (int k = 0; k < Tier.values().length; k++) {
                    result[t][k] = lists.get(t).get(k).stream().mapToInt(Integer::intValue).toArray();
                }
            }
            return result;
        });
    }

    /** An agent on shift: same team and tier if possible, else same tier, else anyone; -1 if nobody. */
    private int pickAgent(Instant at, int team, Tier tier) {
        int[][][] roster = roster(localDate(at));
        int[] group = roster[team][tier.ordinal()];
        if (group.length > 0) {
            return group[random.nextInt(group.length)];
        }
        for (int k = tier.ordinal(); k < Tier.values().length; k++) {
            for (int t = 0; t < teams.size(); t++) {
                int[] other = roster[(team + t) % teams.size()][k];
                if (other.length > 0) {
                    return other[random.nextInt(other.length)];
                }
            }
        }
        for (int t = 0; t < teams.size(); t++) {
            for (int k = 0; k < Tier.values().length; k++) {
                if (roster[t][k].length > 0) {
                    return roster[t][k][0];
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- arrivals

    private static boolean arrivesOnlyWhenOpen(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.SELF_SERVICE;
    }

    /** Relative volume by weekday (Monday busiest); each row averages 1 over the week. */
    private static double weekdayWeight(DayOfWeek day, boolean liveOnly) {
        double[] live = {1.30, 1.15, 1.10, 1.05, 1.00, 0.40, 0.0};
        double[] written = {1.25, 1.10, 1.05, 1.00, 0.95, 0.45, 0.30};
        double[] row = liveOnly ? live : written;
        double sum = Arrays.stream(row).sum();
        return row[day.getValue() - 1] * 7.0 / sum;
    }

    /** Intraday curve: peaks late morning and early afternoon; quiet at night. */
    private static double intraday(double hour, boolean liveOnly) {
        double curve = 0.25 + Math.exp(-Math.pow(hour - 11.0, 2) / (2 * 1.3 * 1.3))
                + 0.85 * Math.exp(-Math.pow(hour - 14.5, 2) / (2 * 1.5 * 1.5));
        if (!liveOnly && (hour < 7.0 || hour >= 22.0)) {
            curve = 0.08;
        }
        return curve;
    }

    private List<Arrival> arrivals(LocalDate day) {
        long weekIndex = (day.toEpochDay() - config.startDate().with(DayOfWeek.MONDAY).toEpochDay()) / 7;
        int slots = 96;
        Instant[] slotStart = new Instant[slots + 1];
        double[] liveCum = new double[slots];
        double[] writtenCum = new double[slots];
        double live = 0;
        double written = 0;
        for (int s = 0; s <= slots; s++) {
            slotStart[s] = s == slots ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : day.atTime(LocalTime.ofSecondOfDay(s * 900L)).atZone(zone).toInstant();
        }
        for (int s = 0; s < slots; s++) {
            double hour = s / 4.0 + 0.125;
            Instant middle = slotStart[s].plusSeconds(450);
            if (calendar.isOpen(middle)) {
                live += intraday(hour, true);
            }
            // A slot whose business time is its whole length is open throughout: no need to ask the
            // calendar again for each arrival sampled in it.
            slotFullyOpen[s] = calendar.businessDurationBetween(slotStart[s], slotStart[s + 1])
                    .equals(Duration.between(slotStart[s], slotStart[s + 1]));
            written += intraday(hour, false);
            liveCum[s] = live;
            writtenCum[s] = written;
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            double share = config.channelMix().get(channel);
            boolean onlyOpen = arrivesOnlyWhenOpen(channel);
            if (share == 0 || (onlyOpen && live == 0)) {
                continue;
            }
            channelCarry[channel.ordinal()] += config.contactsPerDay() * share * weekdayWeight(day.getDayOfWeek(), onlyOpen);
            int n = (int) Math.floor(channelCarry[channel.ordinal()]);
            channelCarry[channel.ordinal()] -= n;
            for (int i = 0; i < n; i++) {
                channels.add(channel);
            }
        }
        int total = channels.size();
        List<Integer> reasonList = new ArrayList<>();
        for (int r = 0; r < reasons.length; r++) {
            // A fortnightly billing cycle: reasons alternate ±8 % week by week, so that the trailing
            // weeks of every reason have a spread and chance alone rarely looks like a spike.
            double wobble = 1.0 + (((weekIndex + r) % 2 == 0) ? 0.08 : -0.08);
            double factor = 1.0;
            for (Spike spike : config.spikes()) {
                if (spike.reason().equals(reasons[r]) && spike.week() == weekIndex) {
                    factor = spike.factor();
                }
            }
            reasonCarry[r] += total * reasonWeights[r] * wobble * factor;
            int n = (int) Math.floor(reasonCarry[r]);
            reasonCarry[r] -= n;
            for (int i = 0; i < n; i++) {
                reasonList.add(r);
            }
        }
        for (int i = reasonList.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = reasonList.get(i);
            reasonList.set(i, reasonList.get(j));
            reasonList.set(j, tmp);
        }
        while (channels.size() < reasonList.size()) {
            channels.add(sampleChannel());
        }
        List<Arrival> result = new ArrayList<>(channels.size());
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            boolean onlyOpen = arrivesOnlyWhenOpen(channel);
            if (onlyOpen && live == 0) {
                channel = Channel.EMAIL;
                onlyOpen = false;
            }
            int reason = i < reasonList.size() ? reasonList.get(i) : sampleReason();
            Instant at = sampleTime(onlyOpen ? liveCum : writtenCum, slotStart, onlyOpen);
            result.add(new Arrival(at, i, Kind.NEW, channel, reason, random.nextInt(config.customers()), null));
        }
        result.sort((a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
        return result;
    }

    private Instant sampleTime(double[] cumulative, Instant[] slotStart, boolean onlyOpen) {
        double total = cumulative[cumulative.length - 1];
        for (int attempt = 0; attempt < 50; attempt++) {
            double u = random.nextDouble() * total;
            int s = Arrays.binarySearch(cumulative, u);
            s = s >= 0 ? s : -s - 1;
            s = Math.min(s, cumulative.length - 1);
            long span = Duration.between(slotStart[s], slotStart[s + 1]).getSeconds();
            if (span <= 0) {
                continue;
            }
            Instant at = slotStart[s].plusSeconds(random.nextLong(span));
            if (!onlyOpen || slotFullyOpen[s] || calendar.isOpen(at)) {
                return at;
            }
        }
        // Dense opening hours make this unreachable in practice; fall back to a surely open instant.
        return openAtOrAfter(slotStart[0]);
    }

    private Instant openAtOrAfter(Instant at) {
        Instant result = calendar.isOpen(at) ? at : calendar.plusBusiness(at, Duration.ofSeconds(1));
        return calendar.isOpen(result) ? result : calendar.plusBusiness(result, Duration.ofSeconds(1));
    }

    private Channel sampleChannel() {
        double u = random.nextDouble() * mixCumulative[mixCumulative.length - 1];
        for (int i = 0; i < mixChannels.length; i++) {
            if (u < mixCumulative[i]) {
                return mixChannels[i];
            }
        }
        return mixChannels[mixChannels.length - 1];
    }

    private int sampleReason() {
        double u = random.nextDouble();
        double sum = 0;
        for (int r = 0; r < reasons.length; r++) {
            sum += reasonWeights[r];
            if (u < sum) {
                return r;
            }
        }
        return reasons.length - 1;
    }

    private void plan(Instant at, Kind kind, Channel channel, int reason, int customer, @Nullable CaseId caseId) {
        Instant when = arrivesOnlyWhenOpen(channel) ? openAtOrAfter(at) : at;
        if (when.isBefore(periodEnd)) {
            planned.add(new Arrival(when, plannedSeq++, kind, channel, reason, customer, caseId));
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    private long uniform(long from, long to) {
        return from >= to ? from : from + random.nextLong(to - from + 1);
    }

    private double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private long logNormalSeconds(double median, double sigma, long min, long max) {
        double value = median * Math.exp(sigma * gaussian());
        return Math.max(min, Math.min(max, Math.round(value)));
    }

    private double gaussian() {
        double u1 = Math.max(random.nextDouble(), 1e-12);
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private double rate(MistakeCode code) {
        return rates[code.ordinal()];
    }

    private boolean isVip(int customer) {
        long z = config.seed() ^ (customer * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < config.vipShare();
    }

    /** {@code prefix} and {@code value} zero-padded to {@code width} digits; String.format is too slow here. */
    private static String padded(String prefix, long value, int width) {
        String digits = Long.toString(value);
        StringBuilder text = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    private Instant cachedDayStart = Instant.MAX;
    private Instant cachedDayEnd = Instant.MIN;
    private LocalDate cachedDay = LocalDate.MIN;

    /** The local date of an instant; caches the last day because most calls ask about the same one. */
    private LocalDate localDate(Instant at) {
        if (at.isBefore(cachedDayStart) || !at.isBefore(cachedDayEnd)) {
            cachedDay = LocalDate.ofInstant(at, zone);
            cachedDayStart = cachedDay.atStartOfDay(zone).toInstant();
            cachedDayEnd = cachedDay.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return cachedDay;
    }

    private static CustomerId customerId(int customer) {
        return CustomerId.of(padded("c-", customer, 7));
    }

    // ---------------------------------------------------------------- one interaction

    private void emit(Arrival arrival) {
        Built built = build(arrival);
        Interaction interaction = built.interaction;
        if (lastQueuedAt != null && interaction.queuedAt().isBefore(lastQueuedAt)) {
            throw new IllegalStateException("Generator bug: interactions out of order at " + interaction.id());
        }
        lastQueuedAt = interaction.queuedAt();
        expireFollowUps(interaction.queuedAt());
        sink.interaction(interaction);
        perChannel.merge(interaction.channel(), 1L, Long::sum);

        Set<MistakeCode> codes = ContactRules.contactCodes(interaction, periodEnd, calendar);
        if (trackRepeat(arrival.customer(), arrival.reason(), interaction.queuedAt())) {
            codes.add(MistakeCode.REPEAT_CONTACT);
        }
        if (trackGrants(arrival.customer(), interaction)) {
            codes.add(MistakeCode.OVER_AUTHORITY);
        }
        for (MistakeCode code : codes) {
            label(TruthLabel.ofInteraction(code, interaction.id()));
        }
        if (arrival.kind() == Kind.REOPEN && arrival.caseId() != null) {
            label(new TruthLabel(MistakeCode.REOPENED_CASE, interaction.id(), arrival.caseId(), null, null, null));
        }
        satisfyFollowUps(arrival.customer(), interaction.queuedAt());
        countForSpikes(arrival.reason(), interaction.queuedAt());
        if (built.agent >= 0 && !interaction.isAbandoned()) {
            handled[built.agent]++;
            if (interaction.isEscalated()) {
                escalated[built.agent]++;
            }
        }
        if (built.opensCase) {
            planCase(interaction, arrival);
        }
        if (arrival.kind() != Kind.FOLLOW_UP && chance(config.repeatContactProbability())) {
            long delay = uniform(3 * 3600L, 6 * DAY);
            plan(interaction.queuedAt().plusSeconds(delay), Kind.REPEAT, sampleChannel(), arrival.reason(),
                    arrival.customer(), null);
        } else if (arrival.kind() == Kind.NEW && chance(config.nearMissRate() * 0.2)) {
            // Near miss: the same customer and reason again, just outside the 7-day window.
            long delay = REPEAT_WINDOW + uniform(2 * 3600L, 36 * 3600L);
            plan(interaction.queuedAt().plusSeconds(delay), Kind.REPEAT, sampleChannel(), arrival.reason(),
                    arrival.customer(), null);
        }
    }

    private void label(TruthLabel label) {
        perCode.merge(label.code(), 1L, Long::sum);
        sink.truth(label);
    }

    private static final class Built {
        final Interaction interaction;
        final int agent;
        final boolean opensCase;

        Built(Interaction interaction, int agent, boolean opensCase) {
            this.interaction = interaction;
            this.agent = agent;
            this.opensCase = opensCase;
        }
    }

    private record HoldSpec(long seconds, boolean explained, @Nullable Long stated) {
    }

    private Built build(Arrival arrival) {
        InteractionId id = InteractionId.of(padded("i-", ++interactionSeq, 8));
        Channel channel = arrival.channel();
        int customer = arrival.customer();
        Instant queuedAt = arrival.at();
        boolean planned = arrival.kind() != Kind.NEW && arrival.kind() != Kind.REPEAT;
        boolean outbound = arrival.kind() == Kind.FOLLOW_UP;
        Interaction.Builder b = Interaction.builder(id, customerId(customer), channel)
                .customerSegment(isVip(customer) ? Segment.VIP : Segment.STANDARD)
                .reason(reasons[arrival.reason()]);

        // First answer or reply.
        boolean slowEligible = !outbound && (channel == Channel.PHONE || channel == Channel.CHAT
                || channel == Channel.SOCIAL || channel == Channel.EMAIL);
        double slowRate = rate(MistakeCode.SLOW_FIRST_REPLY) / (channel.isLive() ? 0.7 : 1.0);
        boolean slow = slowEligible && chance(Math.min(1.0, slowRate));
        boolean nearSlow = slowEligible && !slow && chance(config.nearMissRate());
        Instant answeredAt;
        Instant firstReplyAt = null;
        long wait;
        switch (channel) {
            case PHONE -> wait = outbound ? 0 : slow ? uniform(75, 400) : nearSlow ? uniform(50, 56) : uniform(3, 40);
            case CHAT -> wait = slow ? uniform(60, 300) : nearSlow ? uniform(36, 41) : uniform(4, 30);
            case SELF_SERVICE -> wait = uniform(5, 90);
            default -> wait = -1;
        }
        if (outbound) {
            // The agent reaches out: connected (or the message sent) at once.
            answeredAt = queuedAt;
            firstReplyAt = channel == Channel.PHONE || channel == Channel.SELF_SERVICE ? null : queuedAt;
        } else if (wait >= 0) {
            answeredAt = queuedAt.plusSeconds(wait);
            if (!outbound && chance(slow ? 0.30 : 0.04)) {
                Instant endedAt = queuedAt.plusSeconds(Math.max(1, Math.round(wait * uniform(0.2, 0.95))));
                Interaction abandoned = b.queuedAt(queuedAt).endedAt(endedAt).caseId(arrival.caseId()).build();
                return new Built(abandoned, -1, false);
            }
            if (channel == Channel.CHAT) {
                firstReplyAt = answeredAt;
            }
        } else {
            Instant reply;
            if (channel == Channel.EMAIL) {
                long seconds = slow ? uniform(26 * 3600L, 60 * 3600L) : nearSlow ? uniform(20 * 3600L, 23 * 3600L)
                        : uniform(900L, 12 * 3600L);
                reply = calendar.plusBusiness(queuedAt, Duration.ofSeconds(seconds));
            } else if (channel == Channel.SOCIAL) {
                long seconds = slow ? uniform(60, 1800) : nearSlow ? uniform(36, 41) : uniform(8, 30);
                reply = calendar.isOpen(queuedAt) ? queuedAt.plusSeconds(seconds)
                        : calendar.plusBusiness(queuedAt, Duration.ofSeconds(seconds));
            } else {
                reply = calendar.plusBusiness(queuedAt, Duration.ofSeconds(uniform(60, 3 * 3600L)));
            }
            answeredAt = reply;
            firstReplyAt = reply;
        }

        // Agent.
        int team = reasonTeam[arrival.reason()];
        double u = random.nextDouble();
        Tier tier = u < 0.80 || planned ? Tier.T1 : u < 0.97 ? Tier.T2 : Tier.T3;
        int agentIndex = pickAgent(answeredAt, team, tier);
        Agent agent = agentIndex >= 0 ? agents.get(agentIndex) : null;
        if (agent != null) {
            b.agent(agent.id(), agent.tier(), agent.team());
        }
        Tier agentTier = agent != null ? agent.tier() : tier;

        // Talk and holds.
        long talk = switch (channel) {
            case PHONE -> logNormalSeconds(outbound ? 150 : 330, 0.5, 40, 3600);
            case CHAT -> logNormalSeconds(540, 0.5, 60, 3600);
            case EMAIL -> logNormalSeconds(240, 0.5, 30, 1800);
            case SOCIAL -> logNormalSeconds(180, 0.5, 30, 1800);
            case MESSAGING -> logNormalSeconds(300, 0.5, 30, 1800);
            case SELF_SERVICE -> logNormalSeconds(300, 0.5, 30, 1800);
        };
        List<HoldSpec> holds = new ArrayList<>();
        if (channel == Channel.PHONE && !outbound) {
            int clean = chance(0.25) ? (chance(0.3) ? 2 : 1) : 0;
            for (int i = 0; i < clean; i++) {
                if (chance(0.6)) {
                    long stated = new long[] {30, 60, 90}[random.nextInt(3)];
                    holds.add(new HoldSpec(Math.round(stated * uniform(0.5, 1.1)), true, stated));
                } else {
                    holds.add(new HoldSpec(uniform(20, 100), true, null));
                }
            }
            boolean injected = false;
            if (chance(rate(MistakeCode.HOLD_OVER_STATED))) {
                long stated = random.nextBoolean() ? 30 : 60;
                holds.add(new HoldSpec(Math.max(2 * stated, stated + 45) + uniform(0, 40), true, stated));
                injected = true;
            }
            if (chance(rate(MistakeCode.LONG_HOLD))) {
                holds.add(new HoldSpec(uniform(330, 720), true, null));
                injected = true;
            }
            if (chance(rate(MistakeCode.UNEXPLAINED_HOLD))) {
                if (holds.isEmpty()) {
                    holds.add(new HoldSpec(uniform(20, 100), false, null));
                } else {
                    HoldSpec first = holds.get(0);
                    holds.set(0, new HoldSpec(first.seconds(), false, first.stated()));
                }
                injected = true;
            }
            if (chance(config.nearMissRate())) {
                // 30 s stated, 40–44 s actual (limit 45 s); 60 s stated, 82–88 s actual (limit 90 s).
                long stated = random.nextBoolean() ? 30 : 60;
                holds.add(new HoldSpec(stated == 30 ? uniform(40, 44) : uniform(82, 88), true, stated));
            } else if (!injected && chance(config.nearMissRate())) {
                holds.clear();
                holds.add(new HoldSpec(uniform(270, 290), true, null));
            }
            for (int i = holds.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                HoldSpec tmp = holds.get(i);
                holds.set(i, holds.get(j));
                holds.set(j, tmp);
            }
        }
        Instant cursor = answeredAt;
        long remainingTalk = talk;
        for (int i = 0; i < holds.size(); i++) {
            long gap = Math.max(1, Math.round(remainingTalk * uniform(0.2, 0.6)));
            remainingTalk -= gap;
            cursor = cursor.plusSeconds(gap);
            HoldSpec spec = holds.get(i);
            Instant end = cursor.plusSeconds(spec.seconds());
            b.addHold(new HoldSegment(cursor, end, spec.explained(),
                    spec.stated() == null ? null : Duration.ofSeconds(spec.stated())));
            cursor = end;
        }
        Instant endedAt = cursor.plusSeconds(Math.max(1, remainingTalk));
        long connected = Duration.between(answeredAt, endedAt).getSeconds();
        b.queuedAt(queuedAt).answeredAt(answeredAt).firstReplyAt(firstReplyAt).endedAt(endedAt)
                .talk(Duration.ofSeconds(talk)).afterContactWork(Duration.ofSeconds(uniform(20, 120)));

        // Transfers and escalations.
        boolean escalates = false;
        if (agentIndex >= 0) {
            escalationCredit[agentIndex] += escalationRate[agentIndex];
            if (!planned && agentTier != Tier.T3 && escalationCredit[agentIndex] >= 1.0) {
                escalationCredit[agentIndex] -= 1.0;
                escalates = true;
            }
        }
        boolean cold = !planned && chance(rate(MistakeCode.COLD_TRANSFER));
        boolean noSummary = !planned && chance(rate(MistakeCode.MISSING_HANDOFF_SUMMARY));
        boolean lateral = !planned && (chance(0.04) || ((cold || noSummary) && !escalates));
        boolean coldDone = false;
        boolean summaryDone = false;
        Instant transferAt = answeredAt.plusSeconds(Math.round(connected * uniform(0.5, 0.9)));
        if (escalates) {
            Tier to = agentTier == Tier.T1 ? Tier.T2 : Tier.T3;
            int receiver = pickAgent(answeredAt, team, to);
            b.addTransfer(new Transfer(transferAt, receiver >= 0 ? agents.get(receiver).id() : null, to, !cold,
                    noSummary ? (random.nextBoolean() ? null : " ") : "Tried: checked account, reproduced issue"));
            coldDone = cold;
            summaryDone = noSummary;
        }
        if (lateral) {
            int otherTeam = (team + 1 + random.nextInt(Math.max(1, teams.size() - 1))) % teams.size();
            int receiver = pickAgent(answeredAt, otherTeam, agentTier);
            b.addTransfer(new Transfer(transferAt.plusSeconds(1).isAfter(endedAt) ? transferAt : transferAt.plusSeconds(1),
                    receiver >= 0 ? agents.get(receiver).id() : null, agentTier, !(cold && !coldDone),
                    noSummary && !summaryDone ? null : "Verified identity; needs " + teams.get(otherTeam) + " team"));
        }
        b.customerRepeatedInformation(chance(rate(MistakeCode.CUSTOMER_REPEATED_INFO)));

        // Emotional cues.
        boolean unacknowledged = chance(rate(MistakeCode.EMOTION_NOT_ACKNOWLEDGED));
        if (chance(0.12) || chance(config.nearMissRate())) {
            b.addEmotionalCue(new EmotionalCue(answeredAt.plusSeconds(Math.round(connected * uniform(0.05, 0.5))),
                    CUES[random.nextInt(CUES.length)], true));
        }
        if (unacknowledged) {
            b.addEmotionalCue(new EmotionalCue(answeredAt.plusSeconds(Math.round(connected * uniform(0.05, 0.5))),
                    CUES[random.nextInt(CUES.length)], false));
        }
        boolean resolved = !escalates && chance(0.8);
        b.resolved(resolved);
        double sentiment = 0.25 + 0.3 * gaussian() - (unacknowledged ? 0.4 : 0) - (slow ? 0.3 : 0) - (resolved ? 0 : 0.2);
        b.sentiment(Math.round(Math.max(-1, Math.min(1, sentiment)) * 100) / 100.0);

        // Promises.
        Instant madeAt = endedAt.minusSeconds(Math.min(10, connected));
        if (!outbound && chance(0.08)) {
            b.addPromise(promise(id, madeAt, team, 0));
        }
        if (!outbound && chance(rate(MistakeCode.BROKEN_PROMISE))) {
            b.addPromise(promise(id, madeAt, team, 2));
        }
        if (!outbound && chance(config.nearMissRate())) {
            b.addPromise(promise(id, madeAt, team, 1));
        }

        // Grants.
        if (!outbound && agent != null) {
            addGrants(b, customer, team, agentTier, queuedAt);
        }

        // Feedback.
        boolean openLoop = chance(rate(MistakeCode.FEEDBACK_LOOP_OPEN));
        boolean nearLoop = !openLoop && chance(config.nearMissRate());
        if (openLoop || nearLoop || chance(config.surveyProbability())) {
            Feedback feedback = feedback(endedAt, sentiment, slow, openLoop, nearLoop);
            if (feedback != null) {
                b.feedback(feedback);
            }
        }

        // Case.
        boolean opensCase = arrival.kind() != Kind.FOLLOW_UP && arrival.kind() != Kind.REOPEN
                && (escalates ? chance(0.6) : chance(config.caseProbability()));
        if (opensCase) {
            b.caseId(CaseId.of(padded("k-", ++caseSeq, 7)));
        } else {
            b.caseId(arrival.caseId());
        }
        return new Built(b.build(), agentIndex, opensCase);
    }

    /** A promise: mode 0 kept on time, 1 kept late within grace (near miss), 2 broken. */
    private Promise promise(InteractionId madeIn, Instant madeAt, int team, int mode) {
        String teamName = teams.get(team).value();
        PromiseKind kind = switch (teamName) {
            case "billing" -> random.nextBoolean() ? PromiseKind.REFUND : PromiseKind.FOLLOW_UP;
            case "tech" -> random.nextBoolean() ? PromiseKind.FIX_BY : PromiseKind.CALLBACK;
            default -> random.nextBoolean() ? PromiseKind.FOLLOW_UP : PromiseKind.CALLBACK;
        };
        long due;
        long grace;
        switch (kind) {
            case CALLBACK -> { due = uniform(2 * 3600L, 26 * 3600L); grace = 3600; }
            case REFUND -> { due = uniform(3 * DAY, 7 * DAY); grace = DAY; }
            case FIX_BY -> { due = uniform(DAY, 5 * DAY); grace = 12 * 3600; }
            default -> { due = uniform(DAY, 3 * DAY); grace = 4 * 3600; }
        }
        Instant dueBy = madeAt.plusSeconds(due);
        Instant fulfilled = switch (mode) {
            case 0 -> madeAt.plusSeconds(Math.round(due * uniform(0.2, 0.9)));
            case 1 -> dueBy.plusSeconds(Math.round(grace * uniform(0.2, 0.8)));
            default -> random.nextBoolean() ? null : dueBy.plusSeconds(grace + uniform(3600, 2 * DAY));
        };
        if (fulfilled != null && !fulfilled.isBefore(periodEnd)) {
            fulfilled = null; // not known yet at the end of the period
        }
        return new Promise(PromiseId.of(padded("p-", ++promiseSeq, 8)), kind, madeAt, dueBy,
                Duration.ofSeconds(grace), fulfilled, madeIn);
    }

    private void addGrants(Interaction.Builder b, int customer, int team, Tier tier, Instant at) {
        String teamName = teams.get(team).value();
        Action[] actions = switch (teamName) {
            case "billing" -> new Action[] {Action.REFUND, Action.CREDIT, Action.FEE_WAIVER};
            case "orders" -> new Action[] {Action.REPLACEMENT, Action.REFUND, Action.DISCOUNT, Action.GOODWILL_GESTURE};
            default -> new Action[] {Action.CREDIT, Action.GOODWILL_GESTURE, Action.DISCOUNT};
        };
        boolean over = chance(rate(MistakeCode.OVER_AUTHORITY));
        boolean near = !over && chance(config.nearMissRate());
        boolean normal = !over && !near && chance(teamName.equals("billing") || teamName.equals("orders") ? 0.12 : 0.04);
        if (!over && !near && !normal) {
            return;
        }
        Action action = actions[random.nextInt(actions.length)];
        AuthorityLimits.Limit limit = limits.limit(action, tier);
        if (limit.allowUpTo() instanceof Percent percent) {
            long max = percent.value().longValue();
            long value = over ? Math.min(100, max + Math.max(1, Math.round(max * uniform(0.3, 1.5))))
                    : near ? max : Math.max(1, Math.round(max * uniform(0.2, 0.6)));
            if (value > 0 && (over || value <= max)) {
                b.addGrant(new Grant(action, new Percent(BigDecimal.valueOf(value))));
            }
            return;
        }
        long allow = ((Money) limit.allowUpTo()).amount().movePointRight(2).longValueExact();
        Money capMoney = limit.periodCap();
        long cap = capMoney == null ? Long.MAX_VALUE : capMoney.amount().movePointRight(2).longValueExact();
        long prior = priorGrants(customer, action, at);
        if (over) {
            if (capMoney != null && random.nextInt(4) == 0) {
                // Split grants: each within the single limit, together past the 30-day cap.
                long count = Math.max(0, cap - prior) / allow + 1;
                for (long i = 0; i < count && i < 20; i++) {
                    b.addGrant(new Grant(action, money(allow)));
                }
            } else {
                b.addGrant(new Grant(action, money(roundEuro(allow * uniform(1.3, 3.0)))));
            }
        } else if (near) {
            if (capMoney == null || prior + allow <= cap * 8 / 10) {
                b.addGrant(new Grant(action, money(allow)));
            }
        } else {
            long amount = Math.max(100, roundEuro(allow * uniform(0.1, 0.6)));
            if (amount < allow && (capMoney == null || prior + amount <= cap * 6 / 10)) {
                b.addGrant(new Grant(action, money(amount)));
            }
        }
    }

    private static long roundEuro(double cents) {
        return Math.round(cents / 100.0) * 100;
    }

    private static Money money(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), EUR);
    }

    private @Nullable Feedback feedback(Instant endedAt, double sentiment, boolean slow, boolean openLoop, boolean nearLoop) {
        Instant receivedAt = endedAt.plusSeconds(uniform(600, 2 * DAY));
        if (!receivedAt.isBefore(periodEnd)) {
            return null;
        }
        int csat;
        if (openLoop || nearLoop) {
            csat = 1 + random.nextInt(2);
        } else {
            double score = 3.9 + 1.6 * sentiment + 0.7 * gaussian();
            csat = (int) Math.max(1, Math.min(5, Math.round(score)));
        }
        int ces = Math.max(1, Math.min(5, 6 - csat + (random.nextInt(3) - 1)));
        int nps = (openLoop || nearLoop) ? random.nextInt(6) : Math.max(0, Math.min(10, csat * 2 + random.nextInt(3) - 1));
        List<String> themes = new ArrayList<>();
        if (slow) {
            themes.add("wait time");
        }
        if (csat <= 2) {
            themes.add(random.nextBoolean() ? "agent knowledge" : "resolution");
        } else if (csat >= 4 && chance(0.5)) {
            themes.add("friendliness");
        }
        boolean negative = csat <= 2 || nps <= 6;
        Priority priority = negative ? (chance(0.4) ? Priority.HIGH : chance(0.15) ? Priority.URGENT : Priority.NORMAL)
                : (chance(0.3) ? Priority.LOW : Priority.NORMAL);
        Instant closed;
        if (openLoop) {
            closed = random.nextBoolean() ? null : receivedAt.plusSeconds(uniform(16 * DAY, 40 * DAY));
        } else if (nearLoop) {
            closed = receivedAt.plusSeconds(uniform(12 * DAY, 13 * DAY + DAY / 2));
        } else if (negative || priority.isHighOrAbove()) {
            closed = receivedAt.plusSeconds(uniform(DAY / 4, 10 * DAY));
        } else {
            closed = chance(0.5) ? receivedAt.plusSeconds(uniform(DAY / 4, 5 * DAY)) : null;
        }
        if (closed != null && !closed.isBefore(periodEnd)) {
            closed = null;
        }
        return new Feedback(CsatScore.of(csat, 5), CesScore.of(ces, 5), nps, csat >= 4, themes, priority, receivedAt, closed);
    }

    // ---------------------------------------------------------------- cases

    private void planCase(Interaction opening, Arrival arrival) {
        CaseId caseId = opening.caseId();
        if (caseId == null || opening.answeredAt() == null) {
            return;
        }
        caseCount++;
        boolean vip = Segment.VIP.equals(opening.customerSegment());
        double u = random.nextDouble();
        Priority priority = vip ? (u < 0.4 ? Priority.HIGH : u < 0.5 ? Priority.URGENT : Priority.NORMAL)
                : (u < 0.12 ? Priority.HIGH : u < 0.15 ? Priority.URGENT : u < 0.30 ? Priority.LOW : Priority.NORMAL);
        List<CaseEvent> events = new ArrayList<>();
        Instant created = opening.answeredAt();
        events.add(new CaseEvent(caseId, created, CaseStatus.NEW, priority));
        Instant resolved = calendar.plusBusiness(opening.endedAt(),
                Duration.ofSeconds(logNormalSeconds(6 * 3600, 0.9, 1800, 60 * 3600)));
        Instant open = created.plusSeconds(Math.min(uniform(60, 1200), Duration.between(created, resolved).getSeconds() / 4));
        events.add(new CaseEvent(caseId, open, CaseStatus.OPEN, null));
        long working = Duration.between(open, resolved).getSeconds();
        if (working > 3600 && chance(0.3)) {
            events.add(new CaseEvent(caseId, open.plusSeconds(working * 3 / 10), CaseStatus.PENDING, null));
            events.add(new CaseEvent(caseId, open.plusSeconds(working * 6 / 10), CaseStatus.OPEN, null));
        }
        events.add(new CaseEvent(caseId, resolved, CaseStatus.SOLVED, null));
        boolean needsFollowUp = priority.isHighOrAbove() || opening.isEscalated();
        if (needsFollowUp) {
            if (!chance(rate(MistakeCode.NO_FOLLOW_UP))) {
                Instant followUp;
                if (chance(config.nearMissRate() * 3)) {
                    // Near miss: on the second business day after the resolution day, still in time.
                    LocalDate day = calendar.nthBusinessDayAfter(calendar.dateOf(resolved), 2);
                    OpeningInterval first = calendar.openingHours(day.getDayOfWeek()).get(0);
                    followUp = day.atTime(first.start()).atZone(zone).toInstant().plusSeconds(uniform(600, 3600));
                } else {
                    followUp = calendar.plusBusiness(resolved, Duration.ofSeconds(uniform(900, 5 * 3600L)));
                }
                plan(followUp, Kind.FOLLOW_UP, sampleChannel(), arrival.reason(), arrival.customer(), caseId);
            }
            if (resolved.isBefore(periodEnd)) {
                PendingFollowUp pending = new PendingFollowUp(caseId, arrival.customer(), resolved,
                        calendar.endOfNthBusinessDayAfter(calendar.dateOf(resolved), 2), plannedSeq++);
                pendingByDeadline.add(pending);
                pendingByCustomer.computeIfAbsent(arrival.customer(), k -> new ArrayList<>()).add(pending);
            }
            events.add(new CaseEvent(caseId, resolved.plus(Duration.ofDays(7)), CaseStatus.CLOSED, null));
        } else if (chance(Math.min(1.0, rate(MistakeCode.REOPENED_CASE) / 0.7))) {
            Instant reopened;
            if (chance(0.7)) {
                reopened = openAtOrAfter(calendar.plusBusiness(resolved, Duration.ofSeconds(uniform(3600, 20 * 3600L))));
                plan(reopened, Kind.REOPEN, sampleChannel(), arrival.reason(),
                        arrival.customer(), caseId);
            } else {
                reopened = resolved.plusSeconds(uniform(2 * 3600L, 3 * DAY));
                if (reopened.isBefore(periodEnd)) {
                    label(new TruthLabel(MistakeCode.REOPENED_CASE, null, caseId, null, null, null));
                }
            }
            events.add(new CaseEvent(caseId, reopened, CaseStatus.OPEN, null));
            Instant solvedAgain = calendar.plusBusiness(reopened, Duration.ofSeconds(uniform(3600, 16 * 3600L)));
            events.add(new CaseEvent(caseId, solvedAgain, CaseStatus.SOLVED, null));
            events.add(new CaseEvent(caseId, solvedAgain.plus(Duration.ofDays(7)), CaseStatus.CLOSED, null));
        } else {
            events.add(new CaseEvent(caseId, resolved.plus(Duration.ofDays(7)), CaseStatus.CLOSED, null));
        }
        for (CaseEvent event : events) {
            if (event.at().isBefore(periodEnd)) {
                caseEventCount++;
                sink.caseEvent(event);
            }
        }
    }

    // ---------------------------------------------------------------- truth trackers

    private boolean trackRepeat(int customer, int reason, Instant at) {
        long now = at.getEpochSecond();
        while (!recentOrder.isEmpty() && recentOrder.peekFirst()[0] < now - REPEAT_WINDOW) {
            long[] old = recentOrder.pollFirst();
            ArrayDeque<long[]> list = recentContacts.get((int) old[1]);
            list.pollFirst();
            if (list.isEmpty()) {
                recentContacts.remove((int) old[1]);
            }
        }
        ArrayDeque<long[]> list = recentContacts.computeIfAbsent(customer, k -> new ArrayDeque<>(2));
        boolean repeat = false;
        for (long[] entry : list) {
            if (entry[1] == reason && entry[0] < now) {
                repeat = true;
            }
        }
        list.addLast(new long[] {now, reason});
        recentOrder.addLast(new long[] {now, customer});
        return repeat;
    }

    private void expireGrants(long now) {
        while (!grantOrder.isEmpty() && grantOrder.peekFirst()[0] < now - CAP_WINDOW) {
            long[] old = grantOrder.pollFirst();
            ArrayDeque<GrantEntry> list = recentGrants.get((int) old[1]);
            list.pollFirst();
            if (list.isEmpty()) {
                recentGrants.remove((int) old[1]);
            }
        }
    }

    private long priorGrants(int customer, Action action, Instant at) {
        expireGrants(at.getEpochSecond());
        ArrayDeque<GrantEntry> list = recentGrants.get(customer);
        long sum = 0;
        if (list != null) {
            for (GrantEntry entry : list) {
                if (entry.action() == action) {
                    sum += entry.cents();
                }
            }
        }
        return sum;
    }

    private boolean trackGrants(int customer, Interaction interaction) {
        if (interaction.grants().isEmpty()) {
            return false;
        }
        Tier tier = interaction.agentTier() != null ? interaction.agentTier() : Tier.T1;
        long now = interaction.queuedAt().getEpochSecond();
        boolean over = false;
        for (Grant grant : interaction.grants()) {
            AuthorityLimits.Limit limit = limits.limit(grant.action(), tier);
            if (grant.amount() instanceof Percent percent) {
                over |= percent.compareTo((Percent) limit.allowUpTo()) > 0;
                continue;
            }
            Money amount = (Money) grant.amount();
            long prior = priorGrants(customer, grant.action(), interaction.queuedAt());
            Money cap = limit.periodCap();
            over |= amount.compareTo((Money) limit.allowUpTo()) > 0
                    || (cap != null && prior + cents(amount) > cents(cap));
            recentGrants.computeIfAbsent(customer, k -> new ArrayDeque<>(2))
                    .addLast(new GrantEntry(grant.action(), cents(amount), now));
            grantOrder.addLast(new long[] {now, customer});
        }
        return over;
    }

    private static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    private void expireFollowUps(Instant now) {
        while (!pendingByDeadline.isEmpty() && pendingByDeadline.peek().deadline.isBefore(now)) {
            closeFollowUp(pendingByDeadline.poll());
        }
    }

    private void closeFollowUp(PendingFollowUp pending) {
        List<PendingFollowUp> list = pendingByCustomer.get(pending.customer);
        if (list != null) {
            list.remove(pending);
            if (list.isEmpty()) {
                pendingByCustomer.remove(pending.customer);
            }
        }
        if (!pending.satisfied && !pending.deadline.isAfter(periodEnd)) {
            label(new TruthLabel(MistakeCode.NO_FOLLOW_UP, null, pending.caseId, null, null, null));
        }
    }

    private void satisfyFollowUps(int customer, Instant at) {
        List<PendingFollowUp> list = pendingByCustomer.get(customer);
        if (list != null) {
            for (PendingFollowUp pending : list) {
                if (!at.isBefore(pending.resolvedAt) && !at.isAfter(pending.deadline)) {
                    pending.satisfied = true;
                }
            }
        }
    }

    private void countForSpikes(int reason, Instant at) {
        LocalDate monday = localDate(at).with(DayOfWeek.MONDAY);
        advanceWeeks(monday);
        weekCounts[reason]++;
    }

    private void advanceWeeks(LocalDate monday) {
        if (currentWeek == null) {
            currentWeek = monday;
        }
        while (currentWeek.isBefore(monday)) {
            closeWeek(currentWeek);
            currentWeek = currentWeek.plusWeeks(1);
            weekCounts = new int[reasons.length];
        }
    }

    private void closeWeek(LocalDate monday) {
        boolean complete = !monday.isBefore(config.startDate()) && !monday.plusDays(6).isAfter(lastDay);
        if (!complete) {
            return;
        }
        if (completeWeeks.size() == 4) {
            for (int r = 0; r < reasons.length; r++) {
                double mean = 0;
                for (int[] week : completeWeeks) {
                    mean += week[r];
                }
                mean /= 4;
                double squares = 0;
                for (int[] week : completeWeeks) {
                    squares += (week[r] - mean) * (week[r] - mean);
                }
                double sd = Math.sqrt(squares / 3);
                if (weekCounts[r] >= 10 && weekCounts[r] > mean + 3 * sd) {
                    String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    label(new TruthLabel(MistakeCode.CONTACT_REASON_SPIKE, null, null, null, reasons[r].key(), week));
                }
            }
            completeWeeks.pollFirst();
        }
        completeWeeks.addLast(weekCounts.clone());
    }

    private void finish() {
        while (!pendingByDeadline.isEmpty()) {
            closeFollowUp(pendingByDeadline.poll());
        }
        advanceWeeks(lastDay.with(DayOfWeek.MONDAY).plusWeeks(1));
        for (Tier tier : Tier.values()) {
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                if (agents.get(i).tier() == tier && handled[i] >= 20) {
                    rates.add((double) escalated[i] / handled[i]);
                }
            }
            if (rates.isEmpty()) {
                continue;
            }
            double median = median(rates);
            List<Double> deviations = new ArrayList<>();
            for (double r : rates) {
                deviations.add(Math.abs(r - median));
            }
            double threshold = median + 2 * median(deviations);
            for (int i = 0; i < agents.size(); i++) {
                if (agents.get(i).tier() == tier && handled[i] >= 20 && (double) escalated[i] / handled[i] > threshold) {
                    label(new TruthLabel(MistakeCode.ESCALATION_PATTERN, null, null, agents.get(i).id(), null, null));
                }
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
