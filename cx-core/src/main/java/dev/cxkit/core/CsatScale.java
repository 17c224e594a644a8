package dev.cxkit.core;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.cxkit.core.internal.Checks;

/**
 * The scales a customer-satisfaction survey is asked on, each with its top box: the answers that
 * count as "satisfied" for top-box CSAT. Higher is better on all of them.
 */
public enum CsatScale {
    /** 1–3, top box = 3. */
    ONE_TO_THREE(3, 1),
    /** 1–5, top box = 4 and 5. */
    ONE_TO_FIVE(5, 2),
    /** 1–7, top box = 6 and 7. */
    ONE_TO_SEVEN(7, 2),
    /** 1–10, top box = 8, 9 and 10. */
    ONE_TO_TEN(10, 3);

    private final int max;
    private final int topBoxSize;

    CsatScale(int max, int topBoxSize) {
        this.max = max;
        this.topBoxSize = topBoxSize;
    }

    /**
     * The highest answer; the lowest is always 1.
     *
     * @return 3, 5, 7 or 10
     */
    public int max() {
        return max;
    }

    /**
     * Whether an answer is in the top box (satisfied).
     *
     * @param score an answer on this scale
     * @return {@code true} if {@code score > max - topBoxSize}
     * @throws IllegalArgumentException if {@code score} is outside 1–max
     */
    public boolean isTopBox(int score) {
        checkOnScale(score);
        return score > max - topBoxSize;
    }

    /**
     * Whether an answer is below the middle of the scale (dissatisfied): 1 on 1–3, 1–2 on 1–5,
     * 1–3 on 1–7, 1–5 on 1–10.
     *
     * @param score an answer on this scale
     * @return {@code true} if {@code score * 2 < max + 1}
     * @throws IllegalArgumentException if {@code score} is outside 1–max
     */
    public boolean isNegative(int score) {
        checkOnScale(score);
        return score * 2 < max + 1;
    }

    private void checkOnScale(int score) {
        if (score < 1 || score > max) {
            Checks.inRange(score, 1, max, "CSAT score", "scale 1–" + max);
        }
    }

    /**
     * The scale with a given maximum.
     *
     * @param max 3, 5, 7 or 10
     * @return the scale
     * @throws IllegalArgumentException listing the allowed maxima otherwise
     */
    public static CsatScale ofMax(int max) {
        for (CsatScale scale : values()) {
            if (scale.max == max) {
                return scale;
            }
        }
        throw new IllegalArgumentException("Unknown CSAT scale (1–" + max + "). Allowed maxima: "
                + Arrays.stream(values()).map(s -> String.valueOf(s.max)).collect(Collectors.joining(", ")) + ".");
    }
}
