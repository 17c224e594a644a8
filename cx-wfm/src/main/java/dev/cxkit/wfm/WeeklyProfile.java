package dev.cxkit.wfm;

/**
 * The classic call-centre forecast: a weekday × time-of-day profile times a recent level.
 *
 * <p>Formula, per interval of weekday w and slot s of the day: the profile {@code m(w, s)} is the
 * mean of the last {@code profileWeeks} recorded days of weekday w at slot s (holidays left out);
 * the level is {@code Σ y / Σ m} over the intervals of the last {@code levelWeeks} weeks (what
 * arrived over what the profile expected); the forecast is {@code level · m(w, s)}. A series that
 * repeats one weekly pattern is forecast exactly; a trend is followed with a lag of about half the
 * level window.
 *
 * <p>Sources: the historical-average benchmark of Taylor, "A comparison of univariate time series
 * methods for forecasting intraday arrivals at a call center", Management Science 54(2), 2008 (hard to
 * beat beyond two or three days ahead); the day-of-week × period fixed-effects model of Ibrahim &amp;
 * L'Ecuyer, "Forecasting call center arrivals: fixed-effects, mixed-effects, and bivariate models",
 * MSOM 15(1), 2013. Needs 7 days of history. Immutable.
 *
 * @param profileWeeks recorded days of each weekday averaged into the profile, in [1, 52]
 * @param levelWeeks weeks whose arrivals set the level, in [1, 52]
 */
public record WeeklyProfile(int profileWeeks, int levelWeeks) implements ForecastMethod {

    /** The id {@code weekly-profile}. */
    public static final String ID = "weekly-profile";

    /** Validates both windows. */
    public WeeklyProfile {
        if (profileWeeks < 1 || profileWeeks > 52) {
            throw new IllegalArgumentException("The profileWeeks (" + profileWeeks + ") must be in [1, 52].");
        }
        if (levelWeeks < 1 || levelWeeks > 52) {
            throw new IllegalArgumentException("The levelWeeks (" + levelWeeks + ") must be in [1, 52].");
        }
    }

    /**
     * Eight weeks of profile, a level over the last two weeks. Chosen before any measurement: eight
     * recorded days per weekday cut the Poisson noise of a profile to an eighth of its variance while
     * staying within two months of seasonality.
     *
     * @return the default
     */
    public static WeeklyProfile ofDefaults() {
        return new WeeklyProfile(8, 2);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int minimumHistoryDays() {
        return 7;
    }
}
