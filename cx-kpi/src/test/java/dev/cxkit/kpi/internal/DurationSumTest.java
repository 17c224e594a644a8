package dev.cxkit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationSumTest {

    @Test
    void carriesNanosecondsIntoSecondsExactly() {
        DurationSum sum = new DurationSum();
        sum.add(Duration.ofSeconds(1, 600_000_000), "wait");
        sum.add(Duration.ofSeconds(2, 700_000_000), "wait");

        // 1.6 s + 2.7 s = 4.3 s: the 1.3 s of nanoseconds carries one second.
        assertThat(sum.total()).isEqualTo(Duration.ofSeconds(4, 300_000_000));
        assertThat(sum.count()).isEqualTo(2);
        assertThat(sum.meanSeconds()).isEqualTo(2.15);
    }

    @Test
    void combiningSumsEqualsAddingEverythingToOne() {
        DurationSum left = new DurationSum();
        DurationSum right = new DurationSum();
        DurationSum whole = new DurationSum();
        for (int i = 0; i < 1_000; i++) {
            Duration value = Duration.ofSeconds(i % 7, (i * 999_999_937L) % 1_000_000_000);
            (i % 3 == 0 ? left : right).add(value, "wait");
            whole.add(value, "wait");
        }

        left.addAll(right);

        assertThat(left.total()).isEqualTo(whole.total());
        assertThat(left.count()).isEqualTo(whole.count());
    }

    @Test
    void rejectsNegativeDurationsAndOverflow() {
        DurationSum sum = new DurationSum();
        assertThatThrownBy(() -> sum.add(Duration.ofSeconds(-1), "handle time"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handle time (PT-1S) is negative");

        sum.add(Duration.ofSeconds(Long.MAX_VALUE), "wait");
        assertThatThrownBy(() -> sum.add(Duration.ofSeconds(1), "wait")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void emptySumHasNoMean() {
        assertThat(new DurationSum().meanSeconds()).isNaN();
        assertThat(new DurationSum().total()).isZero();
    }
}
