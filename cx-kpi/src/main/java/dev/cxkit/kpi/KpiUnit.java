package dev.cxkit.kpi;

/** The unit of a {@link KpiValue}'s value, so that renderers and scorecards format it right. */
public enum KpiUnit {
    /** A fraction in [0, 1], for rates and shares. */
    RATIO,
    /** Seconds, for times. */
    SECONDS,
    /** A mean score on a survey scale (CSAT mean, CES). */
    SCORE,
    /** Net Promoter Score points in [−100, 100]. */
    NPS_POINTS,
    /** A plain count. */
    COUNT,
    /** An amount of money in the currency the result names. */
    MONEY,
    /** Months, for tenure. */
    MONTHS
}
