package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import org.junit.jupiter.api.Test;

class IntervalAggregatorTest {

    private static int counter;

    private static Interaction call(String queuedAt, int waitSeconds, boolean answered, int talkSeconds) {
        Instant q = Instant.parse(queuedAt);
        Interaction.Builder b = Interaction.builder(InteractionId.of("i-" + counter++), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(q);
        if (answered) {
            b.answeredAt(q.plusSeconds(waitSeconds)).endedAt(q.plusSeconds(waitSeconds + talkSeconds))
                    .talk(Duration.ofSeconds(talkSeconds - 60)).afterContactWork(Duration.ofSeconds(60));
        } else {
            b.endedAt(q.plusSeconds(waitSeconds));
        }
        return b.build();
    }

    @Test
    void countsArrivalsHandleTimeOfAnsweredAndServiceLevelOverOffered() {
        IntervalAggregator aggregator = IntervalAggregator.builder().zone(ZoneId.of("Europe/Berlin"))
                .answerWithin(Duration.ofSeconds(20)).build();
        // 08:00–08:30 Berlin = 07:00–07:30 UTC: two answered (10 s and 40 s wait), one abandoned.
        aggregator.accept(call("2026-03-02T07:05:00Z", 10, true, 300));
        aggregator.accept(call("2026-03-02T07:10:00Z", 40, true, 500));
        aggregator.accept(call("2026-03-02T07:29:59Z", 15, false, 0));
        aggregator.accept(call("2026-03-03T15:00:00Z", 5, true, 200));
        List<IntervalSeries> result = aggregator.result();
        assertThat(result).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("PHONE");
            assertThat(s.start()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
            assertThat(s.size()).isEqualTo(96);
            int i = s.indexOf(Instant.parse("2026-03-02T07:00:00Z"));
            assertThat(s.contacts(i)).hasValue(3);
            assertThat(s.averageHandleTimeSeconds(i).getAsDouble()).isCloseTo(400, within(1e-9));
            assertThat(s.serviceLevel(i).getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(s.contacts(i + 1)).hasValue(0);
            assertThat(s.averageHandleTimeSeconds(i + 1)).isEmpty();
            assertThat(s.contacts(s.indexOf(Instant.parse("2026-03-03T15:00:00Z")))).hasValue(1);
        });
    }

    @Test
    void answeredContactsThatAllShowZeroHandleTimeLeaveTheHandleTimeNotRecorded() {
        // A file without talk, hold and wrap-up columns reads them as 0: that is no handle time to staff
        // with, and before this an AHT of 0 s made the series invalid and ended cx forecast and cx staffing.
        IntervalAggregator aggregator = IntervalAggregator.create();
        Instant q = Instant.parse("2026-03-02T09:05:00Z");
        aggregator.accept(Interaction.builder(InteractionId.of("i-zero"), CustomerId.of("c-1"), Channel.CHAT)
                .queuedAt(q).answeredAt(q.plusSeconds(10)).endedAt(q.plusSeconds(310)).build());

        IntervalSeries series = aggregator.result().get(0);
        int i = series.indexOf(q);

        assertThat(series.contacts(i)).hasValue(1);
        assertThat(series.averageHandleTimeSeconds(i)).isEmpty();
    }

    @Test
    void shardsCombineToTheOnePassResult() {
        IntervalAggregator one = IntervalAggregator.create();
        IntervalAggregator a = IntervalAggregator.create();
        IntervalAggregator b = IntervalAggregator.create();
        for (int k = 0; k < 50; k++) {
            Interaction i = call(Instant.parse("2026-03-02T00:00:00Z").plusSeconds(k * 997L).toString(), k % 30, k % 4 != 0,
                    120 + k);
            one.accept(i);
            (k % 3 == 0 ? a : b).accept(i);
        }
        assertThat(a.combine(b).result()).isEqualTo(one.result());
    }
}
