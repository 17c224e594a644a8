package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * One CES answer on its scale. Immutable.
 *
 * @param score the answer, 1 to {@code scale.max()}
 * @param scale the scale it was asked on, which also says whether lower is better
 */
public record CesScore(int score, CesScale scale) {

    /** Validates that the score is on its scale. */
    public CesScore {
        Checks.notNull(scale, "CES scale");
        if (score < 1 || score > scale.max()) {
            Checks.inRange(score, 1, scale.max(), "CES score", "scale 1–" + scale.max());
        }
    }

    /**
     * An answer on a scale given by its maximum.
     *
     * @param score the answer
     * @param scaleMax 5 (effort, lower better) or 7 (ease, higher better)
     * @return the score
     */
    public static CesScore of(int score, int scaleMax) {
        return new CesScore(score, CesScale.ofMax(scaleMax));
    }
}
