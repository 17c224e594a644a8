package dev.cxkit.kpi;

/**
 * The five standard service-level formulas, for a threshold T and a short-abandon threshold S. Let
 * A≤T be contacts answered within T, A the answered contacts, B≤T those abandoned within T, B&gt;T
 * those abandoned after T, B≤S those abandoned within S (short abandons), and O the offered
 * contacts (answered + abandoned).
 *
 * <p>Source: docs/kpis.md (service level); these are the five variants documented in the
 * ICMI / COPC contact-centre literature on service-level calculation.
 */
public enum ServiceLevelFormula {
    /** (A≤T + B≤T) / O: abandons within T count as met. */
    FORMULA1("formula1"),
    /** A≤T / A: abandoned contacts are ignored. */
    FORMULA2("formula2"),
    /** A≤T / O: every abandon counts as missed. */
    FORMULA3("formula3"),
    /** A≤T / (A + B&gt;T): abandons within T are ignored, later ones count as missed. */
    FORMULA4("formula4"),
    /** (A≤T + B≤S) / O: short abandons count as met. */
    FORMULA5("formula5");

    private final String variantName;

    ServiceLevelFormula(String variantName) {
        this.variantName = variantName;
    }

    /**
     * The name used as KPI variant.
     *
     * @return {@code formula1} … {@code formula5}
     */
    public String variantName() {
        return variantName;
    }
}
