package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * One validated modifier row of an authority matrix: a row with a {@code multiplier} and no limits of
 * its own. Where it matches, it scales the per-request limits of the row that decides, as a DRL rule's
 * {@code scaleLimits} does.
 *
 * @param ruleId the row's rule id
 * @param source the source it came from
 * @param line its line in the source
 * @param action the action
 * @param tier the agent tier
 * @param segment the customer segment, or {@code null} for {@code *}
 * @param currency the currency of money rows, {@code null} for percent rows
 * @param factor the multiplier, above 0
 */
public record MultiplierRow(String ruleId, String source, int line, Action action, Tier tier, @Nullable Segment segment,
        @Nullable Currency currency, BigDecimal factor) {

    /** The key two modifier rows must not share: action, tier, segment and currency. */
    String key() {
        return action + "/" + tier + "/" + (segment == null ? "*" : segment.name()) + "/"
                + (currency == null ? "%" : currency.getCurrencyCode());
    }
}
