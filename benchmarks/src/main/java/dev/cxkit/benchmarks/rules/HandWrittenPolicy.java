package dev.cxkit.benchmarks.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Action;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;

/**
 * The baseline: the docs/authority-matrix.md semantics of the same matrix written by hand in plain Java (a
 * map lookup, the exact-segment row over the {@code *} row, three comparisons). It knows nothing of
 * DRL, decision tables, ledgers or logs, which is what makes it the floor to measure against.
 */
final class HandWrittenPolicy {

    /** The baseline's answer: outcome, the deciding rule and, for approvals, the role. */
    record Outcome(String outcome, String ruleId, String approverRole) {
    }

    private static final Outcome NO_ROW = new Outcome("DENIED", "", "");

    private final Map<Action, Map<Tier, Map<String, AuthorityMatrixFixture.Row>>> rows = new EnumMap<>(Action.class);

    HandWrittenPolicy(List<AuthorityMatrixFixture.Row> matrix) {
        for (AuthorityMatrixFixture.Row row : matrix) {
            rows.computeIfAbsent(row.action(), a -> new EnumMap<>(Tier.class))
                    .computeIfAbsent(row.tier(), t -> new HashMap<>()).put(row.segment(), row);
        }
    }

    Outcome decide(DecisionRequest request) {
        Map<Tier, Map<String, AuthorityMatrixFixture.Row>> byTier = rows.get(request.action());
        Map<String, AuthorityMatrixFixture.Row> bySegment = byTier == null ? null : byTier.get(request.agentTier());
        if (bySegment == null) {
            return NO_ROW;
        }
        AuthorityMatrixFixture.Row row = bySegment.get(request.segment().name());
        if (row == null) {
            row = bySegment.get("*");
        }
        if (row == null) {
            return NO_ROW;
        }
        BigDecimal amount;
        boolean withinCap;
        if (request.amount() instanceof Percent percent) {
            amount = percent.value();
            withinCap = true;
        } else {
            amount = ((Money) request.amount()).amount();
            Money granted = request.grantedToCustomer();
            BigDecimal total = granted == null ? amount : granted.amount().add(amount);
            withinCap = total.compareTo(row.periodCap()) <= 0;
        }
        if (amount.compareTo(row.allowUpTo()) <= 0 && withinCap) {
            return new Outcome("ALLOWED", row.id(), "");
        }
        if (amount.compareTo(row.approvalUpTo()) <= 0) {
            return new Outcome("NEEDS_APPROVAL", row.id(), row.approverRole());
        }
        return new Outcome("DENIED", row.id(), "");
    }
}
