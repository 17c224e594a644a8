package dev.cxkit.kpi;

import java.util.Locale;

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
    MONTHS;

    /**
     * Formats a value of this unit for people: {@code 78.2 %}, {@code 41.0 s}, {@code 6m 52s},
     * {@code 17h 47m}, {@code 3d 04h},
     * {@code 1.85}, {@code +32}, {@code 1,024}, {@code 12.5 mo}. Locale-independent.
     *
     * @param value a value in this unit (a fraction for {@link #RATIO})
     * @return the formatted value
     */
    public String format(double value) {
        return switch (this) {
            case RATIO -> String.format(Locale.ROOT, "%.1f %%", value * 100);
            case SECONDS -> formatSeconds(value);
            case SCORE -> String.format(Locale.ROOT, "%.2f", value);
            case NPS_POINTS -> String.format(Locale.ROOT, "%+.0f", value);
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", value);
            case MONTHS -> String.format(Locale.ROOT, "%.1f mo", value);
        };
    }

    private static String formatSeconds(double value) {
        long seconds = Math.round(value);
        if (Math.abs(value) < 120) {
            return String.format(Locale.ROOT, "%.1f s", value);
        }
        if (seconds < 7_200) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%dh %02dm", seconds / 3_600, seconds / 60 % 60);
        }
        return String.format(Locale.ROOT, "%dd %02dh", seconds / 86_400, seconds / 3_600 % 24);
    }
}
