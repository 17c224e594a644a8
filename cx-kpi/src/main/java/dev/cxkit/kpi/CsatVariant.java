package dev.cxkit.kpi;

import dev.cxkit.core.CsatScale;
import dev.cxkit.core.internal.Checks;

/**
 * How {@link CustomerSatisfaction} summarises CSAT answers: the top-box share (answers may come from
 * different scales; each is judged against its own scale's top box) or the mean score on one scale.
 * Immutable.
 */
public sealed interface CsatVariant permits CsatVariant.TopBox, CsatVariant.Mean {

    /**
     * Top-box share: satisfied answers / answers, each answer judged by
     * {@link CsatScale#isTopBox(int)} of its own scale.
     *
     * @return the variant named {@code top-box}
     */
    static CsatVariant topBox() {
        return new TopBox();
    }

    /**
     * Mean score on one scale. Means on different scales cannot be averaged, so answers on another
     * scale are rejected.
     *
     * @param scale the scale every answer must be on
     * @return the variant named {@code mean/1-<max>}, for example {@code mean/1-5}
     */
    static CsatVariant mean(CsatScale scale) {
        return new Mean(scale);
    }

    /**
     * The variant's name as it appears in {@link KpiValue#variant()}.
     *
     * @return {@code top-box} or {@code mean/1-<max>}
     */
    String name();

    /** The top-box share. */
    record TopBox() implements CsatVariant {
        @Override
        public String name() {
            return "top-box";
        }
    }

    /**
     * The mean score on one scale.
     *
     * @param scale the scale every answer must be on
     */
    record Mean(CsatScale scale) implements CsatVariant {
        /** Validates the scale. */
        public Mean {
            Checks.notNull(scale, "CSAT scale");
        }

        @Override
        public String name() {
            return "mean/1-" + scale.max();
        }
    }
}
