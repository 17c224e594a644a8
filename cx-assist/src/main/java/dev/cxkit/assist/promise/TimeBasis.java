package dev.cxkit.assist.promise;

/** How the durations of a kind of promise are counted. */
public enum TimeBasis {
    /** Wall-clock time, whatever the opening hours: holds and transfers inside a live contact. */
    CALENDAR,
    /**
     * Business time of the delivering team's calendar: "2 hours" means two hours while it is open
     * (callbacks, follow-ups).
     */
    BUSINESS_HOURS,
    /**
     * Whole business days: days on which the calendar opens at all, ending at the same wall-clock
     * time as the promise was made (refunds, fixes). Durations are rounded up to whole days.
     */
    BUSINESS_DAYS
}
