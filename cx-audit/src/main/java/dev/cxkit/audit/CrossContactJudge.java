package dev.cxkit.audit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import org.jspecify.annotations.Nullable;

/**
 * The judgement of the cross-contact codes ESCALATION_PATTERN, CONTACT_REASON_SPIKE,
 * REPEAT_CONTACT and BOT_DEAD_END as pure functions: the caller keeps the counts (in memory, as {@link AuditRun}
 * does, or in a stream processor's keyed state) and asks here whether they make a finding, and gets
 * the finding with its evidence, threshold text and fix. Every engine that audits therefore reports
 * the same findings, text for text.
 *
 * <p>The functions hold no state and read no clock; they are thread-safe. Arguments are checked and
 * misuse throws {@link IllegalArgumentException} (or {@link NullPointerException} for a missing
 * argument) naming the parameter and the value.
 */
public final class CrossContactJudge {

    private static final String TEAM_ESCALATION_FIX =
            "Find what this team escalates that its peers solve, and close the gap with training, tools or access.";
    private static final String REASON_ESCALATION_FIX =
            "Find why this reason is escalated so often: train the first tier on it, or fix the product flaw behind it.";
    private static final String ESCALATION_FIX =
            "Coach the agent on the issues they escalate most, for example by pairing them with a senior colleague.";
    private static final String SPIKE_FIX =
            "Find the cause of the rise with the team that owns this reason and fix it at the source.";
    private static final String BOT_DEAD_END_FIX =
            "Let the bot offer a person (with the conversation so far) once it cannot help, and fix the flow it failed in.";
    private static final String REPEAT_FIX =
            "Resolve the issue fully on the first contact and confirm it with the customer before closing.";

    private CrossContactJudge() {
    }

    /**
     * The handled and escalated contacts of one agent over the audited period, the input of
     * {@link #escalations}. Immutable.
     *
     * @param agentId the agent
     * @param team the team of the agent's latest contact that named one, or {@code null}
     * @param handled handled (answered) contacts, not negative
     * @param escalated of those, contacts escalated to a higher tier; 0 ≤ escalated ≤ handled
     * @param lastContactAt the latest {@code queuedAt} of the agent's contacts; the finding's time
     */
    public record AgentEscalations(AgentId agentId, @Nullable TeamId team, long handled, long escalated,
            Instant lastContactAt) {

        /** Validates the fields. */
        public AgentEscalations {
            Checks.notNull(agentId, "agentId");
            Checks.notNull(lastContactAt, "lastContactAt");
            if (handled < 0 || escalated < 0 || escalated > handled) {
                throw new IllegalArgumentException("The escalated (" + escalated + ") and handled (" + handled
                        + ") contacts of agent " + agentId + " must satisfy 0 ≤ escalated ≤ handled.");
            }
        }
    }

    /**
     * What {@link #escalations} found in one tier: one finding and one training gap per agent above
     * the threshold, both in the order of the agent ids. Immutable.
     *
     * @param findings the ESCALATION_PATTERN findings
     * @param trainingGaps the same agents as {@link AuditSummary#trainingGaps()} lists them
     */
    public record EscalationJudgement(List<AuditFinding> findings, List<TrainingGap> trainingGaps) {

        /** Copies the lists and checks that they name the same number of agents. */
        public EscalationJudgement {
            findings = List.copyOf(Checks.notNull(findings, "findings"));
            trainingGaps = List.copyOf(Checks.notNull(trainingGaps, "trainingGaps"));
            if (findings.size() != trainingGaps.size()) {
                throw new IllegalArgumentException("The findings (" + findings.size() + ") and trainingGaps ("
                        + trainingGaps.size() + ") of an escalation judgement must name the same agents.");
            }
        }
    }

    /**
     * The facts of a contact that REPEAT_CONTACT reports, the input of {@link #repeatContact}. Immutable.
     *
     * @param id the interaction
     * @param queuedAt when it was queued; the finding's time
     * @param reason its contact reason
     * @param caseId its case, or {@code null}
     * @param agentId its agent, or {@code null}
     * @param team its team, or {@code null}
     */
    public record RepeatCandidate(InteractionId id, Instant queuedAt, ContactReason reason, @Nullable CaseId caseId,
            @Nullable AgentId agentId, @Nullable TeamId team) {

        /** Validates the required fields. */
        public RepeatCandidate {
            Checks.notNull(id, "id");
            Checks.notNull(queuedAt, "queuedAt");
            Checks.notNull(reason, "reason");
        }

        /**
         * The facts of an interaction.
         *
         * @param interaction a contact with a reason
         * @return its facts
         * @throws IllegalArgumentException if the interaction has no reason
         */
        public static RepeatCandidate of(Interaction interaction) {
            Checks.notNull(interaction, "interaction");
            ContactReason reason = interaction.reason();
            if (reason == null) {
                throw new IllegalArgumentException("The interaction (" + interaction.id()
                        + ") has no reason, so it cannot repeat a contact.\nMaybe skip contacts without a reason?");
            }
            return new RepeatCandidate(interaction.id(), interaction.queuedAt(), reason, interaction.caseId(),
                    interaction.agentId(), interaction.team());
        }
    }

    /** What a group-level ESCALATION_PATTERN compares: whole teams, or contact reasons. */
    public enum EscalationGroup {
        /** Teams: a team escalating far more than its peers (a training or staffing gap). */
        TEAM,
        /** Contact reasons: a reason escalated far more than others (a training gap or a product flaw). */
        REASON
    }

    /**
     * The handled and escalated contacts of one team or one contact reason over the audited period,
     * the input of {@link #groupEscalations}. Immutable.
     *
     * @param group the team id or the reason key
     * @param handled handled (answered) contacts that name an agent, not negative
     * @param escalated of those, contacts escalated to a higher tier; 0 ≤ escalated ≤ handled
     * @param lastContactAt the latest {@code queuedAt} of those contacts; the finding's time
     */
    public record GroupEscalations(String group, long handled, long escalated, Instant lastContactAt) {

        /** Validates the fields. */
        public GroupEscalations {
            Checks.identifier(group, "group");
            Checks.notNull(lastContactAt, "lastContactAt");
            if (handled < 0 || escalated < 0 || escalated > handled) {
                throw new IllegalArgumentException("The escalated (" + escalated + ") and handled (" + handled
                        + ") contacts of " + group + " must satisfy 0 ≤ escalated ≤ handled.");
            }
        }
    }

    /**
     * Judges ESCALATION_PATTERN for teams or contact reasons, with the rule {@link #escalations}
     * applies to the agents of a tier: the peers are the groups with at least
     * {@code escalationMinContacts} handled contacts, and a group is flagged when its rate is above
     * the peers' median + {@code escalationMadFactor} × MAD. Handled contacts are the same as the
     * agents': answered contacts that name an agent, of every tier.
     *
     * <p>A team finding has rule id {@code escalation-pattern-team} and names the team only; a reason
     * finding has rule id {@code escalation-pattern-reason} and names no id. Evidence: {@code team} or
     * {@code reason}, then {@code handled, escalated, rate, peerMedian, peerMad, peers}.
     *
     * @param thresholds {@code escalationMinContacts} and {@code escalationMadFactor}
     * @param kind teams or reasons
     * @param groups each group at most once, in any order
     * @return the findings, in the order of the group names
     * @throws IllegalArgumentException if a group appears twice
     */
    public static List<AuditFinding> groupEscalations(AuditThresholds thresholds, EscalationGroup kind,
            Collection<GroupEscalations> groups) {
        Checks.notNull(thresholds, "thresholds");
        Checks.notNull(kind, "kind");
        Checks.notNull(groups, "groups");
        Set<String> seen = new HashSet<>();
        List<GroupEscalations> peers = new ArrayList<>();
        for (GroupEscalations group : groups) {
            Checks.notNull(group, "group");
            if (!seen.add(group.group())) {
                throw new IllegalArgumentException("The " + kind.name().toLowerCase(Locale.ROOT) + " " + group.group()
                        + " appears twice.\nMaybe add up its contacts first?");
            }
            if (group.handled() >= thresholds.escalationMinContacts()) {
                peers.add(group);
            }
        }
        if (peers.isEmpty()) {
            return List.of();
        }
        peers.sort(Comparator.comparing(GroupEscalations::group));
        double[] rates = new double[peers.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = (double) peers.get(i).escalated() / peers.get(i).handled();
        }
        double[] spread = medianAndMad(rates);
        double threshold = spread[0] + thresholds.escalationMadFactor() * spread[1];
        String noun = kind == EscalationGroup.TEAM ? "teams" : "contact reasons";
        List<AuditFinding> findings = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            if (!(rates[i] > threshold)) {
                continue;
            }
            GroupEscalations group = peers.get(i);
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put(kind == EscalationGroup.TEAM ? "team" : "reason", group.group());
            evidence.put("handled", Long.toString(group.handled()));
            evidence.put("escalated", Long.toString(group.escalated()));
            evidence.put("rate", format(rates[i], 4));
            evidence.put("peerMedian", format(spread[0], 4));
            evidence.put("peerMad", format(spread[1], 4));
            evidence.put("peers", Integer.toString(peers.size()));
            findings.add(new AuditFinding(MistakeCode.ESCALATION_PATTERN, Severity.MEDIUM,
                    kind == EscalationGroup.TEAM ? "escalation-pattern-team" : "escalation-pattern-reason",
                    group.lastContactAt(), null, null, null, kind == EscalationGroup.TEAM ? TeamId.of(group.group()) : null,
                    evidence, "escalation rate > median + " + thresholds.escalationMadFactor() + " × MAD of the " + noun
                            + " with ≥ " + thresholds.escalationMinContacts() + " handled contacts (" + format(threshold, 4) + ")",
                    kind == EscalationGroup.TEAM ? TEAM_ESCALATION_FIX : REASON_ESCALATION_FIX));
        }
        return findings;
    }

    /** The median and the (unscaled) median absolute deviation of non-empty values. */
    private static double[] medianAndMad(double[] values) {
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return new double[] {median, median(deviations)};
    }

    /**
     * Judges ESCALATION_PATTERN for the agents of one tier.
     *
     * <p>The peers are the given agents with at least {@code escalationMinContacts} handled contacts.
     * An agent's rate is escalated / handled (a fraction in [0, 1]). With m the median of the peers'
     * rates and MAD the median of |rate − m| (unscaled, no 1.4826 factor), an agent is flagged when
     * rate &gt; m + k × MAD, k = {@code escalationMadFactor} (strictly above: an agent exactly on the
     * threshold is not flagged). The median of an even number of values is the mean of the middle
     * two. Edge cases: no peers gives an empty judgement; when all rates are equal MAD is 0 and the
     * threshold is the common rate, so nobody is flagged; a single peer is its own median and is never
     * flagged. Source: the robust outlier rule of Leys et al., "Detecting outliers: Do not use standard
     * deviation around the mean, use absolute deviation around the median" (J. Exp. Soc. Psychol.
     * 49(4), 2013), with the catalog's k and without the consistency constant.
     *
     * <p>Each finding has rule id {@code escalation-pattern}, severity MEDIUM, the agent's last contact
     * time and team, and the evidence {@code tier, handled, escalated, rate, peerMedian, peerMad, peers}
     * (rates with four decimals).
     *
     * @param thresholds {@code escalationMinContacts} and {@code escalationMadFactor}
     * @param tier the tier all the agents were compared within
     * @param agents the tier's agents, each at most once, in any order
     * @return the findings and training gaps, by agent id
     * @throws IllegalArgumentException if an agent appears twice
     */
    public static EscalationJudgement escalations(AuditThresholds thresholds, Tier tier,
            Collection<AgentEscalations> agents) {
        Checks.notNull(thresholds, "thresholds");
        Checks.notNull(tier, "tier");
        Checks.notNull(agents, "agents");
        Set<AgentId> seen = new HashSet<>();
        List<AgentEscalations> peers = new ArrayList<>();
        for (AgentEscalations agent : agents) {
            Checks.notNull(agent, "agent");
            if (!seen.add(agent.agentId())) {
                throw new IllegalArgumentException("The agent " + agent.agentId() + " appears twice among the "
                        + tier + " agents.\nMaybe add up their contacts first?");
            }
            if (agent.handled() >= thresholds.escalationMinContacts()) {
                peers.add(agent);
            }
        }
        if (peers.isEmpty()) {
            return new EscalationJudgement(List.of(), List.of());
        }
        peers.sort(Comparator.comparing(AgentEscalations::agentId));
        double[] rates = new double[peers.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = rate(peers.get(i));
        }
        double[] spread = medianAndMad(rates);
        double median = spread[0];
        double mad = spread[1];
        double threshold = median + thresholds.escalationMadFactor() * mad;
        List<AuditFinding> findings = new ArrayList<>();
        List<TrainingGap> gaps = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            AgentEscalations agent = peers.get(i);
            double rate = rates[i];
            if (rate > threshold) {
                gaps.add(new TrainingGap(agent.agentId(), agent.team(), tier, agent.handled(), agent.escalated(), rate,
                        median, threshold));
                findings.add(escalationFinding(thresholds, tier, agent, rate, median, mad, threshold, peers.size()));
            }
        }
        return new EscalationJudgement(findings, gaps);
    }

    private static AuditFinding escalationFinding(AuditThresholds thresholds, Tier tier, AgentEscalations agent,
            double rate, double median, double mad, double threshold, int peers) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("tier", tier.name());
        evidence.put("handled", Long.toString(agent.handled()));
        evidence.put("escalated", Long.toString(agent.escalated()));
        evidence.put("rate", format(rate, 4));
        evidence.put("peerMedian", format(median, 4));
        evidence.put("peerMad", format(mad, 4));
        evidence.put("peers", Integer.toString(peers));
        return new AuditFinding(MistakeCode.ESCALATION_PATTERN, Severity.MEDIUM, "escalation-pattern",
                agent.lastContactAt(), null, null, agent.agentId(), agent.team(), evidence,
                "escalation rate > median + " + thresholds.escalationMadFactor() + " × MAD of the " + tier
                        + " agents with ≥ " + thresholds.escalationMinContacts() + " handled contacts ("
                        + format(threshold, 4) + ")",
                ESCALATION_FIX);
    }

    /**
     * Says whether a week counts for CONTACT_REASON_SPIKE: a week is complete if it lies inside the
     * audited period, which starts on {@code firstDay} and ends at {@code asOf}, that is
     * its Monday is not before {@code firstDay} and the next Monday (start of day in {@code zone})
     * is not after {@code asOf}.
     *
     * @param monday the week's Monday (local date in {@code zone})
     * @param firstDay the period's first day: the local day of its first contact
     * @param asOf the period's end
     * @param zone the calendar's zone
     * @return {@code true} if the whole week lies inside the period
     * @throws IllegalArgumentException if {@code monday} is not a Monday
     */
    public static boolean isCompleteWeek(LocalDate monday, LocalDate firstDay, Instant asOf, ZoneId zone) {
        requireMonday(monday);
        Checks.notNull(firstDay, "firstDay");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(zone, "zone");
        return !monday.isBefore(firstDay) && !monday.plusWeeks(1).atStartOfDay(zone).toInstant().isAfter(asOf);
    }

    /**
     * Judges CONTACT_REASON_SPIKE for one reason in one complete week.
     *
     * <p>With the counts c₁ … cₙ of the reason in the n = {@code spikeTrailingWeeks} complete weeks
     * before (a week without contacts of the reason counts 0), mean = Σcᵢ / n and the sample standard
     * deviation sd = √(Σ(cᵢ − mean)² / (n − 1)), the week fires when count ≥ {@code spikeMinContacts}
     * and count &gt; mean + s × sd, s = {@code spikeSigmas} (strictly above). Units: contacts per ISO
     * week. Edge cases: constant trailing weeks give sd 0, so any count above the constant (and at
     * least the minimum) fires; trailing weeks all 0 make every week with the minimum count a spike.
     * Source: the catalog's definition (docs/audit-catalog.md), a control-chart rule on the trailing mean.
     *
     * <p>The finding has rule id {@code contact-reason-spike}, severity MEDIUM, the Monday's start of
     * day in {@code zone} as its time, no ids, and the evidence {@code reason, week} (ISO week such as
     * {@code 2026-W09}), {@code count, trailingMean, trailingSd} (two decimals) and {@code trailingWeeks}.
     *
     * @param thresholds {@code spikeSigmas}, {@code spikeMinContacts} and {@code spikeTrailingWeeks}
     * @param zone the calendar's zone
     * @param monday the judged week's Monday in {@code zone}
     * @param reason the contact reason
     * @param count the reason's contacts queued in the judged week, not negative
     * @param trailingCounts the reason's counts in the complete weeks right before, oldest first;
     *     exactly {@code spikeTrailingWeeks} of them, none negative
     * @return the finding, or empty if the week is no spike
     * @throws IllegalArgumentException if {@code monday} is not a Monday, a count is negative or the
     *     number of trailing weeks is not {@code spikeTrailingWeeks}
     */
    public static Optional<AuditFinding> reasonSpike(AuditThresholds thresholds, ZoneId zone, LocalDate monday,
            ContactReason reason, long count, List<Long> trailingCounts) {
        Checks.notNull(thresholds, "thresholds");
        Checks.notNull(zone, "zone");
        requireMonday(monday);
        Checks.notNull(reason, "reason");
        Checks.notNull(trailingCounts, "trailingCounts");
        int weeks = thresholds.spikeTrailingWeeks();
        if (trailingCounts.size() != weeks) {
            throw new IllegalArgumentException("The trailingCounts of " + reason + " hold " + trailingCounts.size()
                    + " weeks, but spikeTrailingWeeks is " + weeks + ".\nMaybe the first weeks of the period are"
                    + " not judged yet?");
        }
        requireCount(count, "count", reason);
        for (Long week : trailingCounts) {
            requireCount(Checks.notNull(week, "trailing count"), "trailing count", reason);
        }
        if (count < thresholds.spikeMinContacts()) {
            return Optional.empty();
        }
        double mean = 0;
        for (long week : trailingCounts) {
            mean += week;
        }
        mean /= weeks;
        double squares = 0;
        for (long week : trailingCounts) {
            double d = week - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / (weeks - 1));
        if (!(count > mean + thresholds.spikeSigmas() * sd)) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("reason", reason.key());
        evidence.put("week", String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        evidence.put("count", Long.toString(count));
        evidence.put("trailingMean", format(mean, 2));
        evidence.put("trailingSd", format(sd, 2));
        evidence.put("trailingWeeks", Integer.toString(weeks));
        return Optional.of(new AuditFinding(MistakeCode.CONTACT_REASON_SPIKE, Severity.MEDIUM, "contact-reason-spike",
                monday.atStartOfDay(zone).toInstant(), null, null, null, null, evidence,
                "weekly count > mean + " + thresholds.spikeSigmas() + " × sample sd of the " + weeks
                        + " complete weeks before, and ≥ " + thresholds.spikeMinContacts(),
                SPIKE_FIX));
    }

    /**
     * Judges REPEAT_CONTACT for a contact and the latest earlier contact of the same customer and
     * reason: it is a repeat when the earlier one was queued strictly before it and at most
     * {@code window} before it (0 &lt; gap ≤ window; contacts at the same instant do not repeat each
     * other). Which earlier contact to compare with is the caller's state.
     *
     * <p>The finding has rule id {@code repeat-contact}, severity MEDIUM, the contact's
     * {@code queuedAt} as its time, its interaction, case, agent and team, and the evidence
     * {@code reason, previousInteraction, previousQueuedAt, queuedAt, gap} (ISO-8601).
     *
     * @param window the repeat window ({@link AuditThresholds#repeatWindow()}), positive
     * @param contact the later contact
     * @param earlierId the earlier contact's interaction
     * @param earlierQueuedAt when the earlier contact was queued
     * @return the finding, or empty if the contact is no repeat of the earlier one
     * @throws IllegalArgumentException if {@code window} is zero or negative
     */
    public static Optional<AuditFinding> repeatContact(Duration window, RepeatCandidate contact,
            InteractionId earlierId, Instant earlierQueuedAt) {
        Checks.notNull(contact, "contact");
        Checks.notNull(earlierId, "earlierId");
        Checks.notNull(earlierQueuedAt, "earlierQueuedAt");
        if (!isRepeat(window, earlierQueuedAt, contact.queuedAt())) {
            return Optional.empty();
        }
        Duration gap = Duration.between(earlierQueuedAt, contact.queuedAt());
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("reason", contact.reason().key());
        evidence.put("previousInteraction", earlierId.value());
        evidence.put("previousQueuedAt", InstantText.of(earlierQueuedAt));
        evidence.put("queuedAt", InstantText.of(contact.queuedAt()));
        evidence.put("gap", gap.toString());
        return Optional.of(new AuditFinding(MistakeCode.REPEAT_CONTACT, Severity.MEDIUM, "repeat-contact",
                contact.queuedAt(), contact.id(), contact.caseId(), contact.agentId(), contact.team(), evidence,
                "same customer and reason again within " + window + " (abandoned contacts count on both ends)",
                REPEAT_FIX));
    }

    /**
     * The REPEAT_CONTACT rule on its own: whether a contact queued at {@code queuedAt} repeats one
     * of the same customer and reason queued at {@code earlierQueuedAt}, that is 0 &lt; gap ≤
     * {@code window} (inclusive; the same instant is no repeat, nor is a later "earlier" contact).
     *
     * @param window the repeat window ({@link AuditThresholds#repeatWindow()}), positive
     * @param earlierQueuedAt when the earlier contact was queued
     * @param queuedAt when the later contact was queued
     * @return {@code true} if the later contact is a repeat
     * @throws IllegalArgumentException if {@code window} is zero or negative
     */
    public static boolean isRepeat(Duration window, Instant earlierQueuedAt, Instant queuedAt) {
        Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The repeat window (" + window + ") must be positive.");
        }
        Checks.notNull(earlierQueuedAt, "earlierQueuedAt");
        Checks.notNull(queuedAt, "queuedAt");
        return earlierQueuedAt.isBefore(queuedAt) && Duration.between(earlierQueuedAt, queuedAt).compareTo(window) <= 0;
    }

    /**
     * The BOT_DEAD_END rule: a self-service or bot session that failed (abandoned or looped) while
     * the bot never offered a person. Judged on the session alone; the customer's next contact (of
     * any channel and reason) within {@code window} after the session's {@code queuedAt}, or none,
     * is evidence and sets the severity. A session whose offer of a person is not recorded
     * ({@code personOffered == null}) is not judged.
     *
     * <p>The finding has rule id {@code bot-dead-end}, the session's {@code endedAt} as its time, its
     * interaction, case, agent and team, and the evidence {@code outcome, steps} ({@code not recorded}
     * when unknown), {@code duration} (ISO-8601, queued to ended), {@code reason} (or
     * {@code not recorded}) and {@code nextContact}: {@code none}, or the next contact's id, with
     * {@code nextChannel} and {@code nextQueuedAt}. Severity HIGH when nothing followed (the customer
     * may be lost), MEDIUM when the customer came back.
     *
     * @param window how long after the session a next contact counts ({@link AuditThresholds#repeatWindow()}), positive
     * @param session the session's interaction
     * @param next the customer's next contact queued after the session and at most {@code window}
     *     after it, or {@code null} if none
     * @return the finding, or empty if the session is no dead end (or carries no session)
     * @throws IllegalArgumentException if {@code window} is zero or negative, or {@code next} is
     *     another customer's, not after the session, or beyond the window
     */
    public static Optional<AuditFinding> botDeadEnd(Duration window, Interaction session, @Nullable Interaction next) {
        Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The repeat window (" + window + ") must be positive.");
        }
        Checks.notNull(session, "session");
        if (next != null && (!next.customerId().equals(session.customerId())
                || !isRepeat(window, session.queuedAt(), next.queuedAt()))) {
            throw new IllegalArgumentException("The next contact (" + next.id() + ") does not follow the session ("
                    + session.id() + ") of the same customer within " + window + ".");
        }
        SelfServiceSession bot = session.selfService();
        if (bot == null || !bot.isDeadEnd()) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("outcome", bot.outcome().name());
        evidence.put("steps", bot.steps() == null ? "not recorded" : String.valueOf(bot.steps()));
        evidence.put("duration", Duration.between(session.queuedAt(), session.endedAt()).toString());
        evidence.put("reason", session.reason() == null ? "not recorded" : session.reason().key());
        if (next == null) {
            evidence.put("nextContact", "none");
        } else {
            evidence.put("nextContact", next.id().value());
            evidence.put("nextChannel", next.channel().name());
            evidence.put("nextQueuedAt", InstantText.of(next.queuedAt()));
        }
        return Optional.of(new AuditFinding(MistakeCode.BOT_DEAD_END, next == null ? Severity.HIGH : Severity.MEDIUM,
                "bot-dead-end", session.endedAt(), session.id(), session.caseId(), session.agentId(), session.team(),
                evidence, "self-service session ABANDONED or LOOPED with personOffered = false", BOT_DEAD_END_FIX));
    }

    private static double rate(AgentEscalations agent) {
        return (double) agent.escalated() / agent.handled();
    }

    /** The median; sorts a copy. The input is not empty. */
    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static void requireMonday(@Nullable LocalDate monday) {
        Checks.notNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("The monday (" + monday + ") is a " + monday.getDayOfWeek()
                    + ".\nMaybe use date.with(DayOfWeek.MONDAY)?");
        }
    }

    private static void requireCount(long count, String name, ContactReason reason) {
        if (count < 0) {
            throw new IllegalArgumentException("The " + name + " (" + count + ") of " + reason + " is negative.");
        }
    }
}
