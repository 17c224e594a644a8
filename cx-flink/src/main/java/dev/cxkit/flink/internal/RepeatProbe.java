package dev.cxkit.flink.internal;

/**
 * The few fields of an answered contact that repeat detection needs, so that the shuffle by
 * customer moves a small record rather than the whole interaction.
 *
 * @param key the repeat key: the customer id, or customer id and reason under per-issue scope, or a
 *        key of its own for a contact without a reason
 * @param at {@code queuedAt} in epoch milliseconds
 * @param id the interaction id, to order contacts at the same millisecond
 * @param group the group the contact counts in
 */
public record RepeatProbe(String key, long at, String id, GroupKey group) {
}
