package dev.cxkit.assist.promise;

/**
 * Which clock the durations of a kind of promise run on. The calendar itself is the delivering
 * team's, chosen when the promise is checked, so this names only the way of counting. (Time KPIs
 * measure elapsed time with cx-kpi's {@code TimeBasis}, which binds one calendar for a whole
 * measurement; the two answer different questions and so have different names.)
 */
public enum PromiseClock {
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
