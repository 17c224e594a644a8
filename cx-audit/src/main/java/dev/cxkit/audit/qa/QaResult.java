package dev.cxkit.audit.qa;

import java.util.List;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The QA scoring of one contact. Immutable.
 *
 * @param interactionId the contact
 * @param agentId the agent who handled it, or {@code null}
 * @param team the agent's team, or {@code null}
 * @param criteria one result per rubric criterion, in the rubric's order
 * @param score the contact's score
 */
public record QaResult(InteractionId interactionId, @Nullable AgentId agentId, @Nullable TeamId team,
        List<QaCriterionResult> criteria, QaScore score) {

    /** Validates the references and copies the list. */
    public QaResult {
        Checks.notNull(interactionId, "interactionId");
        Checks.notNull(score, "score");
        criteria = List.copyOf(criteria);
    }

    /**
     * The outcome of one criterion.
     *
     * @param criterionId the criterion's id
     * @return its result, or {@code null} if the rubric has no such criterion
     */
    public @Nullable QaCriterionResult criterion(String criterionId) {
        for (QaCriterionResult result : criteria) {
            if (result.criterion().id().equals(criterionId)) {
                return result;
            }
        }
        return null;
    }
}
