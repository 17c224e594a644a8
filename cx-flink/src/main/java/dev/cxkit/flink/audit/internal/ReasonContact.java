package dev.cxkit.flink.audit.internal;

import java.time.Instant;

/**
 * A contact with a reason, on its way to {@link ReasonCounter} (a Flink POJO).
 *
 * @param reason the reason key
 * @param queuedAt when the contact was queued
 */
public record ReasonContact(String reason, Instant queuedAt) {
}
