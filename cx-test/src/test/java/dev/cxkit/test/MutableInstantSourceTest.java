package dev.cxkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MutableInstantSourceTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void answersTheStartUntilMoved() {
        MutableInstantSource clock = MutableInstantSource.of(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(MutableInstantSource.atTestEpoch().instant()).isEqualTo(TestInteractions.EPOCH);
    }

    @Test
    void advancesAndSets() {
        MutableInstantSource clock = MutableInstantSource.of(START);

        assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(Instant.parse("2026-11-23T10:05:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T10:05:00Z"));
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(clock).hasToString("MutableInstantSource[2026-01-01T00:00:00Z]");
    }

    @Test
    void rejectsNegativeAdvance() {
        MutableInstantSource clock = MutableInstantSource.of(START);

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .withMessageContaining("(PT-1S)").withMessageContaining("Maybe use set(instant)");
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void concurrentAdvancesAllTakeEffect() throws Exception {
        MutableInstantSource clock = MutableInstantSource.of(START);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Runnable task = () -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 10_000; i++) {
                    clock.advance(Duration.ofMillis(1));
                }
            };
            List<Future<?>> futures = List.of(pool.submit(task), pool.submit(task));
            go.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // 2 threads x 10 000 advances of 1 ms.
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(20));
    }

    @Property(tries = 200)
    void advancesAddUp(@ForAll @LongRange(min = 0, max = 1_000_000) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000) long b) {
        MutableInstantSource clock = MutableInstantSource.of(START);

        clock.advance(Duration.ofSeconds(a));
        clock.advance(Duration.ofSeconds(b));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(a + b));
    }
}
