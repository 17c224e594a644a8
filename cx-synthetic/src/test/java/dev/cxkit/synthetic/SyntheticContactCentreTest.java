package dev.cxkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.cxkit.core.Action;
import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.PromiseOutcome;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the default configuration (35 days, about 86 000 interactions) once, checking every object
 * as it streams by, and then asserts on what was collected. The expected truth is recomputed here
 * from the catalog definitions, independently of the generator's own code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticContactCentreTest {

    private final GeneratorConfig config = GeneratorConfig.ofDefaults();
    private final Checker checker = new Checker(config);
    private GenerationSummary summary;

    @BeforeAll
    void generateDefaultMonth() {
        summary = SyntheticContactCentre.generate(config, checker);
        checker.finish();
    }

    @Test
    void labelsEveryMistakeCodeWithDefaults() {
        for (MistakeCode code : MistakeCode.values()) {
            assertThat(summary.labels(code)).as(code.name()).isPositive();
        }
        assertThat(checker.labelsPerCode).isEqualTo(new TreeMap<>(summary.labelsPerCode()));
    }

    @Test
    void perContactTruthMatchesTheDefinitionsExactly() {
        assertThat(checker.contactMismatches).isEmpty();
        assertThat(checker.checkedInteractions).isEqualTo(summary.interactions());
    }

    @Test
    void reopenedCaseLabelsMatchTheCaseHistories() {
        Set<String> reopened = new TreeSet<>();
        checker.caseEvents.forEach((caseId, events) -> {
            events.sort((a, b) -> a.at().compareTo(b.at()));
            for (int i = 1; i < events.size(); i++) {
                // A reopen: from SOLVED or CLOSED back to an active status (docs/kpis.md#reopen-rate).
                CaseStatus from = events.get(i - 1).status();
                if ((from == CaseStatus.SOLVED || from == CaseStatus.CLOSED) && events.get(i).status().isActive()) {
                    reopened.add(caseId);
                }
            }
        });
        assertThat(checker.reopenedLabels).isEqualTo(reopened);
    }

    @Test
    void noFollowUpLabelsMatchTheCaseHistoriesAndContacts() {
        // docs/audit-catalog.md#no_follow_up: a resolution (a move into SOLVED or CLOSED from an active
        // status) of a case that was HIGH/URGENT at the resolution, or had an escalated contact queued by
        // then, needs a contact of the customer, or a kept follow-up or callback promise, from the
        // resolution to the end of the second business day after its day.
        Set<String> expected = new TreeSet<>();
        checker.caseEvents.forEach((caseId, events) -> {
            events.sort((a, b) -> a.at().compareTo(b.at()));
            String customer = checker.caseCustomers.get(caseId);
            List<Instant> escalations = checker.caseEscalations.getOrDefault(caseId, List.of());
            dev.cxkit.core.Priority priority = events.get(0).priority();
            for (int i = 1; i < events.size(); i++) {
                if (events.get(i).priority() != null) {
                    priority = events.get(i).priority();
                }
                boolean resolution = !events.get(i).status().isActive() && events.get(i - 1).status().isActive();
                if (!resolution || customer == null) {
                    continue;
                }
                Instant resolved = events.get(i).at();
                boolean needed = priority.isHighOrAbove() || escalations.stream().anyMatch(t -> !t.isAfter(resolved));
                Instant deadline = checker.endOfSecondBusinessDayAfter(resolved);
                boolean followedUp = java.util.stream.Stream.concat(
                                checker.contactTimes.get(customer).stream(),
                                checker.keptFollowUpPromises.getOrDefault(customer, List.of()).stream())
                        .anyMatch(t -> !t.isBefore(resolved) && !t.isAfter(deadline));
                if (needed && !deadline.isAfter(config.periodEnd()) && !followedUp) {
                    expected.add(caseId);
                }
            }
        });
        assertThat(expected).isNotEmpty();
        assertThat(checker.noFollowUpLabels).isEqualTo(expected);
    }

    @Test
    void someFollowUpsAreKeptPromisesAndSomeEscalationsCameAfterTheOpening() {
        // The two ways issue 26 found the follow-up rule too narrow must occur in generated data, or
        // the precision of 1.000 would not cover them.
        assertThat(checker.keptFollowUpPromises).isNotEmpty();
        long escalatedLater = checker.caseEscalations.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && !checker.caseOpenedEscalated.contains(e.getKey())).count();
        assertThat(escalatedLater).isPositive();
    }

    @Test
    void onlyTheTrainingGapAgentsAndTheConfiguredSpikeAreLabelled() {
        // Defaults: the first T1 agent of the first two teams; orders.late-delivery × 3 in week 4
        // counted from the ISO week of Monday 2026-03-02 (W10), so W14.
        assertThat(checker.escalationPatternAgents).containsExactly("a-001", "a-002");
        assertThat(checker.spikes).containsExactly("orders.late-delivery@2026-W14");
    }

    @Test
    void teamAndReasonEscalationLabelsFollowTheMedianAndMadOfTheirPeers() {
        // docs/audit-catalog.md#escalation_pattern: teams against teams, reasons against reasons; peers
        // have at least 20 handled contacts; flagged above the median + 2 × MAD (unscaled).
        Set<String> expected = new TreeSet<>();
        for (String kind : List.of("team:", "reason:")) {
            Map<String, Double> rates = new TreeMap<>();
            checker.groupStats.forEach((group, s) -> {
                if (group.startsWith(kind) && s[0] >= 20) {
                    rates.put(group, (double) s[1] / s[0]);
                }
            });
            double median = median(new ArrayList<>(rates.values()));
            List<Double> deviations = rates.values().stream().map(r -> Math.abs(r - median)).toList();
            double mad = median(new ArrayList<>(deviations));
            rates.forEach((group, rate) -> {
                if (rate > median + 2 * mad) {
                    expected.add(group);
                }
            });
        }
        assertThat(checker.escalationPatternGroups).isEqualTo(expected);
    }

    private static double median(List<Double> values) {
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    @Test
    void trainingGapAgentsEscalateFarMoreThanPeers() {
        double gap = checker.escalationRate("a-001");
        List<Double> peers = checker.t1RatesExcept(Set.of("a-001", "a-002"));
        assertThat(peers).allSatisfy(rate -> assertThat(rate).isLessThan(gap / 2));
    }

    @Test
    void nearMissesArePresentAndUnlabelled() {
        assertThat(checker.nearMisses).containsKeys("hold stated 30 s, 40–44 s", "hold 4.5–5 min", "chat reply 36–45 s",
                "phone answer 50–60 s", "promise kept late", "negative feedback closed in 12–14 days",
                "grant exactly at the limit", "e-mail reply 20–24 business hours",
                "messaging reply 12–15 business minutes");
        checker.nearMisses.forEach((kind, count) -> assertThat(count).as(kind).isGreaterThan(5));
    }

    @Test
    void interactionsAreOrderedAndLiveOnesArriveWhenOpen() {
        assertThat(checker.outOfOrder).isZero();
        assertThat(checker.liveOutsideHours).isZero();
        assertThat(checker.agentNotEmployed).isZero();
    }

    @Test
    void channelMixIsWithinOnePointOfTheConfiguredShares() {
        for (Channel channel : Channel.values()) {
            double share = (double) summary.interactionsPerChannel().get(channel) / summary.interactions();
            assertThat(share).as(channel.name()).isBetween(config.demand().channelMix().get(channel) - 0.01,
                    config.demand().channelMix().get(channel) + 0.01);
        }
        // 2 000 on an average day over 35 days is 70 000 new contacts; repeats, follow-ups and the
        // spike add 15–30 %.
        assertThat(summary.interactions()).isBetween(75_000L, 95_000L);
    }

    /** Checks each object as it arrives; keeps only small per-customer histories and counters. */
    private static final class Checker implements GeneratedDataSink {
        private final GeneratorConfig config;
        private final Instant periodEnd;
        private final BusinessCalendar calendar;
        private final Map<String, Agent> agents = new HashMap<>();
        private final Map<String, long[]> agentStats = new HashMap<>();
        private Interaction current;
        private Instant lastQueuedAt;
        private final Set<MistakeCode> currentLabels = EnumSet.noneOf(MistakeCode.class);
        private final Map<String, List<long[]>> contactsByCustomer = new HashMap<>();
        private final Map<String, List<Object[]>> grantsByCustomer = new HashMap<>();
        final List<String> contactMismatches = new ArrayList<>();
        final Map<MistakeCode, Long> labelsPerCode = new TreeMap<>();
        final Map<String, List<CaseEvent>> caseEvents = new HashMap<>();
        final Set<String> reopenedLabels = new TreeSet<>();
        final Set<String> noFollowUpLabels = new TreeSet<>();
        final Map<String, String> caseCustomers = new HashMap<>();
        final Map<String, List<Instant>> caseEscalations = new HashMap<>();
        final Set<String> caseOpenedEscalated = new TreeSet<>();
        final Map<String, List<Instant>> keptFollowUpPromises = new HashMap<>();
        final Map<String, List<Instant>> contactTimes = new HashMap<>();
        final Set<String> escalationPatternAgents = new TreeSet<>();
        final Set<String> escalationPatternGroups = new TreeSet<>();
        /** Handled and escalated answered contacts that name an agent, per "team:id" and "reason:key". */
        final Map<String, long[]> groupStats = new TreeMap<>();
        final Set<String> spikes = new TreeSet<>();
        final Map<String, Integer> nearMisses = new TreeMap<>();
        long checkedInteractions;
        long outOfOrder;
        long liveOutsideHours;
        long agentNotEmployed;

        Checker(GeneratorConfig config) {
            this.config = config;
            this.periodEnd = config.periodEnd();
            this.calendar = config.calendar();
            for (MistakeCode code : MistakeCode.values()) {
                labelsPerCode.put(code, 0L);
            }
        }

        @Override
        public void agent(Agent agent) {
            agents.put(agent.id().value(), agent);
        }

        @Override
        public void caseEvent(CaseEvent event) {
            caseEvents.computeIfAbsent(event.caseId().value(), k -> new ArrayList<>()).add(event);
        }

        @Override
        public void interaction(Interaction interaction) {
            finishCurrent();
            if (lastQueuedAt != null && interaction.queuedAt().isBefore(lastQueuedAt)) {
                outOfOrder++;
            }
            lastQueuedAt = interaction.queuedAt();
            contactTimes.computeIfAbsent(interaction.customerId().value(), k -> new ArrayList<>()).add(interaction.queuedAt());
            if (interaction.caseId() != null) {
                String caseId = interaction.caseId().value();
                if (caseCustomers.putIfAbsent(caseId, interaction.customerId().value()) == null
                        && interaction.isEscalated()) {
                    caseOpenedEscalated.add(caseId);
                }
                if (interaction.isEscalated()) {
                    caseEscalations.computeIfAbsent(caseId, k -> new ArrayList<>()).add(interaction.queuedAt());
                }
            }
            for (Promise promise : interaction.promises()) {
                if ((promise.kind() == PromiseKind.FOLLOW_UP || promise.kind() == PromiseKind.CALLBACK)
                        && promise.fulfilledAt() != null && !promise.fulfilledAt().isAfter(periodEnd)) {
                    keptFollowUpPromises.computeIfAbsent(interaction.customerId().value(), k -> new ArrayList<>())
                            .add(promise.fulfilledAt());
                }
            }
            Channel channel = interaction.channel();
            if ((channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.SELF_SERVICE)
                    && !calendar.isOpen(interaction.queuedAt())) {
                liveOutsideHours++;
            }
            if (interaction.agentId() != null) {
                Agent agent = agents.get(interaction.agentId().value());
                if (agent == null || !agent.isEmployedOn(LocalDate.ofInstant(interaction.answeredAt(), config.zone()))) {
                    agentNotEmployed++;
                }
                long[] stats = agentStats.computeIfAbsent(interaction.agentId().value(), k -> new long[2]);
                stats[0]++;
                stats[1] += interaction.isEscalated() ? 1 : 0;
                List<String> groups = new ArrayList<>();
                if (interaction.team() != null) {
                    groups.add("team:" + interaction.team().value());
                }
                groups.add("reason:" + interaction.reason().key());
                for (String group : groups) {
                    long[] g = groupStats.computeIfAbsent(group, k -> new long[2]);
                    g[0]++;
                    g[1] += interaction.isEscalated() ? 1 : 0;
                }
            }
            current = interaction;
        }

        @Override
        public void truth(TruthLabel label) {
            labelsPerCode.merge(label.code(), 1L, Long::sum);
            if (label.code() == MistakeCode.REOPENED_CASE) {
                reopenedLabels.add(label.caseId().value());
                if (label.interactionId() != null && (current == null || !label.interactionId().equals(current.id()))) {
                    contactMismatches.add("reopen label " + label + " does not follow its interaction");
                }
                return;
            }
            if (label.code() == MistakeCode.NO_FOLLOW_UP) {
                noFollowUpLabels.add(label.caseId().value());
                return;
            }
            if (label.code() == MistakeCode.ESCALATION_PATTERN) {
                if (label.agentId() != null) {
                    escalationPatternAgents.add(label.agentId().value());
                } else {
                    escalationPatternGroups.add(label.team() != null ? "team:" + label.team() : "reason:" + label.reason());
                }
                return;
            }
            if (label.code() == MistakeCode.CONTACT_REASON_SPIKE) {
                spikes.add(label.reason() + "@" + label.week());
                return;
            }
            if (label.interactionId() != null) {
                if (current == null || !label.interactionId().equals(current.id())) {
                    contactMismatches.add("label " + label + " does not follow its interaction");
                } else if (!currentLabels.add(label.code())) {
                    contactMismatches.add("duplicate " + label);
                }
            }
        }

        void finish() {
            finishCurrent();
        }

        /** The last closing time of the second day with opening hours after the local day of {@code at}. */
        Instant endOfSecondBusinessDayAfter(Instant at) {
            LocalDate day = LocalDate.ofInstant(at, config.zone());
            int found = 0;
            while (found < 2) {
                day = day.plusDays(1);
                if (!calendar.openingHours(day.getDayOfWeek()).isEmpty() && !calendar.holidays().contains(day)) {
                    found++;
                }
            }
            var hours = calendar.openingHours(day.getDayOfWeek());
            return day.atTime(hours.get(hours.size() - 1).end()).atZone(config.zone()).toInstant();
        }

        double escalationRate(String agentId) {
            long[] stats = agentStats.get(agentId);
            return (double) stats[1] / stats[0];
        }

        List<Double> t1RatesExcept(Set<String> excluded) {
            List<Double> rates = new ArrayList<>();
            agentStats.forEach((id, stats) -> {
                if (!excluded.contains(id) && agents.get(id).tier() == Tier.T1 && stats[0] >= 20) {
                    rates.add((double) stats[1] / stats[0]);
                }
            });
            return rates;
        }

        private void finishCurrent() {
            if (current == null) {
                return;
            }
            Set<MistakeCode> expected = expectedCodes(current);
            if (!expected.equals(currentLabels)) {
                contactMismatches.add(current.id() + ": expected " + expected + " but labelled " + currentLabels);
            }
            countNearMisses(current, expected);
            checkedInteractions++;
            currentLabels.clear();
            current = null;
        }

        /** The catalog definitions (§4 defaults), applied to one interaction. */
        private Set<MistakeCode> expectedCodes(Interaction i) {
            Set<MistakeCode> codes = EnumSet.noneOf(MistakeCode.class);
            for (Promise p : i.promises()) {
                if (p.outcomeAt(periodEnd) == PromiseOutcome.BROKEN) {
                    codes.add(MistakeCode.BROKEN_PROMISE);
                }
            }
            long totalHold = 0;
            for (HoldSegment h : i.holds()) {
                long actual = h.duration().getSeconds();
                totalHold += actual;
                if (h.statedWait() != null) {
                    long stated = h.statedWait().getSeconds();
                    if (actual * 2 > stated * 3 && actual > stated + 30) {
                        codes.add(MistakeCode.HOLD_OVER_STATED);
                    }
                }
                if (actual > 300) {
                    codes.add(MistakeCode.LONG_HOLD);
                }
                if (Boolean.FALSE.equals(h.explained())) {
                    codes.add(MistakeCode.UNEXPLAINED_HOLD);
                }
            }
            if (totalHold > 300) {
                codes.add(MistakeCode.LONG_HOLD);
            }
            if (!i.isAbandoned()) {
                Instant reply = i.firstReplyAt() != null ? i.firstReplyAt() : i.answeredAt();
                long seconds = Duration.between(i.queuedAt(), reply).getSeconds();
                boolean slow = switch (i.channel()) {
                    case PHONE -> Duration.between(i.queuedAt(), i.answeredAt()).getSeconds() > 60;
                    case CHAT, SOCIAL -> seconds > 45;
                    case EMAIL -> calendar.businessDurationBetween(i.queuedAt(), reply).compareTo(Duration.ofHours(24)) > 0;
                    // Meta's "very responsive" badge: 15 minutes, away (closed) time not counted.
                    case MESSAGING -> calendar.businessDurationBetween(i.queuedAt(), reply).compareTo(Duration.ofMinutes(15)) > 0;
                    default -> false;
                };
                if (slow) {
                    codes.add(MistakeCode.SLOW_FIRST_REPLY);
                }
            }
            for (Transfer t : i.transfers()) {
                if (Boolean.FALSE.equals(t.warm())) {
                    codes.add(MistakeCode.COLD_TRANSFER);
                }
                if (t.handoffSummary() == null || t.handoffSummary().isBlank()) {
                    codes.add(MistakeCode.MISSING_HANDOFF_SUMMARY);
                }
            }
            if (i.customerRepeatedInformation()) {
                codes.add(MistakeCode.CUSTOMER_REPEATED_INFO);
            }
            for (EmotionalCue cue : i.emotionalCues()) {
                if (Boolean.FALSE.equals(cue.acknowledged())) {
                    codes.add(MistakeCode.EMOTION_NOT_ACKNOWLEDGED);
                }
            }
            Feedback f = i.feedback();
            if (f != null && (f.isNegative() || f.priority().isHighOrAbove())
                    && f.openFor(periodEnd).compareTo(Duration.ofDays(14)) > 0) {
                codes.add(MistakeCode.FEEDBACK_LOOP_OPEN);
            }
            if (isRepeat(i)) {
                codes.add(MistakeCode.REPEAT_CONTACT);
            }
            SelfServiceSession bot = i.selfService();
            if (bot != null && (bot.outcome() == SelfServiceSession.Outcome.ABANDONED
                    || bot.outcome() == SelfServiceSession.Outcome.LOOPED) && Boolean.FALSE.equals(bot.personOffered())) {
                codes.add(MistakeCode.BOT_DEAD_END);
            }
            if (isOverAuthority(i)) {
                codes.add(MistakeCode.OVER_AUTHORITY);
            }
            return codes;
        }

        private boolean isRepeat(Interaction i) {
            long now = i.queuedAt().getEpochSecond();
            int reason = i.reason().key().hashCode();
            List<long[]> history = contactsByCustomer.computeIfAbsent(i.customerId().value(), k -> new ArrayList<>());
            history.removeIf(e -> e[0] < now - 7 * 86_400);
            boolean repeat = history.stream().anyMatch(e -> e[1] == reason && e[0] < now);
            history.add(new long[] {now, reason});
            return repeat;
        }

        /** The default authority matrix, written out again here from the brief (EUR). */
        private static BigDecimal[] limit(Action action, Tier tier) {
            int t = tier.ordinal();
            String[][] table = switch (action) {
                case REFUND -> new String[][] {{"50", "150"}, {"200", "600"}, {"1000", "3000"}};
                case CREDIT -> new String[][] {{"30", "100"}, {"150", "450"}, {"500", "1500"}};
                case FEE_WAIVER -> new String[][] {{"25", "75"}, {"100", "300"}, {"300", "900"}};
                case GOODWILL_GESTURE -> new String[][] {{"20", "60"}, {"50", "150"}, {"150", "450"}};
                case DISCOUNT -> new String[][] {{"10", null}, {"20", null}, {"40", null}};
                case REPLACEMENT -> new String[][] {{"50", null}, {"200", null}, {"1000", null}};
            };
            return new BigDecimal[] {new BigDecimal(table[t][0]), table[t][1] == null ? null : new BigDecimal(table[t][1])};
        }

        private boolean isOverAuthority(Interaction i) {
            long now = i.queuedAt().getEpochSecond();
            List<Object[]> history = grantsByCustomer.computeIfAbsent(i.customerId().value(), k -> new ArrayList<>());
            history.removeIf(e -> (long) e[0] < now - 30 * 86_400);
            boolean over = false;
            for (Grant g : i.grants()) {
                BigDecimal[] limit = limit(g.action(), i.agentTier());
                BigDecimal amount = g.amount() instanceof Money m ? m.amount() : ((Percent) g.amount()).value();
                BigDecimal prior = BigDecimal.ZERO;
                for (Object[] e : history) {
                    if (e[1] == g.action()) {
                        prior = prior.add((BigDecimal) e[2]);
                    }
                }
                if (amount.compareTo(limit[0]) > 0 || (limit[1] != null && prior.add(amount).compareTo(limit[1]) > 0)) {
                    over = true;
                }
                history.add(new Object[] {now, g.action(), amount});
                if (amount.compareTo(limit[0]) == 0 && !over) {
                    nearMisses.merge("grant exactly at the limit", 1, Integer::sum);
                }
            }
            return over;
        }

        private void countNearMisses(Interaction i, Set<MistakeCode> codes) {
            for (HoldSegment h : i.holds()) {
                long a = h.duration().getSeconds();
                if (h.statedWait() != null && h.statedWait().getSeconds() == 30 && a >= 40 && a <= 44
                        && !codes.contains(MistakeCode.HOLD_OVER_STATED)) {
                    nearMisses.merge("hold stated 30 s, 40–44 s", 1, Integer::sum);
                }
            }
            if (i.hold().getSeconds() > 270 && i.hold().getSeconds() <= 300 && !codes.contains(MistakeCode.LONG_HOLD)) {
                nearMisses.merge("hold 4.5–5 min", 1, Integer::sum);
            }
            if (!i.isAbandoned() && !codes.contains(MistakeCode.SLOW_FIRST_REPLY)) {
                long wait = i.queueWait().getSeconds();
                if (i.channel() == Channel.CHAT && wait > 35) {
                    nearMisses.merge("chat reply 36–45 s", 1, Integer::sum);
                }
                if (i.channel() == Channel.PHONE && wait >= 50) {
                    nearMisses.merge("phone answer 50–60 s", 1, Integer::sum);
                }
                if (i.channel() == Channel.MESSAGING && calendar.businessDurationBetween(i.queuedAt(), i.firstReplyAt())
                        .compareTo(Duration.ofMinutes(12)) >= 0) {
                    nearMisses.merge("messaging reply 12–15 business minutes", 1, Integer::sum);
                }
                if (i.channel() == Channel.EMAIL
                        && calendar.businessDurationBetween(i.queuedAt(), i.firstReplyAt()).compareTo(Duration.ofHours(20)) >= 0) {
                    nearMisses.merge("e-mail reply 20–24 business hours", 1, Integer::sum);
                }
            }
            for (Promise p : i.promises()) {
                if (p.outcomeAt(periodEnd) == PromiseOutcome.KEPT_LATE) {
                    nearMisses.merge("promise kept late", 1, Integer::sum);
                }
            }
            Feedback f = i.feedback();
            if (f != null && f.isNegative() && f.loopClosedAt() != null
                    && f.openFor(periodEnd).compareTo(Duration.ofDays(12)) > 0 && !codes.contains(MistakeCode.FEEDBACK_LOOP_OPEN)) {
                nearMisses.merge("negative feedback closed in 12–14 days", 1, Integer::sum);
            }
        }
    }

    @Test
    void agentIdsAreUnique() {
        assertThat(checker.agents).hasSize((int) summary.agents());
        assertThat(checker.agents.keySet()).contains(AgentId.of("a-001").value());
    }
}
