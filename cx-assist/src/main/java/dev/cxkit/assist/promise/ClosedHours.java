package dev.cxkit.assist.promise;

/**
 * What to do when a promise counted in {@link PromiseClock#BUSINESS_HOURS} cannot be delivered before the
 * team closes, so that the customer would hear "2 hours" and wait over a night or a weekend.
 */
public enum ClosedHours {
    /** Offer the realistic due instant after reopening ("by Monday 10:30"). */
    ADJUST,
    /** Refuse: this kind must be kept in calendar time, so it cannot be promised now. */
    REFUSE
}
