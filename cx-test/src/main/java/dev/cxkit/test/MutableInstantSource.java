package dev.cxkit.test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link InstantSource} that a test moves by hand, for code that takes its time from an injected
 * source (as all cxkit code does). It never reads the wall clock: it answers the instant it was
 * created with until {@link #advance} or {@link #set} changes it.
 *
 * <pre>{@code
 * MutableInstantSource clock = MutableInstantSource.of(TestInteractions.EPOCH);
 * SomeService service = new SomeService(clock);
 * clock.advance(Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>Thread-safe: reads and changes are atomic, and a change is visible to every thread at once.
 * Two threads advancing at once both take effect (advances add up).
 */
public final class MutableInstantSource implements InstantSource {

    private final AtomicReference<Instant> now;

    private MutableInstantSource(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * A source that answers {@code start} until moved.
     *
     * @param start the first instant
     * @return the source
     */
    public static MutableInstantSource of(Instant start) {
        return new MutableInstantSource(Objects.requireNonNull(start, "start"));
    }

    /**
     * A source that answers {@link TestInteractions#EPOCH} until moved, so that fixtures and the
     * clock agree by default.
     *
     * @return the source
     */
    public static MutableInstantSource atTestEpoch() {
        return of(TestInteractions.EPOCH);
    }

    /**
     * The current instant of this source.
     *
     * @return the instant last set, plus every advance since
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Moves the source forward.
     *
     * @param amount how far; zero is allowed
     * @return the new instant
     * @throws IllegalArgumentException if {@code amount} is negative (time does not run backwards;
     *     use {@link #set} to jump back on purpose)
     * @throws java.time.DateTimeException if the result is beyond {@link Instant#MAX}
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The amount (" + amount + ") to advance by is negative.\n"
                    + "Maybe use set(instant) to move back on purpose?");
        }
        return now.updateAndGet(current -> current.plus(amount));
    }

    /**
     * Sets the source to an instant, earlier or later than now.
     *
     * @param instant the new instant
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Returns {@code "MutableInstantSource[<instant>]"}. */
    @Override
    public String toString() {
        return "MutableInstantSource[" + now.get() + "]";
    }
}
