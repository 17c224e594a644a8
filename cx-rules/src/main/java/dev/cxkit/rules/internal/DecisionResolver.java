package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.spi.GrantLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the verdicts of one decision into a {@link Decision}: the highest specificity decides; among
 * its verdicts the most restrictive outcome wins (denied, then needs approval, then allowed), ties
 * broken by rule id; no verdict at all is a default deny.
 */
final class DecisionResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecisionResolver() {
    }

    static Decision resolve(DecisionRequest request, DefaultRuling ruling, Map<Action, Set<Currency>> coverage,
            GrantLedger ledger, String version) {
        List<Verdict> verdicts = ruling.verdicts();
        if (verdicts.isEmpty()) {
            return defaultDeny(request, coverage, version);
        }
        int top = Integer.MIN_VALUE;
        for (Verdict v : verdicts) {
            top = Math.max(top, v.specificity());
        }
        Decision best = null;
        String bestId = null;
        for (Verdict v : verdicts) {
            if (v.specificity() != top) {
                continue;
            }
            Decision d = evaluate(request, v, ruling.adjustments(), ledger, version);
            int cmp = best == null ? 1 : Integer.compare(rank(d), rank(best));
            if (cmp > 0 || cmp == 0 && v.ruleId().compareTo(bestId) < 0) {
                best = d;
                bestId = v.ruleId();
            }
        }
        return best;
    }

    private static int rank(Decision d) {
        if (d instanceof Denied) {
            return 2;
        }
        return d instanceof NeedsApproval ? 1 : 0;
    }

    private static Decision defaultDeny(DecisionRequest request, Map<Action, Set<Currency>> coverage, String version) {
        Currency currency = request.currency();
        Set<Currency> covered = coverage.getOrDefault(request.action(), Set.of());
        if (currency != null && !covered.isEmpty() && !covered.contains(currency)) {
            return new Denied("No rule covers " + request.action() + " in " + currency.getCurrencyCode()
                    + " (the policy covers it in " + covered.stream().map(Currency::getCurrencyCode).sorted()
                            .collect(Collectors.joining(", ")) + ").", List.of(), version);
        }
        return new Denied("No rule covers " + request.action() + " by tier " + request.agentTier() + " for segment "
                + request.segment() + (currency == null ? "" : " in " + currency.getCurrencyCode())
                + " (default deny).", List.of(), version);
    }

    private static Decision evaluate(DecisionRequest request, Verdict verdict, List<DefaultRuling.Adjustment> adjustments,
            GrantLedger ledger, String version) {
        if (verdict instanceof Verdict.Deny d) {
            return new Denied(d.reason(), List.of(d.ruleId()), version);
        }
        if (verdict instanceof Verdict.Approval a) {
            return new NeedsApproval(a.role(), a.reason(), List.of(a.ruleId()), version);
        }
        return evaluateRow(request, ((Verdict.Row) verdict).row(), adjustments, ledger, version);
    }

    private static Decision evaluateRow(DecisionRequest request, AuthorityRow row,
            List<DefaultRuling.Adjustment> adjustments, GrantLedger ledger, String version) {
        List<String> fired = new ArrayList<>(1 + adjustments.size());
        fired.add(row.ruleId());
        BigDecimal factor = BigDecimal.ONE;
        for (DefaultRuling.Adjustment a : adjustments) {
            factor = factor.multiply(a.factor());
            fired.add(a.ruleId());
        }
        Amount allow = scale(row.allowUpTo(), factor);
        Amount approval = scale(row.approvalUpTo(), factor);
        Amount amount = request.amount();
        // The texts of the reasons are built only for a decision that needs one.
        List<Headroom> headroom = new ArrayList<>(3);
        String overReason = null;
        if (compare(amount, allow) > 0) {
            overReason = aboveAlone(request, row, allow, factor);
        } else {
            headroom.add(new Headroom(row.ruleId(), CapKind.PER_REQUEST, minus(allow, amount)));
        }
        if (amount instanceof Money money && row.period() != null) {
            Instant after = start(request.at(), row.period());
            if (row.customerPeriodCap() != null) {
                Money granted = request.grantedToCustomer() != null ? request.grantedToCustomer()
                        : ledger.grantedToCustomer(request.customerId(), request.action(), money.currency(), after,
                                request.at());
                Money total = granted.plus(money);
                if (total.compareTo(row.customerPeriodCap()) > 0) {
                    overReason = overReason != null ? overReason
                            : aboveCap(request, row, "customer's total", total, "period cap", row.customerPeriodCap());
                } else {
                    headroom.add(new Headroom(row.ruleId(), CapKind.CUSTOMER_PERIOD, row.customerPeriodCap().minus(total)));
                }
            }
            if (row.agentPeriodCap() != null) {
                Money granted = request.grantedByAgent() != null ? request.grantedByAgent()
                        : ledger.grantedByAgent(request.agentId(), request.action(), money.currency(), after, request.at());
                Money total = granted.plus(money);
                if (total.compareTo(row.agentPeriodCap()) > 0) {
                    overReason = overReason != null ? overReason
                            : aboveCap(request, row, "agent's total", total, "agent period cap", row.agentPeriodCap());
                } else {
                    headroom.add(new Headroom(row.ruleId(), CapKind.AGENT_PERIOD, row.agentPeriodCap().minus(total)));
                }
            }
        }
        if (overReason == null) {
            return new Allowed(headroom, fired, version);
        }
        return overAllowance(request, row, overReason, approval, factor, fired, version);
    }

    // The reasons' texts are built out of line: they are needed only for some decisions, and inline
    // they made evaluateRow one of the largest methods the JIT compiles in an audit.

    /** The decision for a request above what the agent may grant alone. */
    private static Decision overAllowance(DecisionRequest request, AuthorityRow row, String overReason,
            Amount approval, BigDecimal factor, List<String> fired, String version) {
        Amount amount = request.amount();
        if (compare(amount, approval) <= 0 && row.approverRole() != null) {
            return new NeedsApproval(row.approverRole(), overReason + "; " + row.approverRole() + " may approve up to "
                    + approval + ".", fired, version);
        }
        if (compare(amount, approval) > 0) {
            return new Denied(what(request) + " is above the approval limit of " + approval + scaled(factor) + " (rule " + row.ruleId()
                    + ").", fired, version);
        }
        return new Denied(overReason + ", and the rule names no approver.", fired, version);
    }

    /** "REFUND of 120.00 EUR is above the 50.00 EUR that tier T1 may grant alone (rule …)". */
    private static String aboveAlone(DecisionRequest request, AuthorityRow row, Amount allow, BigDecimal factor) {
        return what(request) + " is above the " + allow + scaled(factor) + " that tier " + request.agentTier()
                + " may grant alone (rule " + row.ruleId() + ")";
    }

    /** "… would bring the customer's total in P30D to 600.00 EUR, above the period cap of 500.00 EUR (rule …)". */
    private static String aboveCap(DecisionRequest request, AuthorityRow row, String whose, Money total, String cap,
            Money limit) {
        return what(request) + " would bring the " + whose + " in " + row.period() + " to " + total + ", above the "
                + cap + " of " + limit + " (rule " + row.ruleId() + ")";
    }

    /** "REFUND of 120.00 EUR": the request, for reasons. */
    private static String what(DecisionRequest request) {
        return request.action() + " of " + request.amount();
    }

    /** How a limit was scaled by adjustments, for reasons; empty if it was not. */
    private static String scaled(BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? ""
                : " (" + factor.stripTrailingZeros().toPlainString() + "× the row's limit)";
    }

    static Instant start(Instant at, Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            // In UTC every day has 86 400 s: the same instant without date arithmetic.
            return at.minusSeconds(period.getDays() * 86_400L);
        }
        return at.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** Scales a limit: money rounded down to the currency's digits, percentages capped at 100. */
    private static Amount scale(Amount amount, BigDecimal factor) {
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return amount;
        }
        if (amount instanceof Money m) {
            int digits = Math.max(m.currency().getDefaultFractionDigits(), 0);
            return new Money(m.amount().multiply(factor).setScale(digits, RoundingMode.DOWN), m.currency());
        }
        BigDecimal value = ((Percent) amount).value().multiply(factor);
        return new Percent(value.min(HUNDRED));
    }

    private static int compare(Amount a, Amount b) {
        if (a instanceof Money m && b instanceof Money n) {
            return m.compareTo(n);
        }
        return ((Percent) a).compareTo((Percent) b);
    }

    private static Amount minus(Amount a, Amount b) {
        if (a instanceof Money m && b instanceof Money n) {
            return m.minus(n);
        }
        return new Percent(((Percent) a).value().subtract(((Percent) b).value()));
    }

}
