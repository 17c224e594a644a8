package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * One CSAT answer on its scale. Immutable.
 *
 * @param score the answer, 1 to {@code scale.max()}
 * @param scale the scale it was asked on
 */
public record CsatScore(int score, CsatScale scale) {

    /** Validates that the score is on its scale. */
    public CsatScore {
        Checks.notNull(scale, "CSAT scale");
        if (score < 1 || score > scale.max()) {
            Checks.inRange(score, 1, scale.max(), "CSAT score", "scale 1–" + scale.max());
        }
    }

    /**
     * An answer on a scale given by its maximum.
     *
     * @param score the answer
     * @param scaleMax 3, 5, 7 or 10
     * @return the score
     */
    public static CsatScore of(int score, int scaleMax) {
        return new CsatScore(score, CsatScale.ofMax(scaleMax));
    }

    /**
     * Whether this answer is in the scale's top box.
     *
     * @return {@code true} if satisfied
     */
    public boolean isTopBox() {
        return scale.isTopBox(score);
    }
}
