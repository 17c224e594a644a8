package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Case;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * The laws of {@link KpiAccumulator} for every accumulator of this package: combining shard
 * accumulators equals one pass (exactly — sums are kept as integers or exact durations), combine is
 * commutative, rates stay in [0, 1] (NPS in [−100, 100]), and the collector on a parallel stream
 * equals a sequential pass.
 */
class KpiAccumulatorLawsTest {

    private static final Instant WEEK_END = T0.plus(Duration.ofDays(7));
    private static final BusinessCalendar NINE_TO_FIVE_UTC =
            BusinessCalendar.builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    /** What to check for one accumulator: how to create it and which values it reports. */
    record Spec<T, A extends KpiAccumulator<T, A>>(String name, Supplier<A> factory, Function<A, List<KpiValue>> results) {

        A fold(List<T> items) {
            A accumulator = factory.get();
            items.forEach(accumulator);
            return accumulator;
        }
    }

    private static <T, A extends KpiAccumulator<T, A>> Spec<T, A> spec(String name, Supplier<A> factory,
            Function<A, List<KpiValue>> results) {
        return new Spec<>(name, factory, results);
    }

    private static <T, A extends KpiAccumulator<T, A>> Spec<T, A> spec(String name, Supplier<A> factory) {
        return new Spec<>(name, factory, a -> List.of(a.result()));
    }

    private static List<Spec<Interaction, ?>> interactionSpecs() {
        return List.of(
                spec("csat", () -> CustomerSatisfaction.create(CsatVariant.topBox())),
                spec("ces", () -> CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE)),
                spec("nps", NetPromoterScore::create),
                spec("aht", AverageHandleTime::create),
                spec("asa", AverageSpeedOfAnswer::create),
                spec("first reply calendar", () -> FirstResponseTime.create(TimeBasis.calendar())),
                spec("first reply business", () -> FirstResponseTime.create(TimeBasis.business(NINE_TO_FIVE_UTC))),
                spec("service level", ServiceLevel::create, level -> List.of(ServiceLevelFormula.values()).stream()
                        .map(level::result).collect(Collectors.toList())),
                spec("service level without short abandons",
                        () -> ServiceLevel.create(ServiceLevelConfig.builder().excludeShortAbandons(true).build())),
                spec("abandonment", Abandonment::create),
                spec("hold", HoldTime::create, h -> List.of(h.result(), h.overLimitResult(), h.unexplainedResult())),
                spec("transfer", TransferRate::create),
                spec("escalation", EscalationRate::create),
                spec("feedback closure", () -> FeedbackClosure.create(T0.plus(Duration.ofDays(20))),
                        f -> List.of(f.result(), f.closedWithinResult())),
                spec("wait percentiles", () -> Percentiles.create(PercentileMeasure.QUEUE_WAIT), Percentiles::all),
                spec("handle percentiles", () -> Percentiles.create(PercentileMeasure.HANDLE_TIME), Percentiles::all),
                spec("reply percentiles", () -> Percentiles.create(PercentileMeasure.FIRST_REPLY), Percentiles::all));
    }

    @Property(tries = 150)
    void interactionKpisObeyTheLaws(@ForAll("interactions") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        for (Spec<Interaction, ?> spec : interactionSpecs()) {
            checkLaws(spec, all, split(all, shardCount, seed));
        }
    }

    @Property(tries = 100)
    void promiseKeptRateObeysTheLaws(@ForAll("interactions") List<Interaction> interactions,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        List<Promise> all = interactions.stream().flatMap(i -> i.promises().stream()).collect(Collectors.toList());
        Instant asOf = T0.plus(Duration.ofDays(5));
        List<List<Promise>> shards = split(all, shardCount, seed);
        checkLaws(spec("with grace", () -> PromiseKeptRate.create(PromiseKeptVariant.withGrace(T0, WEEK_END, asOf))),
                all, shards);
        checkLaws(spec("without grace",
                () -> PromiseKeptRate.create(PromiseKeptVariant.withoutGrace(T0, WEEK_END, asOf))), all, shards);
    }

    @Property(tries = 100)
    void caseKpisObeyTheLaws(@ForAll("cases") List<Case> all, @ForAll @IntRange(min = 2, max = 4) int shardCount,
            @ForAll long seed) {
        List<List<Case>> shards = split(all, shardCount, seed);
        checkLaws(spec("reopen", ReopenRate::create), all, shards);
        checkLaws(spec("first resolution", () -> ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.calendar())),
                all, shards);
        checkLaws(spec("final resolution",
                () -> ResolutionTime.create(ResolutionPoint.FINAL, TimeBasis.business(NINE_TO_FIVE_UTC))), all, shards);
    }

    @Property(tries = 100)
    void workforceKpisObeyTheLaws(@ForAll("agents") List<Agent> agents, @ForAll("agentTimes") List<AgentTime> times,
            @ForAll("memberships") List<CustomerMembership> members, @ForAll @IntRange(min = 2, max = 4) int shardCount,
            @ForAll long seed) {
        checkLaws(spec("attrition", () -> Attrition.create(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                a -> List.of(a.result(), a.tenureResult())), agents, split(agents, shardCount, seed));
        checkLaws(spec("occupancy", Occupancy::create), times, split(times, shardCount, seed));
        checkLaws(spec("churn", Churn::create), members, split(members, shardCount, seed));
    }

    private static <T, A extends KpiAccumulator<T, A>> void checkLaws(Spec<T, A> spec, List<T> all,
            List<List<T>> shards) {
        List<KpiValue> onePass = spec.results().apply(spec.fold(all));

        A merged = spec.fold(shards.get(0));
        for (int i = 1; i < shards.size(); i++) {
            merged.combine(spec.fold(shards.get(i)));
        }
        assertThat(spec.results().apply(merged)).as("%s: shards combined vs one pass", spec.name()).isEqualTo(onePass);

        A ab = spec.fold(shards.get(0)).combine(spec.fold(shards.get(1)));
        A ba = spec.fold(shards.get(1)).combine(spec.fold(shards.get(0)));
        assertThat(spec.results().apply(ab)).as("%s: commutative", spec.name()).isEqualTo(spec.results().apply(ba));

        KpiValue parallel = all.parallelStream().collect(KpiAccumulator.collector(spec.factory()));
        KpiValue sequential = all.stream().collect(KpiAccumulator.collector(spec.factory()));
        assertThat(parallel).as("%s: parallel collector", spec.name()).isEqualTo(sequential).isEqualTo(spec.fold(all).result());

        for (KpiValue value : onePass) {
            if (value.isEmpty()) {
                continue;
            }
            double v = value.value().getAsDouble();
            if (value.unit() == KpiUnit.RATIO && !value.id().equals(Attrition.ID)) {
                assertThat(v).as("%s: %s is a ratio", spec.name(), value.id()).isBetween(0.0, 1.0);
            } else if (value.unit() == KpiUnit.NPS_POINTS) {
                assertThat(v).as("%s: NPS points", spec.name()).isBetween(-100.0, 100.0);
            } else {
                assertThat(v).as("%s: %s is not negative", spec.name(), value.id()).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    /** Assigns each item to one of {@code shardCount} shards at random; shards may be empty. */
    private static <T> List<List<T>> split(List<T> all, int shardCount, long seed) {
        Random random = new Random(seed);
        List<List<T>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new ArrayList<>());
        }
        for (T item : all) {
            shards.get(random.nextInt(shardCount)).add(item);
        }
        return shards;
    }

    @Provide
    Arbitrary<List<Interaction>> interactions() {
        return Arbitraries.randomValue(KpiAccumulatorLawsTest::randomInteraction).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Case>> cases() {
        return Arbitraries.randomValue(KpiAccumulatorLawsTest::randomCase).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Agent>> agents() {
        return Arbitraries.randomValue(KpiAccumulatorLawsTest::randomAgent).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<AgentTime>> agentTimes() {
        return Arbitraries.randomValue(r -> new AgentTime(Duration.ofMillis(r.nextInt(3_600_000)),
                Duration.ofMillis(r.nextInt(3_600_000)))).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<CustomerMembership>> memberships() {
        return Arbitraries.randomValue(r -> new CustomerMembership(CustomerId.of("c-" + r.nextInt(1000)),
                r.nextBoolean(), r.nextBoolean())).list().ofMaxSize(30);
    }

    private static @Nullable Tier randomTier(Random r) {
        int pick = r.nextInt(4);
        return pick == 3 ? null : Tier.values()[pick];
    }

    static Interaction randomInteraction(Random r) {
        boolean written = r.nextInt(5) == 0;
        Instant queued = T0.plusSeconds(r.nextInt(7 * 86_400));
        Instant answered = queued.plusMillis(r.nextInt(120_000));
        Interaction.Builder builder = Interaction.builder(InteractionId.of("g-" + r.nextInt(1_000_000)),
                CustomerId.of("c-" + r.nextInt(50)), written ? Channel.EMAIL : Channel.PHONE).queuedAt(queued);
        if (r.nextInt(6) == 0) {
            return builder.endedAt(answered).build();
        }
        builder.agent(AgentId.of("a-" + r.nextInt(5)), randomTier(r), TeamId.of("billing")).answeredAt(answered);
        if (written && r.nextBoolean()) {
            builder.firstReplyAt(answered);
        }
        Instant cursor = answered.plusSeconds(5);
        for (int i = r.nextInt(3); i > 0; i--) {
            Instant end = cursor.plusMillis(r.nextInt(600_000));
            builder.addHold(new HoldSegment(cursor, end, r.nextBoolean(), null));
            cursor = end.plusSeconds(5);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            builder.addTransfer(new Transfer(answered, null, randomTier(r), r.nextBoolean(), null));
        }
        Instant ended = cursor.plusMillis(r.nextInt(300_000));
        builder.endedAt(ended).talk(Duration.ofMillis(r.nextInt(900_000)))
                .afterContactWork(Duration.ofMillis(r.nextInt(120_000)));
        if (r.nextInt(3) == 0) {
            Instant due = answered.plusSeconds(r.nextInt(6 * 3600));
            builder.addPromise(new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, answered, due,
                    r.nextInt(3) == 0 ? Duration.ofHours(1) : Duration.ZERO,
                    r.nextBoolean() ? answered.plusSeconds(r.nextInt(8 * 3600)) : null, null));
        }
        if (r.nextBoolean()) {
            int[] scales = {3, 5, 7, 10};
            int scale = scales[r.nextInt(scales.length)];
            Instant received = ended.plusSeconds(r.nextInt(3600));
            builder.feedback(new Feedback(
                    r.nextInt(4) == 0 ? null : CsatScore.of(1 + r.nextInt(scale), scale),
                    r.nextInt(3) == 0 ? null : CesScore.of(1 + r.nextInt(5), 5),
                    r.nextInt(3) == 0 ? null : r.nextInt(11),
                    null, List.of(), Priority.values()[r.nextInt(Priority.values().length)], received,
                    r.nextBoolean() ? received.plusSeconds(r.nextInt(30 * 86_400)) : null));
        }
        return builder.build();
    }

    static Case randomCase(Random r) {
        CaseId id = CaseId.of("k-" + r.nextInt(1000));
        List<CaseEvent> events = new ArrayList<>();
        Instant at = T0.plusSeconds(r.nextInt(7 * 86_400));
        int count = 1 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            CaseStatus status = CaseStatus.values()[r.nextInt(CaseStatus.values().length)];
            if (status == CaseStatus.CLOSED && i < count - 1) {
                status = CaseStatus.SOLVED;
            }
            events.add(new CaseEvent(id, at, status, null));
            at = at.plusSeconds(1 + r.nextInt(3 * 86_400));
        }
        return new Case(id, events);
    }

    static Agent randomAgent(Random r) {
        LocalDate hired = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(500));
        LocalDate left = r.nextBoolean() ? hired.plusDays(r.nextInt(400)) : null;
        return new Agent(AgentId.of("a-" + r.nextInt(1000)), TeamId.of("billing"), Tier.T1, hired, left);
    }
}
