package dev.cxkit.flink.internal;

/**
 * How one answered contact counts for first-contact resolution and the repeat-contact rate, decided
 * once every contact of its key that could change the answer has been seen. The fields add up to
 * {@link dev.cxkit.kpi.FcrCounts}: {@code contacts}, {@code repeats}, {@code eligible},
 * {@code resolved}, {@code censored}.
 *
 * @param group the group of the contact (not of the contact it repeats)
 * @param repeat the contact repeats an earlier one of its key within the window
 * @param censored a first contact whose window ends after the observation end, left out of FCR
 * @param resolved an eligible first contact not followed by a repeat within the window
 */
public record RepeatOutcome(GroupKey group, boolean repeat, boolean censored, boolean resolved)
        implements ScorecardInput {
}
