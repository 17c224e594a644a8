package dev.cxkit.audit.spi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * One hold segment of the contact under audit, as a rule fact. Immutable.
 *
 * @param contact the contact
 * @param index the segment's position in the contact's holds, from 0
 * @param segment the segment
 * @param start when the hold began
 * @param end when the agent came back
 * @param durationMillis end − start in ms
 * @param statedWaitMillis the wait the agent stated, in ms, or {@code -1} if none was stated
 * @param explained whether the customer was told why; {@code null} if not recorded (not judged)
 * @param durationNanos end − start in ns, exactly (saturated), what the built-in rules compare
 * @param statedWaitNanos the stated wait in ns, exactly, or {@code -1} if none was stated
 */
public record ContactHold(AuditedContact contact, int index, HoldSegment segment, Instant start, Instant end,
        long durationMillis, long statedWaitMillis, @Nullable Boolean explained, long durationNanos,
        long statedWaitNanos) {

    /** Validates the references. */
    public ContactHold {
        Checks.notNull(contact, "contact");
        Checks.notNull(segment, "segment");
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
    }

    /**
     * Makes the fact for one segment.
     *
     * @param contact the contact
     * @param index the segment's position
     * @param segment the segment
     * @return the fact
     */
    public static ContactHold of(AuditedContact contact, int index, HoldSegment segment) {
        Duration stated = segment.statedWait();
        return new ContactHold(contact, index, segment, segment.start(), segment.end(), segment.duration().toMillis(),
                AuditedContact.millis(stated), segment.explained(), AuditedContact.nanos(segment.duration()),
                AuditedContact.nanos(stated));
    }

    /**
     * The hold's length, for evidence.
     *
     * @return end − start
     */
    public Duration duration() {
        return segment.duration();
    }

    /**
     * The stated wait, for evidence.
     *
     * @return the stated wait; {@link Duration#ZERO} if none was stated (check {@code statedWaitMillis >= 0} first)
     */
    public Duration statedWait() {
        Duration stated = segment.statedWait();
        return stated == null ? Duration.ZERO : stated;
    }
}
