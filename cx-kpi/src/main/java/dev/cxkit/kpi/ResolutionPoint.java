package dev.cxkit.kpi;

/** Which resolution of a case {@link ResolutionTime} measures to; a reopened case has more than one. */
public enum ResolutionPoint {
    /** The first move to SOLVED or CLOSED ({@link dev.cxkit.core.Case#firstResolvedAt()}). */
    FIRST("first"),
    /** The last resolution, if the case is not active now ({@link dev.cxkit.core.Case#finalResolvedAt()}). */
    FINAL("final");

    private final String variantName;

    ResolutionPoint(String variantName) {
        this.variantName = variantName;
    }

    /**
     * The name used in KPI variants.
     *
     * @return {@code first} or {@code final}
     */
    public String variantName() {
        return variantName;
    }
}
