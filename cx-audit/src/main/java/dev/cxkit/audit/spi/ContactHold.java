package dev.cxkit.audit.spi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.internal.Checks;

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
 * @param explained whether the customer was told why
 */
public record ContactHold(AuditedContact contact, int index, HoldSegment segment, Instant start, Instant end,
        long durationMillis, long statedWaitMillis, boolean explained) {

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
                stated == null ? -1 : stated.toMillis(), segment.explained());
    }

    /**
     * The hold's length, for evidence.
     *
     * @return end − start
     */
    public Duration duration() {
        return Duration.ofMillis(durationMillis);
    }

    /**
     * The stated wait, for evidence.
     *
     * @return the stated wait; {@link Duration#ZERO} if none was stated (check {@code statedWaitMillis >= 0} first)
     */
    public Duration statedWait() {
        return Duration.ofMillis(Math.max(0, statedWaitMillis));
    }
}
