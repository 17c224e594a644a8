package dev.cxkit.synthetic;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;

/**
 * A contact reason and its relative weight in the arrival mix. The team that handles the reason is
 * the part of the key before the first dot ({@code billing.double-charge} → {@code billing}).
 * Immutable.
 *
 * @param reason the reason; its key must contain a dot after a non-empty team part
 * @param weight the relative weight, positive
 */
public record ReasonWeight(ContactReason reason, double weight) {

    /** Validates the key and the weight. */
    public ReasonWeight {
        Checks.notNull(reason, "reason");
        if (reason.key().indexOf('.') < 1) {
            throw new IllegalArgumentException("The reason (" + reason + ") has no team part."
                    + "\nMaybe write it as team.reason, such as billing.double-charge?");
        }
        if (!(weight > 0.0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("The weight (" + weight + ") of reason (" + reason
                    + ") must be a positive finite number.");
        }
    }

    /**
     * A weighted reason.
     *
     * @param key the reason key such as {@code billing.double-charge}
     * @param weight the relative weight
     * @return the weighted reason
     */
    public static ReasonWeight of(String key, double weight) {
        return new ReasonWeight(ContactReason.of(key), weight);
    }

    /**
     * The team that handles this reason.
     *
     * @return the part of the key before the first dot
     */
    public TeamId team() {
        return TeamId.of(reason.key().substring(0, reason.key().indexOf('.')));
    }
}
