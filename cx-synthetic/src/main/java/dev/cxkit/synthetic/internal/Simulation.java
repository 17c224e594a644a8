package dev.cxkit.synthetic.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dev.cxkit.core.CustomerEvent;
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
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GenerationSummary;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.ReasonWeight;
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
    /** Share of customers who churn after an unresolved first contact, and after a resolved one. */
    private static final double UNRESOLVED_CHURN = 0.12;
    private static final double RESOLVED_CHURN = 0.05;
    private static final long REPEAT_WINDOW = 7 * DAY;
    private static final String[] CUES = {"frustrated", "angry", "anxious", "confused", "disappointed"};
    private static final Currency EUR = Currency.getInstance("EUR");

    private final GeneratorConfig config;
    private final GeneratedDataSink sink;
    /** Customers whose first answered contact was seen; its outcome decided whether they churn (issue 22). */
    private final java.util.BitSet firstContactSeen = new java.util.BitSet();
    private final SplittableRandom random;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final Instant periodStart;
    private final Instant periodEnd;
    private final LocalDate lastDay;
    private final AuthorityLimits limits;

    private final double[] rates = new double[MistakeCode.values().length];
    private final ContactReason[] reasons;
    private final int[] reasonTeam;
    private final List<TeamId> teams;
    private final Roster roster;
    private final Arrivals arrivals;
    private final GroundTruth truth;

    private long interactionSeq;
    private long caseSeq;
    private long promiseSeq;
    private long caseCount;
    /** Interactions written: those that ended before periodEnd. */
    private long emitted;
    /** The second resolution of cases reopened by a planned contact, until that contact is built. */
    private final Map<CaseId, Instant> reopenResolutions = new HashMap<>();
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
        List<ReasonWeight> list = config.demand().reasons();
        reasons = new ContactReason[list.size()];
        double[] reasonWeights = new double[list.size()];
        reasonTeam = new int[list.size()];
        double total = list.stream().mapToDouble(ReasonWeight::weight).sum();
        for (int i = 0; i < list.size(); i++) {
            reasons[i] = list.get(i).reason();
            reasonWeights[i] = list.get(i).weight() / total;
            reasonTeam[i] = teams.indexOf(list.get(i).team());
        }
        this.roster = new Roster(config, random, teams, lastDay);
        this.arrivals = new Arrivals(config, random, reasons, reasonWeights);
        this.truth = new GroundTruth(config, reasons, this::label);
        for (Channel channel : Channel.values()) {
            perChannel.put(channel, 0L);
        }
        for (MistakeCode code : MistakeCode.values()) {
            perCode.put(code, 0L);
            rates[code.ordinal()] = config.behaviour().mistakeRate(code);
        }
    }

    /**
     * Runs the whole period.
     *
     * @return what was produced
     */
    public GenerationSummary run() {
        roster.create(sink);
        truth.agents(roster.agents().size());
        for (LocalDate day = config.startDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<Arrival> fresh = arrivals.newOn(day);
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            int next = 0;
            while (true) {
                Arrival plan = arrivals.plannedBefore(dayEnd);
                if (next < fresh.size() && (plan == null || !plan.at().isBefore(fresh.get(next).at()))) {
                    emit(fresh.get(next++));
                } else if (plan != null) {
                    emit(arrivals.takePlanned());
                } else {
                    break;
                }
            }
            roster.forgetBefore(LocalDate.ofInstant(dayEnd, zone).minusDays(2));
        }
        truth.finish(roster.agents());
        return new GenerationSummary(perChannel, perCode, emitted, caseCount, caseEventCount,
                roster.agents().size(), periodStart, periodEnd);
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
        return (z >>> 11) * 0x1.0p-53 < config.demand().vipShare();
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
        truth.expireFollowUps(interaction.queuedAt());
        if (!interaction.endedAt().isBefore(periodEnd)) {
            // The data set is an export taken at periodEnd, so nothing in it happens after periodEnd: a contact
            // still going on then is left out (it belongs to the next export), and the truth never sees it.
            if (arrival.kind() == Arrival.Kind.REOPEN && arrival.caseId() != null) {
                // Its case's reopening event was recorded before periodEnd all the same.
                reopenResolutions.remove(arrival.caseId());
                label(new TruthLabel(MistakeCode.REOPENED_CASE, null, arrival.caseId(), null, null, null));
            }
            return;
        }
        emitted++;
        sink.interaction(interaction);
        perChannel.merge(interaction.channel(), 1L, Long::sum);

        Set<MistakeCode> codes = ContactRules.contactCodes(interaction, periodEnd, calendar);
        if (truth.trackRepeat(arrival.customer(), arrival.reason(), interaction.queuedAt())) {
            codes.add(MistakeCode.REPEAT_CONTACT);
        }
        if (truth.trackGrants(arrival.customer(), interaction)) {
            codes.add(MistakeCode.OVER_AUTHORITY);
        }
        for (MistakeCode code : codes) {
            label(TruthLabel.ofInteraction(code, interaction.id()));
        }
        if (arrival.kind() == Arrival.Kind.REOPEN && arrival.caseId() != null) {
            label(new TruthLabel(MistakeCode.REOPENED_CASE, interaction.id(), arrival.caseId(), null, null, null));
            Instant solvedAgain = reopenResolutions.remove(arrival.caseId());
            if (solvedAgain != null && interaction.isEscalated()) {
                // Escalated after its opening: the second resolution needs a follow-up (issue 26 item 4).
                followUpAfter(arrival.caseId(), arrival, solvedAgain);
            }
        }
        truth.satisfyFollowUps(arrival.customer(), interaction.queuedAt());
        for (Promise promise : interaction.promises()) {
            if ((promise.kind() == PromiseKind.FOLLOW_UP || promise.kind() == PromiseKind.CALLBACK)
                    && promise.fulfilledAt() != null) {
                truth.promiseFulfilled(arrival.customer(), promise.fulfilledAt());
            }
        }
        truth.countForSpikes(arrival.reason(), interaction.queuedAt());
        if (built.agent >= 0 && !interaction.isAbandoned()) {
            truth.handled(built.agent, interaction.team(), arrival.reason(), interaction.isEscalated());
        }
        if (built.opensCase) {
            planCase(interaction, arrival);
        }
        boolean repeatPlanned = arrival.kind() != Arrival.Kind.FOLLOW_UP && chance(config.demand().repeatContactProbability());
        if (!interaction.isAbandoned() && !firstContactSeen.get(arrival.customer())) {
            firstContactSeen.set(arrival.customer());
            maybeChurn(arrival.customer(), interaction.queuedAt(), repeatPlanned);
        }
        if (repeatPlanned) {
            long delay = uniform(3 * 3600L, 6 * DAY);
            arrivals.plan(interaction.queuedAt().plusSeconds(delay), Arrival.Kind.REPEAT, arrivals.sampleChannel(), arrival.reason(),
                    arrival.customer(), null);
        } else if (arrival.kind() == Arrival.Kind.NEW && chance(config.behaviour().nearMissRate() * 0.2)) {
            // Near miss: the same customer and reason again, just outside the 7-day window.
            long delay = REPEAT_WINDOW + uniform(2 * 3600L, 36 * 3600L);
            arrivals.plan(interaction.queuedAt().plusSeconds(delay), Arrival.Kind.REPEAT, arrivals.sampleChannel(), arrival.reason(),
                    arrival.customer(), null);
        }
    }

    /**
     * Churn after the customer's first answered contact: more likely when that contact will be repeated
     * (not resolved at first contact, article 000). Drawn from a generator of its own, seeded by the
     * customer, so adding churn (issue 22) left every other generated figure as it was.
     */
    private void maybeChurn(int customer, Instant firstContact, boolean unresolved) {
        SplittableRandom own = new SplittableRandom(config.seed() * 1_000_003L + customer);
        if (own.nextDouble() < (unresolved ? UNRESOLVED_CHURN : RESOLVED_CHURN)) {
            Instant at = firstContact.plusSeconds(own.nextLong(REPEAT_WINDOW + DAY, 30 * DAY));
            if (at.isBefore(periodEnd)) {
                sink.customerEvent(CustomerEvent.churned(customerId(customer), at));
            }
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
        boolean planned = arrival.kind() != Arrival.Kind.NEW && arrival.kind() != Arrival.Kind.REPEAT;
        boolean outbound = arrival.kind() == Arrival.Kind.FOLLOW_UP;
        Interaction.Builder b = Interaction.builder(id, customerId(customer), channel)
                .customerSegment(isVip(customer) ? Segment.VIP : Segment.STANDARD)
                .reason(reasons[arrival.reason()]);

        // A self-service contact starts with the bot; only a hand-over reaches a person (the usual path below).
        if (channel == Channel.SELF_SERVICE && !planned) {
            double v = random.nextDouble();
            SelfServiceSession.Outcome outcome = v < 0.55 ? SelfServiceSession.Outcome.RESOLVED
                    : v < 0.75 ? SelfServiceSession.Outcome.HANDED_OVER
                    : v < 0.90 ? SelfServiceSession.Outcome.ABANDONED : SelfServiceSession.Outcome.LOOPED;
            if (outcome != SelfServiceSession.Outcome.HANDED_OVER) {
                return new Built(botSession(b, arrival, outcome), -1, false);
            }
            // Near miss of BOT_DEAD_END: handed over, mostly with the conversation so far.
            b.selfService(new SelfServiceSession(outcome, (int) uniform(2, 12), true, chance(0.7)));
        }

        // First answer or reply.
        Response response = firstResponse(channel, queuedAt, outbound);
        Instant answeredAt = response.answeredAt();
        Instant firstReplyAt = response.firstReplyAt();
        boolean slow = response.slow();
        if (!outbound && response.queueWait() >= 0 && chance(slow ? 0.30 : 0.04)) {
            Instant endedAt = queuedAt.plusSeconds(Math.max(1, Math.round(response.queueWait() * uniform(0.2, 0.95))));
            Interaction abandoned = b.queuedAt(queuedAt).endedAt(endedAt).caseId(arrival.caseId()).build();
            return new Built(abandoned, -1, false);
        }

        // Agent.
        int team = reasonTeam[arrival.reason()];
        double u = random.nextDouble();
        Tier tier = u < 0.80 || planned ? Tier.T1 : u < 0.97 ? Tier.T2 : Tier.T3;
        int agentIndex = roster.pickAgent(answeredAt, team, tier);
        Agent agent = agentIndex >= 0 ? roster.agent(agentIndex) : null;
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
        List<HoldSpec> holds = channel == Channel.PHONE && !outbound ? holdPlan() : List.of();
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
        // A reopening contact may be escalated too (a case escalated after its opening contact); follow-ups are not.
        boolean escalates = addTransfers(b, agentIndex, agentTier, team, planned,
                !planned || arrival.kind() == Arrival.Kind.REOPEN, answeredAt, connected, endedAt);
        b.customerRepeatedInformation(chance(rate(MistakeCode.CUSTOMER_REPEATED_INFO)));

        // Emotional cues.
        boolean unacknowledged = addCues(b, answeredAt, connected);
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
        if (!outbound && chance(config.behaviour().nearMissRate())) {
            b.addPromise(promise(id, madeAt, team, 1));
        }

        // Grants.
        if (!outbound && agent != null) {
            addGrants(b, customer, team, agentTier, queuedAt);
        }

        // Feedback.
        boolean openLoop = chance(rate(MistakeCode.FEEDBACK_LOOP_OPEN));
        boolean nearLoop = !openLoop && chance(config.behaviour().nearMissRate());
        if (openLoop || nearLoop || chance(config.behaviour().surveyProbability())) {
            Feedback feedback = feedback(endedAt, sentiment, slow, openLoop, nearLoop, agent == null ? null : agent.id());
            if (feedback != null) {
                b.feedback(feedback);
            }
        }

        // Case.
        boolean opensCase = arrival.kind() != Arrival.Kind.FOLLOW_UP && arrival.kind() != Arrival.Kind.REOPEN
                && (escalates ? chance(0.6) : chance(config.behaviour().caseProbability()));
        if (opensCase) {
            b.caseId(CaseId.of(padded("k-", ++caseSeq, 7)));
        } else {
            b.caseId(arrival.caseId());
        }
        return new Built(b.build(), agentIndex, opensCase);
    }

    /**
     * A session the bot ends on its own: answered by the bot at once, no agent, no agent talk (not
     * recorded), no hold or wrap-up. A failed one (abandoned or looped) is a dead end at the
     * BOT_DEAD_END rate (no person offered); one in ten does not record the offer (not judged). Some
     * failed sessions bring the customer back to a person with the same reason within days.
     */
    private Interaction botSession(Interaction.Builder b, Arrival arrival, SelfServiceSession.Outcome outcome) {
        Instant queuedAt = arrival.at();
        boolean looped = outcome == SelfServiceSession.Outcome.LOOPED;
        int steps = (int) (looped ? uniform(8, 30) : uniform(1, 12));
        long seconds = looped ? logNormalSeconds(420, 0.5, 60, 3600) : logNormalSeconds(150, 0.6, 15, 1800);
        Boolean offered;
        if (!outcome.isFailure()) {
            offered = chance(0.2);
        } else if (chance(0.1)) {
            offered = null;
        } else {
            offered = !chance(rate(MistakeCode.BOT_DEAD_END));
        }
        b.queuedAt(queuedAt).answeredAt(queuedAt).endedAt(queuedAt.plusSeconds(seconds))
                .talk(null).hold(Duration.ZERO).afterContactWork(Duration.ZERO)
                .resolved(outcome == SelfServiceSession.Outcome.RESOLVED)
                .caseId(arrival.caseId())
                .selfService(new SelfServiceSession(outcome, steps, offered, null));
        if (outcome.isFailure() && arrival.kind() == Arrival.Kind.NEW && chance(0.5)) {
            // The customer tries a person next, mostly soon; a few come back only after the 7-day window.
            long delay = chance(0.9) ? uniform(600, 3 * DAY) : REPEAT_WINDOW + uniform(3600L, DAY);
            arrivals.plan(queuedAt.plusSeconds(seconds + delay), Arrival.Kind.REPEAT,
                    chance(0.6) ? Channel.PHONE : Channel.CHAT, arrival.reason(), arrival.customer(), null);
        }
        return b.build();
    }

    /** When a contact was answered and first replied to, whether slowly on purpose, and the queue wait (-1: none). */
    private record Response(Instant answeredAt, @Nullable Instant firstReplyAt, boolean slow, long queueWait) {
    }

    /** The answer (or first reply) of a contact: the injected slow replies and near misses; abandonment is decided after. */
    private Response firstResponse(Channel channel, Instant queuedAt, boolean outbound) {
        boolean slowEligible = !outbound && channel != Channel.SELF_SERVICE;
        double slowRate = rate(MistakeCode.SLOW_FIRST_REPLY) / (channel.isLive() ? 0.7 : 1.0);
        boolean slow = slowEligible && chance(Math.min(1.0, slowRate));
        boolean nearSlow = slowEligible && !slow && chance(config.behaviour().nearMissRate());
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
                // Messaging: 15 minutes of business time (Meta's badge); near misses at 12–14 minutes.
                long seconds = slow ? uniform(20 * 60L, 3 * 3600L) : nearSlow ? uniform(12 * 60L, 14 * 60L)
                        : uniform(60, 10 * 60L);
                reply = calendar.plusBusiness(queuedAt, Duration.ofSeconds(seconds));
            }
            answeredAt = reply;
            firstReplyAt = reply;
        }
        return new Response(answeredAt, firstReplyAt, slow, wait);
    }

    /** The hold segments of an inbound call: clean holds, the injected mistakes and near misses, shuffled. */
    private List<HoldSpec> holdPlan() {
        List<HoldSpec> holds = new ArrayList<>();
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
        if (chance(config.behaviour().nearMissRate())) {
            // 30 s stated, 40–44 s actual (limit 45 s); 60 s stated, 82–88 s actual (limit 90 s).
            long stated = random.nextBoolean() ? 30 : 60;
            holds.add(new HoldSpec(stated == 30 ? uniform(40, 44) : uniform(82, 88), true, stated));
        } else if (!injected && chance(config.behaviour().nearMissRate())) {
            holds.clear();
            holds.add(new HoldSpec(uniform(270, 290), true, null));
        }
        for (int i = holds.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            HoldSpec tmp = holds.get(i);
            holds.set(i, holds.get(j));
            holds.set(j, tmp);
        }
        return holds;
    }

    /** Adds the escalation (when the agent's rate makes one due) and lateral transfers; says whether it escalated. */
    private boolean addTransfers(Interaction.Builder b, int agentIndex, Tier agentTier, int team, boolean planned,
            boolean mayEscalate, Instant answeredAt, long connected, Instant endedAt) {
        boolean escalates = false;
        if (agentIndex >= 0) {
            escalates = roster.escalationDue(agentIndex, mayEscalate && agentTier != Tier.T3);
        }
        boolean cold = !planned && chance(rate(MistakeCode.COLD_TRANSFER));
        boolean noSummary = !planned && chance(rate(MistakeCode.MISSING_HANDOFF_SUMMARY));
        boolean lateral = !planned && (chance(0.04) || ((cold || noSummary) && !escalates));
        boolean coldDone = false;
        boolean summaryDone = false;
        Instant transferAt = answeredAt.plusSeconds(Math.round(connected * uniform(0.5, 0.9)));
        if (escalates) {
            Tier to = agentTier == Tier.T1 ? Tier.T2 : Tier.T3;
            int receiver = roster.pickAgent(answeredAt, team, to);
            b.addTransfer(new Transfer(transferAt, receiver >= 0 ? roster.agent(receiver).id() : null, to, !cold,
                    noSummary ? (random.nextBoolean() ? null : " ") : "Tried: checked account, reproduced issue"));
            coldDone = cold;
            summaryDone = noSummary;
        }
        if (lateral) {
            int otherTeam = (team + 1 + random.nextInt(Math.max(1, teams.size() - 1))) % teams.size();
            int receiver = roster.pickAgent(answeredAt, otherTeam, agentTier);
            b.addTransfer(new Transfer(transferAt.plusSeconds(1).isAfter(endedAt) ? transferAt : transferAt.plusSeconds(1),
                    receiver >= 0 ? roster.agent(receiver).id() : null, agentTier, !(cold && !coldDone),
                    noSummary && !summaryDone ? null : "Verified identity; needs " + teams.get(otherTeam) + " team"));
        }
        return escalates;
    }

    /** Adds the emotional cues: acknowledged ones and near misses, and the injected unacknowledged one. */
    private boolean addCues(Interaction.Builder b, Instant answeredAt, long connected) {
        boolean unacknowledged = chance(rate(MistakeCode.EMOTION_NOT_ACKNOWLEDGED));
        if (chance(0.12) || chance(config.behaviour().nearMissRate())) {
            b.addEmotionalCue(new EmotionalCue(answeredAt.plusSeconds(Math.round(connected * uniform(0.05, 0.5))),
                    CUES[random.nextInt(CUES.length)], true));
        }
        if (unacknowledged) {
            b.addEmotionalCue(new EmotionalCue(answeredAt.plusSeconds(Math.round(connected * uniform(0.05, 0.5))),
                    CUES[random.nextInt(CUES.length)], false));
        }
        return unacknowledged;
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
        boolean near = !over && chance(config.behaviour().nearMissRate());
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
        long prior = truth.priorGrants(customer, action, at);
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

    private @Nullable Feedback feedback(Instant endedAt, double sentiment, boolean slow, boolean openLoop, boolean nearLoop,
            @Nullable AgentId owner) {
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
        return Feedback.builder(receivedAt)
                .csat(CsatScore.of(csat, 5))
                .ces(CesScore.of(ces, 5))
                .nps(nps)
                .resolved(csat >= 4)
                .themes(themes)
                .priority(priority)
                .loopClosedAt(closed)
                .owner(owner)
                .respondedAt(response(receivedAt, csat, negative))
                .build();
    }

    /**
     * When the owner first answered the feedback, or null. Drawn from its own generator seeded by the
     * feedback, so adding it (issue 22) left every other generated figure as it was. Negative
     * feedback is answered most often; positive feedback gets a thank-you about half the time.
     */
    private @Nullable Instant response(Instant receivedAt, int csat, boolean negative) {
        SplittableRandom own = new SplittableRandom(receivedAt.toEpochMilli() * 31 + csat);
        double share = negative ? 0.85 : csat >= 4 ? 0.55 : 0.4;
        if (own.nextDouble() >= share) {
            return null;
        }
        Instant at = receivedAt.plusSeconds(own.nextLong(DAY / 24, negative ? DAY : 3 * DAY));
        return at.isBefore(periodEnd) ? at : null;
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
            followUpAfter(caseId, arrival, resolved);
            events.add(new CaseEvent(caseId, resolved.plus(Duration.ofDays(7)), CaseStatus.CLOSED, null));
        } else if (chance(Math.min(1.0, rate(MistakeCode.REOPENED_CASE) / 0.7))) {
            Instant reopened;
            boolean reopenedByContact = chance(0.7);
            if (reopenedByContact) {
                reopened = arrivals.openAtOrAfter(calendar.plusBusiness(resolved, Duration.ofSeconds(uniform(3600, 20 * 3600L))));
                arrivals.plan(reopened, Arrival.Kind.REOPEN, arrivals.sampleChannel(), arrival.reason(),
                        arrival.customer(), caseId);
            } else {
                reopened = resolved.plusSeconds(uniform(2 * 3600L, 3 * DAY));
                if (reopened.isBefore(periodEnd)) {
                    label(new TruthLabel(MistakeCode.REOPENED_CASE, null, caseId, null, null, null));
                }
            }
            events.add(new CaseEvent(caseId, reopened, CaseStatus.OPEN, null));
            Instant solvedAgain = calendar.plusBusiness(reopened, Duration.ofSeconds(uniform(3600, 16 * 3600L)));
            if (reopenedByContact) {
                reopenResolutions.put(caseId, solvedAgain);
            }
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

    /**
     * A resolution that needs a follow-up: plans the follow-up contact, except for the injected
     * NO_FOLLOW_UP mistakes (or a near miss on the last day), and waits for it in the truth.
     */
    private void followUpAfter(CaseId caseId, Arrival arrival, Instant resolved) {
        if (!chance(rate(MistakeCode.NO_FOLLOW_UP))) {
            Instant followUp;
            if (chance(config.behaviour().nearMissRate() * 3)) {
                // Near miss: on the second business day after the resolution day, still in time.
                LocalDate day = calendar.nthBusinessDayAfter(calendar.dateOf(resolved), 2);
                OpeningInterval first = calendar.openingHours(day.getDayOfWeek()).get(0);
                followUp = day.atTime(first.start()).atZone(zone).toInstant().plusSeconds(uniform(600, 3600));
            } else {
                followUp = calendar.plusBusiness(resolved, Duration.ofSeconds(uniform(900, 5 * 3600L)));
            }
            arrivals.plan(followUp, Arrival.Kind.FOLLOW_UP, arrivals.sampleChannel(), arrival.reason(), arrival.customer(), caseId);
        }
        if (resolved.isBefore(periodEnd)) {
            truth.awaitFollowUp(caseId, arrival.customer(), resolved,
                    calendar.endOfNthBusinessDayAfter(calendar.dateOf(resolved), 2), arrivals.nextSeq());
        }
    }

    // ---------------------------------------------------------------- truth trackers

}
