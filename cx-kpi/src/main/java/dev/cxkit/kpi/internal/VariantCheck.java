package dev.cxkit.kpi.internal;

import java.util.Objects;

/**
 * The check every {@code combine} makes first: both accumulators must measure the same KPI the
 * same way, or the merged value would mean nothing.
 */
public final class VariantCheck {

    private VariantCheck() {
    }

    /**
     * Throws unless the two variants are equal.
     *
     * @param kpi the KPI id, for the message
     * @param mine this accumulator's variant
     * @param theirs the other accumulator's variant
     * @throws IllegalArgumentException naming both variants if they differ
     */
    public static void requireSame(String kpi, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            throw new IllegalArgumentException("Cannot combine " + kpi + " accumulators with different variants: "
                    + mine + " and " + theirs + ".\nMaybe create both with the same variant?");
        }
    }
}
