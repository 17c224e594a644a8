package dev.cxkit.audit.qa;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.cxkit.core.internal.Checks;

/**
 * One line of a rubric: a named, weighted check. Immutable.
 *
 * @param id the criterion's id, lower-case letters, digits and hyphens, a letter first (for example
 *        {@code hold-explained}); unique within a rubric
 * @param points the weight, 1 to 100 points; a contact earns them when the criterion passes
 * @param autoFail whether failing this criterion sets the contact's whole score to 0
 * @param check what is judged
 * @param parameters the check's parameters by name (see {@link QaCheck#parameters()}), each a
 *        positive duration; empty for the audit's thresholds
 */
public record QaCriterion(String id, int points, boolean autoFail, QaCheck check, Map<String, Duration> parameters) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /**
     * Validates the criterion and copies the parameters (sorted by name).
     *
     * @throws IllegalArgumentException if the id is malformed, the points are outside 1..100, or a
     *         parameter is unknown to the check or not a positive duration
     */
    public QaCriterion {
        Checks.notNull(id, "id");
        Checks.notNull(check, "check");
        Checks.notNull(parameters, "parameters");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The criterion id '" + Checks.abbreviate(id)
                    + "' is not a lower-case id.\nMaybe write it like hold-explained (letters, digits, hyphens; a letter first)?");
        }
        if (points < 1 || points > 100) {
            throw new IllegalArgumentException("The points (" + points + ") of criterion " + id
                    + " must be 1 to 100.\nMaybe 10?");
        }
        for (Map.Entry<String, Duration> parameter : parameters.entrySet()) {
            if (!check.parameters().contains(parameter.getKey())) {
                throw new IllegalArgumentException("The check " + check.id() + " of criterion " + id
                        + " takes no parameter '" + Checks.abbreviate(parameter.getKey()) + "'. "
                        + (check.parameters().isEmpty() ? "Maybe leave the parameter column empty?"
                                : "Maybe one of " + String.join(", ", new java.util.TreeSet<>(check.parameters())) + "?"));
            }
            Duration value = Checks.notNull(parameter.getValue(), "parameter " + parameter.getKey());
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("The parameter " + parameter.getKey() + " (" + value
                        + ") of criterion " + id + " must be a positive duration.\nMaybe 45s?");
            }
        }
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * A criterion with the audit's thresholds.
     *
     * @param id the id
     * @param points the weight, 1 to 100
     * @param autoFail whether a failure zeroes the contact's score
     * @param check what is judged
     * @return the criterion
     */
    public static QaCriterion of(String id, int points, boolean autoFail, QaCheck check) {
        return new QaCriterion(id, points, autoFail, check, Map.of());
    }
}
