package dev.cxkit.audit;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.synthetic.TruthLabel;
import org.jspecify.annotations.Nullable;

/**
 * Measures an audit against ground truth (for example the {@link TruthLabel}s of the synthetic
 * generator): per code, how many findings match a label (precision) and how many labels were found
 * (recall). Feed findings and labels in any order, then ask for the {@link #report()}.
 *
 * <p>Matching is by code and subject, and each (code, subject) pair counts once on either side
 * (two LONG_HOLD findings in one contact match one label). The subject is, by code:
 * <ul>
 *   <li>contact codes and REPEAT_CONTACT: the interaction id;</li>
 *   <li>REOPENED_CASE and NO_FOLLOW_UP: the case id;</li>
 *   <li>ESCALATION_PATTERN: the agent id, or for a team-level finding the team, or for a
 *       reason-level finding the reason;</li>
 *   <li>CONTACT_REASON_SPIKE: the reason and ISO week (the finding's {@code reason} and {@code week} evidence).</li>
 * </ul>
 * A finding or label without its subject counts as unmatched.
 *
 * <p>Memory: one short string per distinct (code, subject), on both sides. Not thread-safe.
 */
public final class AuditQuality {

    private final Map<MistakeCode, Set<String>> found = new EnumMap<>(MistakeCode.class);
    private final Map<MistakeCode, Set<String>> truth = new EnumMap<>(MistakeCode.class);
    private final Map<MistakeCode, long[]> unmatchable = new EnumMap<>(MistakeCode.class);

    private AuditQuality() {
    }

    /**
     * Creates an empty measurement.
     *
     * @return the measurement
     */
    public static AuditQuality create() {
        return new AuditQuality();
    }

    /**
     * Adds a finding of the audit.
     *
     * @param finding the finding
     */
    public void acceptFinding(AuditFinding finding) {
        Checks.notNull(finding, "finding");
        add(found, finding.code(), subject(finding));
    }

    /**
     * Adds a ground-truth label.
     *
     * @param label the label
     */
    public void acceptTruth(TruthLabel label) {
        Checks.notNull(label, "label");
        add(truth, label.code(), subject(label));
    }

    /**
     * Compares what was found with the truth so far.
     *
     * @return one row per code, in catalog order
     */
    public AuditQualityReport report() {
        Map<MistakeCode, AuditQualityReport.CodeQuality> rows = new EnumMap<>(MistakeCode.class);
        for (MistakeCode code : MistakeCode.values()) {
            Set<String> f = found.getOrDefault(code, Set.of());
            Set<String> t = truth.getOrDefault(code, Set.of());
            long matched = 0;
            for (String subject : f) {
                if (t.contains(subject)) {
                    matched++;
                }
            }
            rows.put(code, new AuditQualityReport.CodeQuality(code, t.size(), f.size(), matched));
        }
        return new AuditQualityReport(rows);
    }

    private void add(Map<MistakeCode, Set<String>> side, MistakeCode code, @Nullable String subject) {
        // An unmatchable entry still counts: a unique key that the other side cannot have.
        String key = subject != null ? subject : "\u0000" + unmatchable.computeIfAbsent(code, c -> new long[1])[0]++;
        side.computeIfAbsent(code, c -> new HashSet<>()).add(key);
    }

    private static @Nullable String subject(AuditFinding finding) {
        return switch (finding.code()) {
            case REOPENED_CASE, NO_FOLLOW_UP -> finding.caseId() == null ? null : finding.caseId().value();
            case ESCALATION_PATTERN -> finding.agentId() != null ? "agent:" + finding.agentId().value()
                    : finding.team() != null ? "team:" + finding.team().value()
                    : finding.evidence().containsKey("reason") ? "reason:" + finding.evidence().get("reason") : null;
            case CONTACT_REASON_SPIKE -> {
                String reason = finding.evidence().get("reason");
                String week = finding.evidence().get("week");
                yield reason == null || week == null ? null : reason + "@" + week;
            }
            default -> finding.interactionId() == null ? null : finding.interactionId().value();
        };
    }

    private static @Nullable String subject(TruthLabel label) {
        return switch (label.code()) {
            case REOPENED_CASE, NO_FOLLOW_UP -> label.caseId() == null ? null : label.caseId().value();
            case ESCALATION_PATTERN -> label.agentId() != null ? "agent:" + label.agentId().value()
                    : label.team() != null ? "team:" + label.team()
                    : label.reason() != null ? "reason:" + label.reason() : null;
            case CONTACT_REASON_SPIKE -> label.reason() == null || label.week() == null ? null
                    : label.reason() + "@" + label.week();
            default -> label.interactionId() == null ? null : label.interactionId().value();
        };
    }
}
