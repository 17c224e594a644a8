package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.NOW;
import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Live decisions: the engine's clock ends every cap period, a client's {@code at} is only checked,
 * and {@code decideAndRecord} makes caps apply with the default in-memory ledger (issues 21 and 25).
 */
class LiveDecisionTest {

    private static final Policy POLICY = Policy.builder().version("v1").source(Fixtures.matrix("authority.csv")).build();

    /** A clock the test moves by hand. */
    private static final class TestClock implements InstantSource {
        private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }
    }

    private static DecisionRequest refund(String amount, Instant at) {
        return request(Tier.T1, Action.REFUND, eur(amount)).at(at).build();
    }

    @Test
    void capsApplyWithTheDefaultLedgerWhenDecisionsAreRecorded() {
        // refund-t1: 50.00 alone, 150.00 per customer in P30D. Five refunds of 40.00: 40, 80, 120 fit, 160 does not.
        PolicyEngine engine = PolicyEngine.builder(POLICY).instantSource(new TestClock())
                .decisionLog(DecisionLog.none()).build();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            decisions.add(engine.decideAndRecord(refund("40.00", NOW)));
        }

        assertThat(decisions).extracting(Decision::getClass).containsExactly(Allowed.class, Allowed.class,
                Allowed.class, NeedsApproval.class, NeedsApproval.class);
        assertThat(engine.grantLedger().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, Currency.getInstance("EUR"),
                NOW.minus(Duration.ofDays(30)), NOW)).isEqualTo(eur("120.00"));
    }

    @Test
    void decideAloneRecordsNothing() {
        PolicyEngine engine = PolicyEngine.builder(POLICY).instantSource(new TestClock())
                .decisionLog(DecisionLog.none()).build();
        for (int i = 0; i < 5; i++) {
            assertThat(engine.decide(refund("40.00", NOW))).isInstanceOf(Allowed.class);
        }
    }

    @Test
    void backAndForwardDatedRequestsCannotEscapeTheCap() {
        TestClock clock = new TestClock();
        PolicyEngine engine = PolicyEngine.builder(POLICY).instantSource(clock).decisionLog(DecisionLog.none()).build();
        for (int i = 0; i < 3; i++) {
            assertThat(engine.decideAndRecord(refund("50.00", NOW))).isInstanceOf(Allowed.class);
        }

        // The attack of issue 25: requests dated outside the cap's window around the grants. Each is refused.
        for (Duration shift : List.of(Duration.ofDays(-31), Duration.ofDays(-90), Duration.ofDays(31),
                Duration.ofMinutes(6), Duration.ofMinutes(-6))) {
            assertThatThrownBy(() -> engine.decideAndRecord(refund("50.00", NOW.plus(shift))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at " + NOW.plus(shift))
                    .hasMessageContaining("engine's clock (" + NOW + ")")
                    .hasMessageContaining("PT5M")
                    .hasMessageContaining("Maybe");
            assertThatThrownBy(() -> engine.decide(refund("50.00", NOW.plus(shift))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // Within the tolerance the request is decided at the engine's instant: the cap is spent.
        assertThat(engine.decideAndRecord(refund("50.00", NOW.minus(Duration.ofMinutes(5))))).isInstanceOf(NeedsApproval.class);
        assertThat(engine.decideAndRecord(refund("50.00", NOW.plus(Duration.ofMinutes(5))))).isInstanceOf(NeedsApproval.class);
        assertThat(engine.grantLedger().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND,
                Currency.getInstance("EUR"), NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365))))
                .isEqualTo(eur("150.00"));

        // Only the engine's clock moves the window: 30 days later the first grants have left it.
        clock.advance(Duration.ofDays(30));
        assertThat(engine.decideAndRecord(refund("50.00", NOW.plus(Duration.ofDays(30))))).isInstanceOf(Allowed.class);
    }

    @Test
    void decidesAndLogsAtTheEnginesInstant() {
        TestClock clock = new TestClock();
        List<DecisionRequest> logged = new ArrayList<>();
        PolicyEngine engine = PolicyEngine.builder(POLICY).instantSource(clock)
                .decisionLog((request, decision) -> logged.add(request)).build();

        engine.decide(refund("10.00", NOW.plusSeconds(90)));
        engine.decideAndRecord(refund("10.00", NOW.minusSeconds(90)));

        assertThat(logged).extracting(DecisionRequest::at).containsExactly(NOW, NOW);
    }

    @Test
    void theToleranceIsConfigurable() {
        PolicyEngine strict = PolicyEngine.builder(POLICY).instantSource(new TestClock())
                .requestTimeTolerance(Duration.ZERO).decisionLog(DecisionLog.none()).build();

        assertThat(strict.decide(refund("10.00", NOW))).isInstanceOf(Allowed.class);
        assertThatThrownBy(() -> strict.decide(refund("10.00", NOW.plusMillis(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> PolicyEngine.builder(POLICY).requestTimeTolerance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void aRetriedRequestIdCountsOnceAndAReusedOneIsRefused() {
        PolicyEngine engine = PolicyEngine.builder(POLICY).instantSource(new TestClock())
                .decisionLog(DecisionLog.none()).build();
        DecisionRequest first = request(Tier.T1, Action.REFUND, eur("50.00")).requestId("r-1").build();

        Decision decision = engine.decideAndRecord(first);
        assertThat(engine.decideAndRecord(first)).isEqualTo(decision).isInstanceOf(Allowed.class);
        assertThat(engine.grantLedger().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND,
                Currency.getInstance("EUR"), NOW.minusSeconds(1), NOW)).isEqualTo(eur("50.00"));
        assertThatThrownBy(() -> engine.decideAndRecord(first.toBuilder().action(Action.REFUND, eur("60.00")).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r-1").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> engine.decideAndRecord(first.toBuilder().requestId("r-2").grantedToCustomer(eur("0.00"))
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maybe leave them null");
    }

    @Test
    void aLedgerThatOnlyReadsCannotRecord() {
        GrantLedger readOnly = new GrantLedger() {
            @Override
            public Money grantedToCustomer(CustomerId customer, Action action, Currency currency, Instant after,
                    Instant upTo) {
                return Money.zero(currency);
            }

            @Override
            public Money grantedByAgent(AgentId agent, Action action, Currency currency, Instant after, Instant upTo) {
                return Money.zero(currency);
            }
        };
        PolicyEngine engine = PolicyEngine.builder(POLICY).grantLedger(readOnly).instantSource(new TestClock())
                .decisionLog(DecisionLog.none()).build();

        assertThatThrownBy(() -> engine.decideAndRecord(refund("10.00", NOW)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Maybe");
        assertThat(InMemoryGrantLedger.create().decideAndRecord(engine, refund("10.00", NOW))).isInstanceOf(Allowed.class);
    }
}
