package dev.cxkit.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryGrantLedgerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final AgentId AGENT = AgentId.of("a-1");
    private static final CustomerId CUSTOMER = CustomerId.of("c-1");

    @Test
    void sumsOnlyTheWindowTheActionAndTheCurrency() {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        Instant after = NOW.minus(Duration.ofDays(30));
        ledger.record(AGENT, CUSTOMER, Action.REFUND, Money.of("10.00", "EUR"), after); // start is exclusive
        ledger.record(AGENT, CUSTOMER, Action.REFUND, Money.of("20.00", "EUR"), after.plusMillis(1));
        ledger.record(AGENT, CUSTOMER, Action.REFUND, Money.of("30.00", "EUR"), NOW); // end is inclusive
        ledger.record(AGENT, CUSTOMER, Action.REFUND, Money.of("40.00", "EUR"), NOW.plusMillis(1));
        ledger.record(AGENT, CUSTOMER, Action.CREDIT, Money.of("50.00", "EUR"), NOW);
        ledger.record(AGENT, CUSTOMER, Action.REFUND, Money.of("60.00", "USD"), NOW);

        // 20.00 + 30.00
        assertThat(ledger.grantedToCustomer(CUSTOMER, Action.REFUND, EUR, after, NOW)).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(ledger.grantedByAgent(AGENT, Action.REFUND, EUR, after, NOW)).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(ledger.grantedByAgent(AgentId.of("a-2"), Action.REFUND, EUR, after, NOW)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void rejectsNegativeGrants() {
        assertThatThrownBy(() -> InMemoryGrantLedger.create()
                .record(AGENT, CUSTOMER, Action.REFUND, Money.of("-1.00", "EUR"), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The recorded grant amount (-1.00 EUR) is negative.");
    }

    @Test
    void recordsFromTwoThreadsWithoutLosingAGrant() throws Exception {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = threads.submit(() -> record(ledger, start, AgentId.of("a-1")));
            Future<?> b = threads.submit(() -> record(ledger, start, AgentId.of("a-2")));
            start.countDown();
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        // 2 threads × 10 000 grants × 0.01 EUR
        assertThat(ledger.grantedToCustomer(CUSTOMER, Action.REFUND, EUR, NOW.minusSeconds(1), NOW))
                .isEqualTo(Money.of("200.00", "EUR"));
    }

    private static Void record(InMemoryGrantLedger ledger, CountDownLatch start, AgentId agent) throws InterruptedException {
        start.await();
        for (int i = 0; i < 10_000; i++) {
            ledger.record(agent, CUSTOMER, Action.REFUND, Money.of("0.01", "EUR"), NOW);
        }
        return null;
    }
}
