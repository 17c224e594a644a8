package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What a customer said about a contact: survey answers, free-text themes, and whether the loop was
 * closed (the customer was answered and the cause addressed). Each survey answer is optional; an
 * unrated survey has none. Immutable.
 *
 * @param csat the CSAT answer, or {@code null} if not given
 * @param ces the CES answer, or {@code null} if not given
 * @param nps the likelihood to recommend, 0–10, or {@code null} if not given
 * @param resolved the customer's answer to "was your issue resolved?", or {@code null} if not asked
 * @param themes free-text theme tags such as {@code "wait time"}
 * @param priority how urgently the feedback needs an answer
 * @param receivedAt when the feedback arrived
 * @param loopClosedAt when the loop was closed, or {@code null} while open
 */
public record Feedback(@Nullable CsatScore csat, @Nullable CesScore ces, @Nullable Integer nps,
        @Nullable Boolean resolved, List<String> themes, Priority priority, Instant receivedAt, @Nullable Instant loopClosedAt) {

    /** Validates NPS range, themes and that the loop was not closed before the feedback arrived. */
    public Feedback {
        if (nps != null) {
            Checks.inRange(nps, 0, 10, "NPS", Checks.owner("feedback received at", receivedAt));
        }
        themes = List.copyOf(Checks.notNull(themes, "themes"));
        for (String theme : themes) {
            Checks.identifier(theme, "theme");
        }
        Checks.notNull(priority, "priority");
        Checks.notNull(receivedAt, "receivedAt");
        if (loopClosedAt != null) {
            Checks.notBefore(loopClosedAt, "loopClosedAt", receivedAt, "receivedAt", "feedback");
        }
    }

    /**
     * Whether any survey question (CSAT, CES, NPS or resolved) was answered.
     *
     * @return {@code false} for an unrated survey
     */
    public boolean isRated() {
        return csat != null || ces != null || nps != null || resolved != null;
    }

    /**
     * Whether the feedback is negative: a CSAT answer below the middle of its scale, or an NPS
     * detractor (0–6).
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return (csat != null && csat.scale().isNegative(csat.score())) || (nps != null && nps <= 6);
    }

    /**
     * How long the loop was, or has been, open, as known at {@code asOf}: nothing after {@code asOf}
     * is known, so a closure recorded after it counts as not yet closed, and feedback received after
     * it has not been open at all.
     *
     * @param asOf the instant to measure at
     * @return time from receipt to closure if the loop was closed by {@code asOf}, else to {@code asOf};
     *     never negative
     */
    public Duration openFor(Instant asOf) {
        Instant end = loopClosedAt != null && !loopClosedAt.isAfter(asOf) ? loopClosedAt : asOf;
        return end.isBefore(receivedAt) ? Duration.ZERO : Duration.between(receivedAt, end);
    }
}
