package dev.cxkit.audit.qa;

import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * A contact's QA score: points earned / points applicable × 100, in [0, 100]; 0 when an auto-fail
 * criterion failed; none when no criterion applied.
 */
public sealed interface QaScore permits QaScore.Scored, QaScore.AutoFailed, QaScore.Unscored {

    /**
     * The score as a number.
     *
     * @return 0–100; 0 for {@link AutoFailed}; empty for {@link Unscored}
     */
    OptionalDouble value();

    /**
     * Scored normally.
     *
     * @param earned points of the passed criteria
     * @param applicable points of the passed and failed criteria, at least 1
     */
    record Scored(int earned, int applicable) implements QaScore {
        /** Validates 0 ≤ earned ≤ applicable, applicable ≥ 1. */
        public Scored {
            if (applicable < 1 || earned < 0 || earned > applicable) {
                throw new IllegalArgumentException("The earned points (" + earned + ") must be 0 to the applicable points ("
                        + applicable + "), which must be 1 or more.");
            }
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.of(earned * 100.0 / applicable);
        }
    }

    /**
     * An auto-fail criterion failed: the score is 0, whatever else passed.
     *
     * @param criteria the ids of the failed auto-fail criteria, at least one
     * @param reason the first failure's reason
     */
    record AutoFailed(List<String> criteria, String reason) implements QaScore {
        /** Copies the ids and checks there is one. */
        public AutoFailed {
            criteria = List.copyOf(criteria);
            Checks.notNull(reason, "reason");
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("An auto-fail names at least one criterion.");
            }
        }

        @Override
        public OptionalDouble value() {
            return OptionalDouble.of(0);
        }
    }

    /** No criterion applied (for example an abandoned contact): no score. */
    record Unscored() implements QaScore {
        @Override
        public OptionalDouble value() {
            return OptionalDouble.empty();
        }
    }
}
