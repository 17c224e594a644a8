package dev.cxkit.kpi;

import static dev.cxkit.kpi.CoverageFixture.BERLIN_HOURS;
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

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Customer;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.PersonalData;
import dev.cxkit.core.Segment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The coverage accumulators give the same figures whether the contacts are fed in one pass or split
 * into shards that are combined in any order. The contacts spread over three weeks around the Berlin
 * spring-forward day and Good Friday, at any minute of the day, so that every branch (open, after
 * close, before opening, holiday, closed weekday) is taken.
 */
class CoverageShardingPropertyTest {

    private static final Instant FROM = Instant.parse("2026-03-20T00:00:00Z");
    private static final ChannelCalendars CALENDARS = ChannelCalendars.builder(BERLIN_HOURS)
            .channel(Channel.EMAIL, BusinessCalendar.builder(ZoneOffset.UTC)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 30)).holiday(LocalDate.of(2026, 3, 25)).build())
            .build();

    private static <A extends KpiAccumulator<Interaction, A>> void sameInShards(Supplier<A> factory,
            Function<A, Object> figures, List<Interaction> all, int shardCount, long seed) {
        A onePass = factory.get();
        all.forEach(onePass);
        Object expected = figures.apply(onePass);

        Random random = new Random(seed);
        List<A> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(factory.get());
        }
        for (Interaction interaction : all) {
            shards.get(random.nextInt(shardCount)).accept(interaction);
        }
        A merged = shards.get(0);
        for (int i = 1; i < shardCount; i++) {
            merged = random.nextBoolean() ? merged.combine(shards.get(i)) : shards.get(i).combine(merged);
        }
        assertThat(figures.apply(merged)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void outOfHoursDemandCombinesLikeOnePass(@ForAll("contacts") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        sameInShards(() -> OutOfHoursDemand.create(CALENDARS), d -> List.of(d.result(), d.rows()), all, shardCount,
                seed);
    }

    @Property(tries = 200)
    void closingHourWhatIfCombinesLikeOnePass(@ForAll("contacts") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        sameInShards(() -> ClosingHourWhatIf.create(CALENDARS), w -> List.of(w.result(),
                w.curve(Channel.PHONE, LocalTime.MIDNIGHT), w.curve(Channel.EMAIL, LocalTime.of(23, 30))),
                all, shardCount, seed);
    }

    @Property(tries = 200)
    void channelCoverageCombinesLikeOnePass(@ForAll("contacts") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        sameInShards(ChannelCoverage::create, c -> List.of(c.result(), c.switchesByChannel(), c.contactsByChannel()), all, shardCount, seed);
    }

    @Property(tries = 100)
    void preferredChannelShareCombinesLikeOnePass(@ForAll("contacts") List<Interaction> all, @ForAll long seed) {
        Random random = new Random(seed);
        ChannelCoverage onePass = ChannelCoverage.create();
        ChannelCoverage left = ChannelCoverage.create();
        ChannelCoverage right = ChannelCoverage.create();
        for (Interaction interaction : all) {
            onePass.accept(interaction);
            (random.nextBoolean() ? left : right).accept(interaction);
        }
        for (int c = 0; c < 5; c++) {
            Channel preferred = c == 4 ? null : Channel.values()[c];
            Customer customer = new Customer(CustomerId.of("c-" + c), Segment.STANDARD, null, preferred,
                    PersonalData.NONE);
            onePass.acceptCustomer(customer);
            (random.nextBoolean() ? left : right).acceptCustomer(customer);
        }
        ChannelCoverage merged = right.combine(left);
        assertThat(List.of(merged.preferredChannelShare(), merged.preferredChannels(),
                merged.customersWithoutPreference())).isEqualTo(List.of(onePass.preferredChannelShare(),
                        onePass.preferredChannels(), onePass.customersWithoutPreference()));
    }

    @Property(tries = 200)
    void immediateResponseCombinesLikeOnePass(@ForAll("contacts") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        sameInShards(ImmediateResponse::create,
                r -> List.of(r.result(), r.withoutReplyCount(), r.otherChannelCount()), all, shardCount, seed);
    }

    @Property(tries = 50)
    void combiningWithItselfDoublesEveryCount(@ForAll("contacts") List<Interaction> all) {
        OutOfHoursDemand once = OutOfHoursDemand.create(CALENDARS);
        OutOfHoursDemand twice = OutOfHoursDemand.create(CALENDARS);
        all.forEach(once);
        all.forEach(twice);
        all.forEach(twice);
        once.combine(once);
        assertThat(once.rows()).isEqualTo(twice.rows());
    }

    @Provide
    Arbitrary<List<Interaction>> contacts() {
        return Arbitraries.randomValue(CoverageShardingPropertyTest::randomContact).list().ofMaxSize(60);
    }

    private static Interaction randomContact(Random random) {
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        Instant arrival = FROM.plusSeconds(random.nextInt(21 * 86_400));
        Interaction.Builder builder = Interaction.builder(InteractionId.of("p-" + random.nextLong()),
                CustomerId.of("c-" + random.nextInt(5)), channel).queuedAt(arrival);
        if (random.nextInt(4) > 0) {
            builder.reason(ContactReason.of("r" + random.nextInt(3)));
        }
        if (channel.isLive() && random.nextInt(5) == 0) {
            return builder.endedAt(arrival.plusSeconds(random.nextInt(120))).build();
        }
        Instant answered = arrival.plusSeconds(random.nextInt(7200));
        builder.answeredAt(answered).endedAt(answered.plus(Duration.ofMinutes(5)));
        if (!channel.isLive() && random.nextInt(5) > 0) {
            builder.firstReplyAt(answered);
        }
        if (random.nextInt(3) == 0) {
            builder.feedback(Feedback.builder(answered.plus(Duration.ofHours(1)))
                    .csat(CsatScore.of(1 + random.nextInt(5), 5)).build());
        }
        return builder.build();
    }
}
