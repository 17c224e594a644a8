package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A calendar shares its cache of days between threads without locks. Four threads ask one calendar
 * about pairs of instants over three years, so that they keep evicting each other's days from the
 * 64 slots; every answer must equal that of a calendar used by one thread only.
 */
class BusinessCalendarConcurrencyTest {

    private static final int THREADS = 4;
    private static final int PAIRS = 20_000;
    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Duration.ofDays(3 * 365).toSeconds();

    @Test
    void threadsSharingACalendarGetTheSameAnswersAsOneThread() throws Exception {
        BusinessCalendar shared = BusinessCalendarPropertiesTest.NEW_YORK_SPLIT;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Duration>>> answers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                answers.add(pool.submit((Callable<List<Duration>>) () -> durations(shared, seed)));
            }
            for (int t = 0; t < THREADS; t++) {
                BusinessCalendar alone = BusinessCalendarPropertiesTest.newYorkSplit();

                assertThat(answers.get(t).get()).as("thread %d", t).isEqualTo(durations(alone, t));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Durations between random instants at most three days apart, from a seeded sequence. */
    private static List<Duration> durations(BusinessCalendar calendar, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Duration> result = new ArrayList<>(PAIRS);
        for (int i = 0; i < PAIRS; i++) {
            Instant from = Instant.ofEpochSecond(FROM + random.nextLong(SPAN), random.nextInt(1_000_000_000));
            Instant to = from.plusSeconds(random.nextLong(3 * 86_400));
            result.add(calendar.businessDurationBetween(from, to));
        }
        return result;
    }
}
