package dev.cxkit.audit.qa.internal;

import java.util.OptionalDouble;

/**
 * Cohen's kappa of two raters over a pass/fail judgement, from the 2×2 table of their verdicts:
 * κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the observed agreement and pₑ the agreement expected from each
 * rater's own pass rate. Source: J. Cohen, "A coefficient of agreement for nominal scales",
 * Educational and Psychological Measurement 20 (1960).
 */
public final class Kappa {

    private Kappa() {
    }

    /**
     * The observed agreement pₒ = (bothPass + bothFail) / n.
     *
     * @param bothPass both said pass
     * @param firstPassSecondFail the first said pass, the second fail
     * @param firstFailSecondPass the first said fail, the second pass
     * @param bothFail both said fail
     * @return pₒ; empty when n = 0
     */
    public static OptionalDouble observed(long bothPass, long firstPassSecondFail, long firstFailSecondPass, long bothFail) {
        long n = bothPass + firstPassSecondFail + firstFailSecondPass + bothFail;
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (bothPass + bothFail) / n);
    }

    /**
     * Cohen's kappa.
     *
     * @param bothPass both said pass
     * @param firstPassSecondFail the first said pass, the second fail
     * @param firstFailSecondPass the first said fail, the second pass
     * @param bothFail both said fail
     * @return κ; empty when n = 0 or the expected agreement is 1 (both raters gave one and the same
     *         verdict throughout, so agreement beyond chance is undefined)
     */
    public static OptionalDouble of(long bothPass, long firstPassSecondFail, long firstFailSecondPass, long bothFail) {
        long n = bothPass + firstPassSecondFail + firstFailSecondPass + bothFail;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double total = n;
        double po = (bothPass + bothFail) / total;
        double firstPass = (bothPass + firstPassSecondFail) / total;
        double secondPass = (bothPass + firstFailSecondPass) / total;
        double pe = firstPass * secondPass + (1 - firstPass) * (1 - secondPass);
        if (pe >= 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((po - pe) / (1 - pe));
    }
}
