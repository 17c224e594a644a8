package dev.cxkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * For any generated authority matrix and any requests: a decision never allows more than
 * {@code allow_up_to} nor past a period cap, never asks for approval above {@code approval_up_to},
 * and agrees with a plain-Java reading of docs/authority-matrix.md. Each try compiles one matrix (Drools, about
 * 0.1 s once warm) and decides 60 requests against it, so tries are few.
 */
class PolicyProperties {

    private static final List<Action> ACTIONS = List.of(Action.REFUND, Action.CREDIT, Action.DISCOUNT);
    private static final List<String> SEGMENTS = List.of("*", "VIP");

    /** One generated row; money in cents, percentages in whole percent. */
    record Row(String id, Action action, Tier tier, String segment, long allow, long approval, boolean hasRole,
            long cap, long agentCap) {

        boolean matches(DecisionRequest r) {
            return r.action() == action && r.agentTier() == tier
                    && (segment.equals("*") || segment.equals(r.segment().name()));
        }

        String csv() {
            boolean percent = action.isPercent();
            return String.join(",", id, action.name(), tier.name(), segment, amount(allow, percent),
                    amount(approval, percent), hasRole ? "TEAM_LEAD" : "", percent ? "" : "EUR",
                    cap < 0 ? "" : amount(cap, false), cap < 0 && agentCap < 0 ? "" : "P30D",
                    agentCap < 0 ? "" : amount(agentCap, false));
        }
    }

    private static String amount(long value, boolean percent) {
        return percent ? value + "%" : BigDecimal.valueOf(value, 2).toPlainString();
    }

    @Provide
    Arbitrary<List<Row>> matrices() {
        Arbitrary<Integer> keys = Arbitraries.integers().between(0, ACTIONS.size() * 3 * SEGMENTS.size() - 1);
        return keys.set().ofMinSize(1).ofMaxSize(12).flatMap(set -> {
            List<Arbitrary<Row>> rows = new ArrayList<>();
            int n = 0;
            for (int key : set) {
                Action action = ACTIONS.get(key % ACTIONS.size());
                Tier tier = Tier.values()[(key / ACTIONS.size()) % 3];
                String segment = SEGMENTS.get(key / (ACTIONS.size() * 3));
                rows.add(row("r" + n++, action, tier, segment));
            }
            return Combinators.combine(rows).as(List::copyOf);
        });
    }

    private static Arbitrary<Row> row(String id, Action action, Tier tier, String segment) {
        boolean percent = action.isPercent();
        long max = percent ? 100 : 50_000;
        Arbitrary<Long> allow = Arbitraries.longs().between(0, max);
        Arbitrary<Long> extra = Arbitraries.longs().between(0, max).injectDuplicates(0.3)
                .edgeCases(c -> c.add(0L));
        Arbitrary<Long> cap = percent ? Arbitraries.just(-1L) : Arbitraries.longs().between(-1, 80_000);
        Arbitrary<Long> agentCap = percent ? Arbitraries.just(-1L) : Arbitraries.longs().between(-1, 200_000);
        return Combinators.combine(allow, extra, cap, agentCap, Arbitraries.of(true, false))
                .as((a, e, c, g, role) -> {
                    long approval = Math.min(max, a + e);
                    return new Row(id, action, tier, segment, a, approval, role || approval > a, c, g);
                });
    }

    @Provide
    Arbitrary<List<DecisionRequest>> requests() {
        Arbitrary<Action> action = Arbitraries.of(ACTIONS);
        Arbitrary<Tier> tier = Arbitraries.of(Tier.class);
        Arbitrary<Segment> segment = Arbitraries.of(Segment.STANDARD, Segment.VIP);
        Arbitrary<Long> cents = Arbitraries.longs().between(0, 120_000);
        Arbitrary<Optional<Long>> granted = Arbitraries.longs().between(0, 150_000).optional();
        Arbitrary<String> currency = Arbitraries.of("EUR", "EUR", "EUR", "USD");
        return Combinators.combine(action, tier, segment, cents, granted, granted, currency)
                .as((a, t, s, c, gc, ga, cur) -> {
                    Amount amount = a.isPercent() ? new Percent(BigDecimal.valueOf(c % 101)) : money(c, cur);
                    return DecisionRequest.builder()
                            .agent(AgentId.of("a-1"), t)
                            .action(a, amount)
                            .customer(CustomerId.of("c-1"), s)
                            .grantedToCustomer(a.isPercent() ? null : gc.map(g -> money(g, cur)).orElse(null))
                            .grantedByAgent(a.isPercent() ? null : ga.map(g -> money(g, cur)).orElse(null))
                            .channel(Channel.CHAT)
                            .at(Fixtures.NOW)
                            .build();
                })
                .list().ofSize(60);
    }

    private static Money money(long cents, String currency) {
        return Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), currency);
    }

    @Property(tries = 20)
    void neverAllowsBeyondLimitsNorApprovesAboveApprovalLimit(@ForAll("matrices") List<Row> rows,
            @ForAll("requests") List<DecisionRequest> requests) {
        StringBuilder csv = new StringBuilder(
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period,"
                        + "agent_period_cap\n");
        rows.forEach(r -> csv.append(r.csv()).append('\n'));
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("generated.csv", csv.toString())));

        for (DecisionRequest request : requests) {
            Decision decision = policy.decide(request);
            Row row = mostSpecific(rows, request);
            String context = "\n" + csv + request + "\n→ " + decision;
            long amount = units(request.amount());
            if (decision instanceof Allowed) {
                assertThat(row).as("allowed without a row" + context).isNotNull();
                assertThat(amount).as("allowed above allow_up_to" + context).isLessThanOrEqualTo(row.allow());
                if (row.cap() >= 0) {
                    assertThat(granted(request.grantedToCustomer()) + amount).as("allowed past period_cap" + context)
                            .isLessThanOrEqualTo(row.cap());
                }
                if (row.agentCap() >= 0) {
                    assertThat(granted(request.grantedByAgent()) + amount).as("allowed past agent_period_cap" + context)
                            .isLessThanOrEqualTo(row.agentCap());
                }
            }
            if (decision instanceof NeedsApproval) {
                assertThat(row).as("approval without a row" + context).isNotNull();
                assertThat(amount).as("approval above approval_up_to" + context).isLessThanOrEqualTo(row.approval());
            }
            assertThat(decision.getClass()).as("outcome differs from docs/authority-matrix.md" + context)
                    .isEqualTo(expected(row, request));
        }
    }

    /** The row a plain reading of docs/authority-matrix.md picks: the exact segment beats {@code *}. */
    private static @Nullable Row mostSpecific(List<Row> rows, DecisionRequest request) {
        if (request.currency() != null && !request.currencyCode().equals("EUR")) {
            return null;
        }
        Row wildcard = null;
        for (Row row : rows) {
            if (row.matches(request)) {
                if (!row.segment().equals("*")) {
                    return row;
                }
                wildcard = row;
            }
        }
        return wildcard;
    }

    private static Class<? extends Decision> expected(@Nullable Row row, DecisionRequest request) {
        if (row == null) {
            return Denied.class;
        }
        long amount = units(request.amount());
        boolean withinCaps = (row.cap() < 0 || granted(request.grantedToCustomer()) + amount <= row.cap())
                && (row.agentCap() < 0 || granted(request.grantedByAgent()) + amount <= row.agentCap());
        if (amount <= row.allow() && withinCaps) {
            return Allowed.class;
        }
        return amount <= row.approval() && row.hasRole() ? NeedsApproval.class : Denied.class;
    }

    private static long units(Amount amount) {
        return amount instanceof Money m ? m.amount().movePointRight(2).longValueExact()
                : ((Percent) amount).value().longValueExact();
    }

    private static long granted(@Nullable Money money) {
        return money == null ? 0 : money.amount().movePointRight(2).longValueExact();
    }
}
