package dev.cxkit.rules.spi;

import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.DecisionRequest;
import java.math.BigDecimal;

/**
 * What a DRL rule or decision-table row may say about the {@link DecisionRequest} being decided.
 * One ruling is inserted as a fact next to the request for every decision; rules match it as
 * {@code $ruling : Ruling()} and call its methods in their consequence. The id recorded with each
 * call is the name of the rule that makes it. Not thread-safe, and never shared between decisions.
 *
 * <p>Precedence: after all rules fired, the verdicts with the highest specificity decide; among
 * them, deny beats approval beats allow. Authority-matrix rows have specificity
 * {@link #ANY_SEGMENT} ({@code *} segment) or {@link #EXACT_SEGMENT}; a DRL rule with extra
 * conditions usually uses {@link #CONDITIONAL} so that it beats the matrix.
 *
 * <p>Example: VIP customers with an open complaint may be refunded twice the T1 limit. A DRL file
 * imports every type it names; this one compiles as it stands (a test reads it from this Javadoc):
 * <pre>{@code
 * package policies.vip;
 *
 * import dev.cxkit.core.Action;
 * import dev.cxkit.core.Segment;
 * import dev.cxkit.core.Tier;
 * import dev.cxkit.rules.DecisionRequest;
import java.math.BigDecimal;
 * import dev.cxkit.rules.spi.Ruling;
 *
 * rule "vip-complaint-2x"
 * when
 *     DecisionRequest(agentTier == Tier.T1, action == Action.REFUND, segment == Segment.VIP,
 *                     hasFlag("hasOpenComplaint"))
 *     $ruling : Ruling()
 * then
 *     $ruling.scaleLimits(2);
 * end
 * }</pre>
 */
public interface Ruling {

    /**
     * The request being decided. Bean-style so that DRL and decision tables can write
     * {@code Ruling(request.channel == Channel.SOCIAL)}.
     *
     * @return the request
     */
    DecisionRequest getRequest();

    /** Specificity of an authority-matrix row for any segment ({@code *}). */
    int ANY_SEGMENT = 1;

    /** Specificity of an authority-matrix row for one segment. */
    int EXACT_SEGMENT = 2;

    /** Suggested specificity of a DRL rule that adds conditions to what the matrix says. */
    int CONDITIONAL = 3;

    /** The largest factor {@link #scaleLimits(BigDecimal)} accepts. */
    int MAX_SCALE_FACTOR = 1_000;

    /**
     * Multiplies the per-request limits ({@code allow_up_to} and {@code approval_up_to}) of the
     * winning matrix row by a decimal factor, such as {@code 1.5} for a segment that may get half as
     * much again, or {@code 0.5} for half; period caps stay as they are. Money is rounded down to the
     * currency's cents, so a scaled limit never grows by rounding; percentages are capped at 100 %.
     * Several factors multiply. The matrix's optional {@code multiplier} column does the same without
     * DRL.
     *
     * @param factor above 0 and at most {@value #MAX_SCALE_FACTOR}, at most 6 decimals
     * @throws IllegalArgumentException if {@code factor} is outside that range
     */
    void scaleLimits(BigDecimal factor);

    /**
     * Like {@link #scaleLimits(BigDecimal)}, for DRL: {@code $ruling.scaleLimits(2)} and
     * {@code $ruling.scaleLimits(1.5)} both compile. The factor is taken as the decimal it is written
     * as ({@link BigDecimal#valueOf(double)}), so {@code 1.1} is exactly 1.1.
     *
     * @param factor above 0 and at most {@value #MAX_SCALE_FACTOR}, at most 6 decimals
     * @throws IllegalArgumentException if {@code factor} is outside that range or not finite
     */
    default void scaleLimits(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("The factor (" + factor + ") must be a finite number above 0.");
        }
        scaleLimits(BigDecimal.valueOf(factor));
    }

    /**
     * Denies the request at a specificity.
     *
     * @param specificity how specific the rule is; the highest specificity decides
     * @param reason why, shown in the {@link dev.cxkit.rules.Denied} decision; no personal data
     */
    void deny(int specificity, String reason);

    /**
     * Requires approval at a specificity.
     *
     * @param specificity how specific the rule is; the highest specificity decides
     * @param approverRole who must approve
     * @param reason why, shown in the {@link dev.cxkit.rules.NeedsApproval} decision; no personal data
     */
    void requireApproval(int specificity, ApproverRole approverRole, String reason);
}
