package dev.cxkit.benchmarks.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;

/**
 * A 50-row authority matrix (docs/authority-matrix.md) and seeded requests against it, shared by the JMH
 * benchmark and its agreement check.
 */
final class AuthorityMatrixFixture {

    /** One matrix row, as the hand-written table reads it. */
    record Row(String id, Action action, Tier tier, String segment, BigDecimal allowUpTo, BigDecimal approvalUpTo,
            String approverRole, BigDecimal periodCap) {
    }

    private static final List<Action> MONEY_ACTIONS =
            List.of(Action.REFUND, Action.CREDIT, Action.FEE_WAIVER, Action.GOODWILL_GESTURE, Action.REPLACEMENT);
    private static final List<String> SEGMENTS = List.of("*", "VIP", "GOLD");
    private static final List<String> ROLES = List.of("TEAM_LEAD", "MANAGER", "DIRECTOR");
    /** The instant of every request, and the engine's clock. */
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private AuthorityMatrixFixture() {
    }

    /** 45 money rows (5 actions × 3 tiers × 3 segments) and 5 discount rows: 50 rows. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Action action : MONEY_ACTIONS) {
            for (Tier tier : Tier.values()) {
                for (String segment : SEGMENTS) {
                    BigDecimal allow = BigDecimal.valueOf(25L * (action.ordinal() + 1) * (1L << (2 * tier.ordinal()))
                            * (segment.equals("*") ? 1 : segment.equals("GOLD") ? 3 : 2)).setScale(2);
                    rows.add(new Row(id(action, tier, segment), action, tier, segment, allow,
                            allow.multiply(BigDecimal.valueOf(4)), ROLES.get(tier.ordinal()),
                            allow.multiply(BigDecimal.valueOf(3))));
                }
            }
        }
        for (Tier tier : Tier.values()) {
            rows.add(discount(tier, "*", 10 * (tier.ordinal() + 1)));
        }
        rows.add(discount(Tier.T1, "VIP", 15));
        rows.add(discount(Tier.T2, "VIP", 25));
        return List.copyOf(rows);
    }

    private static Row discount(Tier tier, String segment, int allow) {
        return new Row(id(Action.DISCOUNT, tier, segment), Action.DISCOUNT, tier, segment, BigDecimal.valueOf(allow),
                BigDecimal.valueOf(2L * allow), ROLES.get(tier.ordinal()), BigDecimal.ZERO);
    }

    private static String id(Action action, Tier tier, String segment) {
        return (action.name() + "-" + tier.name() + (segment.equals("*") ? "" : "-" + segment))
                .toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rows as an authority-matrix CSV. */
    static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder(
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n");
        for (Row row : rows) {
            boolean percent = row.action().isPercent();
            csv.append(row.id()).append(',').append(row.action()).append(',').append(row.tier()).append(',')
                    .append(row.segment()).append(',')
                    .append(row.allowUpTo().toPlainString()).append(percent ? "%" : "").append(',')
                    .append(row.approvalUpTo().toPlainString()).append(percent ? "%" : "").append(',')
                    .append(row.approverRole()).append(',')
                    .append(percent ? "" : "EUR").append(',')
                    .append(percent ? "" : row.periodCap().toPlainString()).append(',')
                    .append(percent ? "" : "P30D").append('\n');
        }
        return csv.toString();
    }

    /**
     * Seeded requests: any action and tier, segments with and without their own rows (PLATINUM has
     * none), amounts up to twice the approval limit, and already-granted totals up to the cap.
     */
    static DecisionRequest[] requests(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> segments = List.of("STANDARD", "VIP", "GOLD", "PLATINUM");
        DecisionRequest[] requests = new DecisionRequest[count];
        for (int i = 0; i < count; i++) {
            Action action = Action.values()[random.nextInt(Action.values().length)];
            Tier tier = Tier.values()[random.nextInt(3)];
            long base = 25L * (action.ordinal() + 1) * (1L << (2 * tier.ordinal()));
            Amount amount = action.isPercent() ? new Percent(BigDecimal.valueOf(random.nextInt(0, 61)))
                    : Money.of(BigDecimal.valueOf(random.nextLong(0, base * 8 * 100 + 1), 2), Money.currency("EUR"));
            DecisionRequest.Builder builder = DecisionRequest.builder()
                    .agent(AgentId.of("a-" + random.nextInt(100)), tier)
                    .action(action, amount)
                    .customer(CustomerId.of("c-" + random.nextInt(10_000)), Segment.of(segments.get(random.nextInt(4))))
                    .channel(Channel.PHONE)
                    .at(AT);
            if (!action.isPercent()) {
                builder.grantedToCustomer(Money.of(BigDecimal.valueOf(random.nextLong(0, base * 3 * 100 + 1), 2),
                        Money.currency("EUR")));
                builder.grantedByAgent(Money.zero(Money.currency("EUR")));
            }
            requests[i] = builder.build();
        }
        return requests;
    }
}
