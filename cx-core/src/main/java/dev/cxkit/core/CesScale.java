package dev.cxkit.core;

/**
 * The two customer-effort-score scales in use, which point in opposite directions. The scale says
 * which direction is good, so a CES accumulator never needs to be told separately.
 */
public enum CesScale {
    /** 1–5 "How much effort did it take?": lower is better. */
    EFFORT_ONE_TO_FIVE(5, true),
    /** 1–7 "The company made it easy to handle my issue" (agreement): higher is better. */
    EASE_ONE_TO_SEVEN(7, false);

    private final int max;
    private final boolean lowerIsBetter;

    CesScale(int max, boolean lowerIsBetter) {
        this.max = max;
        this.lowerIsBetter = lowerIsBetter;
    }

    /**
     * The highest answer; the lowest is always 1.
     *
     * @return 5 or 7
     */
    public int max() {
        return max;
    }

    /**
     * Whether a lower score means less effort (a better experience).
     *
     * @return {@code true} for the 1–5 effort scale
     */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /**
     * The scale with a given maximum: 5 is the effort scale, 7 the ease scale.
     *
     * @param max 5 or 7
     * @return the scale
     * @throws IllegalArgumentException listing the allowed maxima otherwise
     */
    public static CesScale ofMax(int max) {
        return switch (max) {
            case 5 -> EFFORT_ONE_TO_FIVE;
            case 7 -> EASE_ONE_TO_SEVEN;
            default -> throw new IllegalArgumentException("Unknown CES scale (1–" + max + "). Allowed maxima: 5, 7.");
        };
    }
}
