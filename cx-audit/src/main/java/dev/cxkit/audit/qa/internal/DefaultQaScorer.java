package dev.cxkit.audit.qa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Auditor;
import dev.cxkit.audit.qa.QaCheck;
import dev.cxkit.audit.qa.QaCriterion;
import dev.cxkit.audit.qa.QaCriterionResult;
import dev.cxkit.audit.qa.QaOutcome;
import dev.cxkit.audit.qa.QaResult;
import dev.cxkit.audit.qa.QaRubric;
import dev.cxkit.audit.qa.QaScore;
import dev.cxkit.audit.qa.QaScorer;
import dev.cxkit.core.Channel;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseOutcome;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.internal.InstantText;
import org.jspecify.annotations.Nullable;

/**
 * The scorer: runs the audit's per-contact rules once per contact and reads each criterion's
 * verdict from the findings; this class decides only whether a criterion applies. Thread-safe.
 */
public final class DefaultQaScorer implements QaScorer {

    private static final QaOutcome PASSED = new QaOutcome.Passed();

    private final QaRubric rubric;
    private final Auditor auditor;
    private final boolean hasPolicy;

    /**
     * Creates the scorer.
     *
     * @param rubric the rubric
     * @param auditor an auditor with the rubric's thresholds
     * @param hasPolicy whether the auditor checks grants against a policy
     */
    public DefaultQaScorer(QaRubric rubric, Auditor auditor, boolean hasPolicy) {
        this.rubric = rubric;
        this.auditor = auditor;
        this.hasPolicy = hasPolicy;
    }

    @Override
    public QaRubric rubric() {
        return rubric;
    }

    @Override
    public QaResult score(Interaction interaction, Instant asOf) {
        // QA judges people's work: a contact nobody answered, or one the bot or self-service handled without
        // an agent, has nothing to score.
        boolean selfServed = interaction.agentId() == null
                && (interaction.selfService() != null || interaction.channel() == Channel.SELF_SERVICE);
        boolean answered = interaction.answeredAt() != null && !selfServed;
        Map<MistakeCode, AuditFinding> first = new EnumMap<>(MistakeCode.class);
        if (answered) {
            for (AuditFinding finding : auditor.checkContact(interaction, asOf)) {
                first.putIfAbsent(finding.code(), finding);
            }
        }
        List<QaCriterionResult> results = new ArrayList<>(rubric.criteria().size());
        int earned = 0;
        int applicable = 0;
        List<String> autoFailed = new ArrayList<>();
        String autoFailReason = null;
        for (QaCriterion criterion : rubric.criteria()) {
            QaOutcome outcome = answered ? judge(criterion.check(), interaction, asOf, first)
                    : new QaOutcome.NotApplicable(selfServed ? "handled by self-service, no agent" : "not answered");
            results.add(new QaCriterionResult(criterion, outcome));
            if (outcome instanceof QaOutcome.Passed) {
                earned += criterion.points();
                applicable += criterion.points();
            } else if (outcome instanceof QaOutcome.Failed failed) {
                applicable += criterion.points();
                if (criterion.autoFail()) {
                    autoFailed.add(criterion.id());
                    if (autoFailReason == null) {
                        autoFailReason = criterion.id() + ": " + failed.reason();
                    }
                }
            }
        }
        QaScore score = autoFailReason != null ? new QaScore.AutoFailed(autoFailed, autoFailReason)
                : applicable == 0 ? new QaScore.Unscored() : new QaScore.Scored(earned, applicable);
        return new QaResult(interaction.id(), interaction.agentId(), interaction.team(), results, score);
    }

    private QaOutcome judge(QaCheck check, Interaction interaction, Instant asOf, Map<MistakeCode, AuditFinding> found) {
        @Nullable String notApplicable = switch (check) {
            case HOLD_EXPLAINED -> holds(interaction, interaction.holds().stream().anyMatch(h -> h.explained() != null),
                    "explained");
            case STATED_HOLD_KEPT -> holds(interaction, interaction.holds().stream().anyMatch(h -> h.statedWait() != null),
                    "stated wait");
            case EMOTION_ACKNOWLEDGED -> interaction.emotionalCues().isEmpty() ? "no emotional cue"
                    : interaction.emotionalCues().stream().map(EmotionalCue::acknowledged).allMatch(a -> a == null)
                            ? "not recorded: acknowledged" : null;
            case WARM_TRANSFER_WITH_SUMMARY -> !interaction.isRecorded(InteractionFact.TRANSFERS) ? "not recorded: transfers"
                    : interaction.transfers().isEmpty() ? "no transfer"
                    : interaction.transfers().stream().map(Transfer::warm).allMatch(w -> w == null)
                            ? "not recorded: warm" : null;
            case PROMISE_KEPT -> interaction.promises().isEmpty() ? "no promise"
                    : interaction.promises().stream().allMatch(p -> judgedOpen(p, asOf)) ? "promise still open" : null;
            case FIRST_REPLY_IN_TARGET -> interaction.channel() == Channel.SELF_SERVICE ? "no reply target for self-service"
                    : null;
            case RESOLVED_FIRST_CONTACT -> interaction.resolved() == null ? "not recorded: resolved" : null;
            case WITHIN_AUTHORITY -> interaction.grants().isEmpty() ? "no grant"
                    : !hasPolicy ? "no authority policy"
                    : interaction.agentId() == null || interaction.agentTier() == null ? "not recorded: agent tier" : null;
        };
        if (notApplicable != null) {
            return new QaOutcome.NotApplicable(notApplicable);
        }
        if (check == QaCheck.RESOLVED_FIRST_CONTACT) {
            return Boolean.TRUE.equals(interaction.resolved()) ? PASSED : new QaOutcome.Failed("resolved = false");
        }
        for (MistakeCode code : check.failsOn()) {
            AuditFinding finding = found.get(code);
            if (finding != null) {
                return new QaOutcome.Failed(finding.ruleId() + " at " + InstantText.of(finding.occurredAt()));
            }
        }
        return PASSED;
    }

    private static @Nullable String holds(Interaction interaction, boolean anyJudged, String flag) {
        List<HoldSegment> holds = interaction.holds();
        if (holds.isEmpty()) {
            return "no hold";
        }
        return anyJudged ? null : "not recorded: " + flag;
    }

    private static boolean judgedOpen(Promise promise, Instant asOf) {
        return promise.outcomeAt(asOf) == PromiseOutcome.OPEN;
    }
}
