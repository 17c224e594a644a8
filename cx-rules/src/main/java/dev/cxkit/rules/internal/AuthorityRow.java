package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.spi.Ruling;
import java.time.Period;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One validated row of an authority matrix.
 *
 * @param ruleId the row's rule id
 * @param source the source it came from
 * @param line its line in the source
 * @param action the action
 * @param tier the agent tier
 * @param segment the customer segment, or {@code null} for {@code *}
 * @param currency the currency of money rows, {@code null} for percent rows
 * @param allowUpTo the most an agent may grant alone
 * @param approvalUpTo the most that may be granted with approval
 * @param approverRole who approves, or {@code null} if there is no approval band
 * @param customerPeriodCap the cap on a customer's total within {@code period}, or {@code null}
 * @param agentPeriodCap the cap on an agent's total within {@code period}, or {@code null}
 * @param period the period of the caps, or {@code null} if there are none
 */
public record AuthorityRow(
        String ruleId,
        String source,
        int line,
        Action action,
        Tier tier,
        @Nullable Segment segment,
        @Nullable Currency currency,
        Amount allowUpTo,
        Amount approvalUpTo,
        @Nullable ApproverRole approverRole,
        @Nullable Money customerPeriodCap,
        @Nullable Money agentPeriodCap,
        @Nullable Period period) {

    /** Specificity in the sense of {@link Ruling}: an exact segment beats {@code *}. */
    public int specificity() {
        return segment == null ? Ruling.ANY_SEGMENT : Ruling.EXACT_SEGMENT;
    }

    /** The key two rows must not share: action, tier, segment and currency. */
    String key() {
        return action + "/" + tier + "/" + (segment == null ? "*" : segment.name()) + "/"
                + (currency == null ? "%" : currency.getCurrencyCode());
    }

    /** Whether two rows with the same key say the same thing. */
    boolean sameLimits(AuthorityRow other) {
        return allowUpTo.equals(other.allowUpTo) && approvalUpTo.equals(other.approvalUpTo)
                && approverRole == other.approverRole && Objects.equals(customerPeriodCap, other.customerPeriodCap)
                && Objects.equals(agentPeriodCap, other.agentPeriodCap)
                && Objects.equals(period, other.period);
    }
}
