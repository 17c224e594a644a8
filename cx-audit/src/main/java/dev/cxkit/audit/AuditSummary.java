package dev.cxkit.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AuditRun} found, summarised. Immutable.
 *
 * @param asOf the instant the run judged at
 * @param interactions contacts audited (queued at or before {@code asOf})
 * @param caseEvents case events taken into account (at or before {@code asOf})
 * @param findingsPerCode findings per code, every code present (possibly 0), in catalog order
 * @param findingsPerAgent findings that name an agent, per agent, most first (ties by id)
 * @param findingsPerTeam findings that name a team, per team, most first (ties by id)
 * @param topThemesPerQuarter per calendar quarter of the feedback's receipt (such as {@code 2026-Q1},
 *     in the calendar's zone), the three most frequent feedback themes, most first (ties by name)
 * @param trainingGaps the agents whose escalation rate suggests a training gap (ESCALATION_PATTERN), by tier and id
 * @param lateContacts contacts that arrived later than the run's {@code maxDisorder} allows
 * @param lateCaseEvents case events older than the last event of their case
 * @param ignoredCaseEvents case events after {@code asOf}: not known at {@code asOf}, counted and ignored
 * @param uncheckedFollowUps resolutions that needed a follow-up but whose case was never linked to a
 *     contact (so no customer is known), not judged
 * @param notJudged per code, contacts not judged (wholly or in part) because the record lacks what
 *     the code needs: HOLD_OVER_STATED and LONG_HOLD (an answered contact whose hold time is not
 *     recorded), UNEXPLAINED_HOLD (that, or a hold segment without {@code explained}), COLD_TRANSFER
 *     (an answered contact whose transfers are not recorded, or a transfer without {@code warm}),
 *     MISSING_HANDOFF_SUMMARY (transfers not recorded), EMOTION_NOT_ACKNOWLEDGED (a cue without
 *     {@code acknowledged}); exactly the {@link #notJudgedCodes()}, each present (possibly 0), in
 *     catalog order
 * @param contactsAfterAsOf contacts queued after {@code asOf}: outside the audited period,
 *     counted and ignored
 */
public record AuditSummary(Instant asOf, long interactions, long caseEvents, Map<MistakeCode, Long> findingsPerCode,
        Map<AgentId, Long> findingsPerAgent, Map<TeamId, Long> findingsPerTeam,
        Map<String, List<ThemeCount>> topThemesPerQuarter, List<TrainingGap> trainingGaps, long lateContacts,
        long lateCaseEvents, long ignoredCaseEvents, long uncheckedFollowUps, Map<MistakeCode, Long> notJudged,
        long contactsAfterAsOf) {

    /** Validates and copies the collections, keeping their order. */
    public AuditSummary {
        Checks.notNull(asOf, "asOf");
        findingsPerCode = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(findingsPerCode, "findingsPerCode")));
        findingsPerAgent = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(findingsPerAgent, "findingsPerAgent")));
        findingsPerTeam = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(findingsPerTeam, "findingsPerTeam")));
        Map<String, List<ThemeCount>> themes = new LinkedHashMap<>();
        Checks.notNull(topThemesPerQuarter, "topThemesPerQuarter").forEach((q, list) -> themes.put(q, List.copyOf(list)));
        topThemesPerQuarter = Collections.unmodifiableMap(themes);
        trainingGaps = List.copyOf(Checks.notNull(trainingGaps, "trainingGaps"));
        notJudged = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(notJudged, "notJudged")));
    }

    /**
     * The codes whose contacts can lack what the code needs, in catalog order: {@link #notJudged()}
     * has exactly these keys.
     *
     * @return HOLD_OVER_STATED, LONG_HOLD, UNEXPLAINED_HOLD, COLD_TRANSFER, MISSING_HANDOFF_SUMMARY,
     *     EMOTION_NOT_ACKNOWLEDGED, BOT_DEAD_END (failed sessions whose offer of a person is not recorded)
     */
    public static List<MistakeCode> notJudgedCodes() {
        return List.of(MistakeCode.HOLD_OVER_STATED, MistakeCode.LONG_HOLD, MistakeCode.UNEXPLAINED_HOLD,
                MistakeCode.COLD_TRANSFER, MistakeCode.MISSING_HANDOFF_SUMMARY, MistakeCode.EMOTION_NOT_ACKNOWLEDGED,
                MistakeCode.BOT_DEAD_END);
    }

    /**
     * The number of findings of one code.
     *
     * @param code the code
     * @return the count, 0 if none
     */
    public long count(MistakeCode code) {
        return findingsPerCode.getOrDefault(code, 0L);
    }

    /**
     * The total number of findings.
     *
     * @return the sum over all codes
     */
    public long totalFindings() {
        return findingsPerCode.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A feedback theme and how often it was given.
     *
     * @param theme the theme tag
     * @param count how many feedbacks carried it
     */
    public record ThemeCount(String theme, long count) {

        /** Validates the fields. */
        public ThemeCount {
            Checks.identifier(theme, "theme");
            if (count < 1) {
                throw new IllegalArgumentException("The count (" + count + ") of theme " + theme + " must be positive.");
            }
        }
    }

    /**
     * An agent whose escalation rate lies far above their peers' (same tier): a likely training gap.
     *
     * @param agentId the agent
     * @param team the agent's team, or {@code null} if unknown
     * @param tier the tier the agent was compared within
     * @param handled handled (answered) contacts
     * @param escalated of those, contacts escalated to a higher tier
     * @param rate escalated / handled
     * @param peerMedian the median rate of the tier's agents with enough contacts
     * @param threshold peer median + k × MAD; {@code rate} is above it
     */
    public record TrainingGap(AgentId agentId, @Nullable TeamId team, Tier tier, long handled, long escalated, double rate,
            double peerMedian, double threshold) {

        /** Validates the fields. */
        public TrainingGap {
            Checks.notNull(agentId, "agentId");
            Checks.notNull(tier, "tier");
            if (handled < 1 || escalated < 0 || escalated > handled) {
                throw new IllegalArgumentException("The escalated (" + escalated + ") and handled (" + handled
                        + ") contacts of agent " + agentId + " must satisfy 0 ≤ escalated ≤ handled and handled ≥ 1.");
            }
        }
    }
}
