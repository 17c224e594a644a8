package dev.cxkit.cli.report;

import java.util.Objects;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;

/**
 * One empowerment decision shown in the {@link HtmlReport}: what it illustrates, what was asked and
 * what the policy decided. Immutable.
 *
 * @param story one line saying what the example shows, for example
 *     {@code "T1 refunds 120 EUR: over the T1 limit"}; shown escaped
 * @param request the request
 * @param decision the policy's decision
 */
public record DecisionExample(String story, DecisionRequest request, Decision decision) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is {@code null}
     * @throws IllegalArgumentException if {@code story} is blank
     */
    public DecisionExample {
        Objects.requireNonNull(story, "story");
        if (story.isBlank()) {
            throw new IllegalArgumentException("The story of a decision example is blank.\n"
                    + "Maybe say what the decision shows, such as \"T1 refunds 120 EUR: over the T1 limit\"?");
        }
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decision, "decision");
    }
}
