package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.cxkit.core.Action;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.jdbc.DecisionQuery;
import dev.cxkit.jdbc.LoggedDecision;
import dev.cxkit.jdbc.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing answered is lost: two callers post decisions to a server on the embedded database until it is
 * killed mid-load, the way cx-jdbc's own crash test kills H2 ({@code SHUTDOWN IMMEDIATELY}: open
 * transactions die, nothing in memory is written); after a reopen every decision that got a 200 is in
 * the log with the outcome the caller saw, and the ledger agrees with the allowed decisions.
 */
class CrashRecoveryTest {

    private static final int CALLERS = 2;
    private static final int CUSTOMERS = 5;
    private static final int ANSWERED_BEFORE_CRASH = 40;

    @TempDir
    Path dir;

    @Test
    void everyAnsweredDecisionIsInTheLogAfterTheServiceIsKilledMidLoad() throws Exception {
        Map<String, String> answered = new ConcurrentHashMap<>();
        CxDatabase db = CxDatabase.embedded(dir);
        HelpdeskServer server = HelpdeskServer.builder().policy(Fixtures.POLICY).database(db).threads(CALLERS)
                .clock(InstantSource.fixed(Fixtures.AT)).build();
        server.start();
        HelpdeskClient client = new HelpdeskClient(server);
        CountDownLatch enough = new CountDownLatch(ANSWERED_BEFORE_CRASH);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < CALLERS; t++) {
                int caller = t;
                results.add(callers.submit(() -> call(client, caller, killed, answered, enough)));
            }
            assertThat(enough.await(5, TimeUnit.MINUTES)).as("%d decisions answered before the crash",
                    ANSWERED_BEFORE_CRASH).isTrue();
            killed.set(true);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            }
            server.close();
            for (Future<Integer> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
            server.close();
            db.close();
        }

        assertThat(answered).hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_CRASH);
        try (CxDatabase reopened = CxDatabase.embedded(dir)) {
            for (Map.Entry<String, String> e : answered.entrySet()) {
                assertThat(reopened.decisions().find(DecisionQuery.builder().requestId(e.getKey()).build()).items())
                        .as("decision %s", e.getKey()).singleElement()
                        .satisfies(l -> assertThat(l.decision().outcome().name()).isEqualTo(e.getValue()));
            }
            for (int c = 0; c < CUSTOMERS; c++) {
                assertLedgerAgreesWithTheLog(reopened, CustomerId.of("c-" + c));
            }
        }
    }

    /** Posts 10.00 refunds (within refund-t1's 50.00) round the customers until the server is killed. */
    private static int call(HelpdeskClient client, int caller, AtomicBoolean killed, Map<String, String> answered,
            CountDownLatch enough) throws InterruptedException {
        int i = 0;
        for (; !killed.get(); i++) {
            String id = "k-" + caller + "-" + i;
            String body = Fixtures.REFUND_120.replace("\"r-1\"", "\"" + id + "\"").replace("\"120.00\"", "\"10.00\"")
                    .replace("\"c-1\"", "\"c-" + i % CUSTOMERS + "\"").replace("\"a-1\"", "\"a-" + caller + "\"");
            HelpdeskClient.Answer answer;
            try {
                answer = client.postOrThrow("/decisions", body);
            } catch (IOException e) {
                if (killed.get()) {
                    break; // the kill cut this request: it was never answered
                }
                throw new IllegalStateException("Request " + id + " failed before the crash.", e);
            }
            if (answer.status() == 200) {
                answered.put(id, answer.json().get("outcome").asText());
                enough.countDown();
            } else if (!killed.get()) {
                throw new IllegalStateException("Request " + id + " got " + answer.status() + " before the crash: "
                        + answer.body());
            }
        }
        return i;
    }

    /** The customer's recorded grants are 10.00 per allowed decision and within refund-t1's 150.00 cap. */
    private static void assertLedgerAgreesWithTheLog(CxDatabase db, CustomerId customer) {
        Page<LoggedDecision> page = db.decisions().find(DecisionQuery.builder().customer(customer)
                .limit(DecisionQuery.MAX_LIMIT).build());
        assertThat(page.hasMore()).isFalse();
        long allowed = page.items().stream().filter(l -> l.decision().outcome().name().equals("ALLOWED")).count();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        Money granted = db.grants().grantedToCustomer(customer, Action.REFUND, Currency.getInstance("EUR"),
                at.minus(Duration.ofDays(30)), at);
        assertThat(granted).as("grants to %s", customer).isEqualTo(Money.of("10.00", "EUR").times(allowed))
                .isLessThanOrEqualTo(Money.of("150.00", "EUR"));
    }
}
