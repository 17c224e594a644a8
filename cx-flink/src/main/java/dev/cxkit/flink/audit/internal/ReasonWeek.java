package dev.cxkit.flink.audit.internal;

import java.time.Instant;

/**
 * The count of one reason in one local week, from {@link ReasonCounter} to {@link SpikeJudge} (a
 * Flink POJO).
 *
 * @param reason the reason key
 * @param monday the week's Monday in the calendar's zone, as an epoch day
 * @param count contacts of the reason queued in that week
 * @param first the earliest queuedAt of the reason in the whole period, which fixes the period's first day
 */
public record ReasonWeek(String reason, long monday, long count, Instant first) {
}
