package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;

/** Argument checks shared by the staffing types; each message names the parameter and its value. */
final class StaffingChecks {

    private StaffingChecks() {
    }

    static Duration positive(Duration value, String field) {
        Checks.notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must be positive.");
        }
        return value;
    }

    static Duration nonNegative(Duration value, String field) {
        Checks.notNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must not be negative.");
        }
        return value;
    }

    static int agents(int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("The agents (" + agents + ") must be at least 1.");
        }
        return agents;
    }

    /** Checks {@code min < value < max} (open) or with the given closed ends. */
    static double fraction(double value, String field, boolean minClosed, boolean maxClosed) {
        boolean aboveMin = minClosed ? value >= 0.0 : value > 0.0;
        boolean belowMax = maxClosed ? value <= 1.0 : value < 1.0;
        if (!(aboveMin && belowMax)) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must be in "
                    + (minClosed ? "[0" : "(0") + ", " + (maxClosed ? "1]" : "1)") + "."
                    + (value > 1.0 ? "\nMaybe it was given in percent rather than as a fraction?" : ""));
        }
        return value;
    }

    /** A computed probability: in [0, 1]. */
    static double probability(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must be in [0, 1].");
        }
        return value;
    }

    /** A computed figure: finite and not negative. */
    static double figure(double value, String field) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must be finite and ≥ 0.");
        }
        return value;
    }
}
