package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.abandoned;
import static dev.cxkit.kpi.ContactFixture.answered;
import static dev.cxkit.kpi.ContactFixture.email;
import static dev.cxkit.kpi.ContactFixture.handled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    /** Records 1 … 100 ms; values below 2048 ms are exact. */
    private static Percentiles oneToHundredMillis() {
        Percentiles percentiles = Percentiles.create(PercentileMeasure.QUEUE_WAIT);
        LongStream.rangeClosed(1, 100).forEach(ms -> percentiles.acceptDuration(Duration.ofMillis(ms)));
        return percentiles;
    }

    @Test
    void givesP50P90P99InSeconds() {
        Percentiles percentiles = oneToHundredMillis();

        // smallest value with ≥ p % of 1 … 100 at or below it: 50, 90, 99 ms
        assertThat(percentiles.p50().value()).hasValue(0.050);
        assertThat(percentiles.p90().value()).hasValue(0.090);
        assertThat(percentiles.p99().value()).hasValue(0.099);
        assertThat(percentiles.p99().id()).isEqualTo("cx.kpi.wait.p99");
        assertThat(percentiles.result()).isEqualTo(percentiles.p90());
        assertThat(percentiles.p50().count()).isEqualTo(100);
        assertThat(percentiles.percentile(99.9).id()).isEqualTo("cx.kpi.wait.p99_9");
    }

    @Test
    void largeValuesStayWithinOneThousandthAboveTheRecordedValue() {
        Percentiles percentiles = Percentiles.create(PercentileMeasure.HANDLE_TIME);
        // 10 000 ms lies in a bucket 8 ms wide: reported as its top, 10 007 ms, 0.07 % above
        percentiles.acceptDuration(Duration.ofSeconds(10));

        assertThat(percentiles.p50().value().getAsDouble()).isBetween(10.0, 10.0 * 1.001);
    }

    @Test
    void measuresWaitsHandleTimesAndFirstRepliesAndCountsSkipped() {
        Percentiles waits = Percentiles.create(PercentileMeasure.QUEUE_WAIT);
        Percentiles handle = Percentiles.create(PercentileMeasure.HANDLE_TIME);
        Percentiles reply = Percentiles.create(PercentileMeasure.FIRST_REPLY);
        Stream.of(answered(1), handled(1, 0, 0), abandoned(2), email(1)).forEach(i -> {
            waits.accept(i);
            handle.accept(i);
            reply.accept(i);
        });

        // waits: 1 s, 0 s, 1 s (abandoned skipped) → p50 = 1 s; handle: 60 s, 1 s, 0 s → p99 ≈ 60 s
        assertThat(waits.p50().value().getAsDouble()).isCloseTo(1.0, within(0.001));
        assertThat(waits.skippedCount()).isEqualTo(1);
        assertThat(handle.p99().value().getAsDouble()).isCloseTo(60.0, within(0.06));
        assertThat(handle.p99().id()).isEqualTo("cx.kpi.handle_time.p99");
        assertThat(reply.result().id()).isEqualTo("cx.kpi.first_reply.p90");
        assertThat(reply.skippedCount()).isEqualTo(1);
    }

    @Test
    void combiningAddsHistogramsExactly() {
        Percentiles low = Percentiles.create(PercentileMeasure.QUEUE_WAIT);
        Percentiles high = Percentiles.create(PercentileMeasure.QUEUE_WAIT);
        LongStream.rangeClosed(1, 50).forEach(ms -> low.acceptDuration(Duration.ofMillis(ms)));
        LongStream.rangeClosed(51, 100).forEach(ms -> high.acceptDuration(Duration.ofMillis(ms)));

        Percentiles merged = low.combine(high);

        assertThat(merged.p90()).isEqualTo(oneToHundredMillis().p90());
        assertThatThrownBy(() -> merged.combine(Percentiles.create(PercentileMeasure.HANDLE_TIME)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyInputAndBadArgumentsAreHandled() {
        Percentiles percentiles = Percentiles.create(PercentileMeasure.FIRST_REPLY);

        assertThat(percentiles.p50().isEmpty()).isTrue();
        assertThatThrownBy(() -> percentiles.acceptDuration(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration (PT-0.001S)");
        assertThatThrownBy(() -> percentiles.percentile(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0.0)");
    }
}
