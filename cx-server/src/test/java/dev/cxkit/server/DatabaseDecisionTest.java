package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.core.Action;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.jdbc.DecisionQuery;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The service on an embedded database (H2 in a fresh directory per test): decisions go through the ledger. */
class DatabaseDecisionTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @TempDir
    Path dir;

    private final List<DecisionRequest> told = Collections.synchronizedList(new ArrayList<>());
    private CxDatabase db;
    private HelpdeskClient client;

    @BeforeEach
    void start() {
        db = CxDatabase.embedded(dir);
        client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).database(db)
                .decisionLog((request, decision) -> told.add(request)));
    }

    @AfterEach
    void closeDatabase() {
        servers.afterEach(null);
        db.close();
    }

    /** A T1 refund to c-1 by a-1 at {@link #AT} unless the replacements say otherwise. */
    private static String refund(String requestId, String amount) {
        return Fixtures.REFUND_120.replace("\"r-1\"", "\"" + requestId + "\"").replace("\"120.00\"", "\"" + amount + "\"");
    }

    private String outcome(String body) {
        HelpdeskClient.Answer answer = client.post("/decisions", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("outcome").asText();
    }

    private Money grantedToC1() {
        return db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, Currency.getInstance("EUR"),
                AT.minusSeconds(86_400), AT);
    }

    @Test
    void theCapCountsEarlierGrantsFromTheDatabase() {
        // refund-t1: allow up to 50.00 each, 150.00 per customer in 30 days. 3 × 50.00 = 150.00 are allowed;
        // then 10.00 makes 160.00 > 150.00, so it needs approval although it is far below 50.00.
        assertThat(List.of(outcome(refund("r-1", "50.00")), outcome(refund("r-2", "50.00")),
                outcome(refund("r-3", "50.00")))).containsOnly("ALLOWED");

        HelpdeskClient.Answer fourth = client.post("/decisions", refund("r-4", "10.00"));

        assertThat(fourth.json().get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(fourth.json().get("reason").asText()).contains("160.00 EUR", "150.00 EUR");
        assertThat(grantedToC1()).isEqualTo(Money.of("150.00", "EUR"));
    }

    @Test
    void aRetriedRequestIdCountsOnceAndGetsTheFirstDecision() {
        HelpdeskClient.Answer first = client.post("/decisions", refund("r-1", "50.00"));
        HelpdeskClient.Answer retry = client.post("/decisions", refund("r-1", "50.00"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(grantedToC1()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(db.decisions().find(DecisionQuery.builder().requestId("r-1").build()).items()).hasSize(1);
    }

    @Test
    void tellsTheConfiguredDecisionLogAfterTheDatabaseRecordedTheDecision() {
        outcome(refund("r-1", "50.00"));

        assertThat(told).singleElement().extracting(DecisionRequest::requestId).isEqualTo("r-1");
        assertThat(db.decisions().find(DecisionQuery.builder().requestId("r-1").build()).items())
                .singleElement().satisfies(logged -> assertThat(logged.viaLedger()).isTrue());
    }

    @Test
    void refusesStatedGrantedAmountsWith400AndRecordsNothing() {
        HelpdeskClient.Answer answer = client.post("/decisions",
                refund("r-1", "20.00").replace("}", ",\"grantedToCustomer\":\"0.00\"}"));

        // A plain decide would trust the stated 0.00; the ledger is the one source of what was granted.
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("grantedToCustomer");
        assertThat(answer.json().get("detail").asText()).contains("must be absent", "Maybe leave");
        assertThat(db.decisions().find(DecisionQuery.builder().build()).items()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void aRequestIdReusedForAnotherGrantIs409() {
        outcome(refund("r-1", "50.00"));

        HelpdeskClient.Answer answer = client.post("/decisions", refund("r-1", "40.00"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("error").asText()).isEqualTo("conflict");
        assertThat(answer.json().get("field").asText()).isEqualTo("requestId");
        assertThat(answer.json().get("detail").asText()).contains("r-1", "was first used for");
        assertThat(grantedToC1()).isEqualTo(Money.of("50.00", "EUR"));
    }

    @Test
    void backAndForwardDatedRequestsCannotBuyPastTheCap() {
        // Issue 25: three 50.00 refunds spend the 150.00/P30D cap; then six back-dated and three
        // forward-dated requests were all allowed (600.00 against 150.00). Now each is a 400 naming at.
        for (int i = 0; i < 3; i++) {
            assertThat(outcome(refund("r-" + i, "50.00"))).isEqualTo("ALLOWED");
        }
        for (int days : new int[] {-31, -62, -93, -124, -155, -186, 31, 62, 93}) {
            String dated = refund("d" + days, "50.00").replace("2026-03-02T09:00:00Z",
                    AT.plus(java.time.Duration.ofDays(days)).toString());
            HelpdeskClient.Answer answer = client.post("/decisions", dated);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).isEqualTo("at");
            assertThat(answer.json().get("detail").asText()).contains("clock", "PT5M").doesNotContain("Exception");
        }
        // Within 5 minutes the client's clock is accepted, but the server's instant decides: the cap is spent.
        assertThat(outcome(refund("late", "50.00").replace("09:00:00Z", "08:55:00Z"))).isEqualTo("NEEDS_APPROVAL");
        assertThat(outcome(refund("none", "50.00").replace(",\"at\":\"2026-03-02T09:00:00Z\"", "")))
                .isEqualTo("NEEDS_APPROVAL");
        assertThat(db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, Currency.getInstance("EUR"),
                Instant.EPOCH, AT.plus(java.time.Duration.ofDays(400)))).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(requestIds("/decisions?customerId=c-1")).containsExactly("r-0", "r-1", "r-2", "late", "none");
    }

    @Test
    void healthSaysADatabaseIsConfigured() {
        assertThat(client.get("/health").json().get("databaseConfigured").asBoolean()).isTrue();
    }

    @Test
    void findsLoggedDecisionsByCustomerAgentRuleAndTime() {
        outcome(refund("r-1", "50.00"));                                                   // ALLOWED, refund-t1
        servers.clock.set(AT.plus(java.time.Duration.ofDays(1)));
        outcome(refund("r-2", "120.00").replace("2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z")); // NEEDS_APPROVAL
        servers.clock.set(AT);
        outcome(refund("r-3", "20.00").replace("\"c-1\"", "\"c-2\"").replace("\"a-1\"", "\"a-2\"")
                .replace("\"T1\"", "\"T2\""));                                             // ALLOWED, refund-t2

        assertThat(requestIds("/decisions?customerId=c-1")).containsExactly("r-1", "r-2");
        assertThat(requestIds("/decisions?agentId=a-2")).containsExactly("r-3");
        assertThat(requestIds("/decisions?ruleId=refund-t1")).containsExactly("r-1", "r-2");
        assertThat(requestIds("/decisions?requestId=r-2")).containsExactly("r-2");
        // [from, to): r-2 at 2026-03-03T09:00 is at the inclusive start; the others are a day earlier.
        assertThat(requestIds("/decisions?from=2026-03-03T09:00:00Z&to=2026-03-04T00:00:00Z")).containsExactly("r-2");
        assertThat(requestIds("/decisions?to=2026-03-03T09:00:00Z")).containsExactly("r-1", "r-3");
        assertThat(requestIds("/decisions?customerId=c-2&ruleId=refund-t1")).isEmpty();
    }

    @Test
    void answersIdsFactsAndOutcomesAPageAtATime() {
        outcome(refund("r-1", "50.00").replace("}", ",\"flags\":{\"hasOpenComplaint\":true}}"));
        outcome(refund("r-2", "120.00"));

        JsonNode firstPage = client.get("/decisions?customerId=c-1&limit=1").json();
        JsonNode first = firstPage.get("decisions").get(0);
        assertThat(firstPage.get("decisions")).hasSize(1);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "requestId", "at", "recordedAt",
                "customerId", "segment", "agentId", "agentTier", "channel", "action", "amount", "currency", "viaLedger",
                "outcome", "approverRole", "reason", "firedRules", "headroom", "policyVersion");
        assertThat(first.get("requestId").asText()).isEqualTo("r-1");
        assertThat(first.get("at").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(first.get("amount").asText()).isEqualTo("50.00");
        assertThat(first.get("currency").asText()).isEqualTo("EUR");
        assertThat(first.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(first.get("viaLedger").asBoolean()).isTrue();
        assertThat(firstPage.get("next").isNumber()).isTrue();

        JsonNode secondPage = client.get("/decisions?customerId=c-1&limit=1&after=" + firstPage.get("next").asLong())
                .json();
        assertThat(secondPage.get("decisions")).singleElement()
                .satisfies(d -> assertThat(d.get("requestId").asText()).isEqualTo("r-2"))
                .satisfies(d -> assertThat(d.get("outcome").asText()).isEqualTo("NEEDS_APPROVAL"));
        assertThat(secondPage.get("next").isNull()).isTrue();
    }

    private List<String> requestIds(String path) {
        HelpdeskClient.Answer answer = client.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("decisions").forEach(d -> ids.add(d.get("requestId").asText()));
        return ids;
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/decisions?customer=c-1", "customer", "unknown query parameter"),
                Arguments.of("/decisions?customerId=c-1&customerId=c-2", "customerId", "more than once"),
                Arguments.of("/decisions?from=2026-03-02", "from", "ISO-8601"),
                // Issue 25 item 6: the same 1970-2200 range as every other instant cxkit reads.
                Arguments.of("/decisions?to=%2B999999999-12-31T23:59:59Z", "to", "up to (not including) 2200"),
                Arguments.of("/decisions?to=yesterday", "to", "ISO-8601"),
                Arguments.of("/decisions?limit=0", "limit", "outside 1 to 1000"),
                Arguments.of("/decisions?limit=1001", "limit", "outside 1 to 1000"),
                Arguments.of("/decisions?limit=ten", "limit", "whole number"),
                Arguments.of("/decisions?after=-1", "after", "outside 0 to"),
                Arguments.of("/decisions?ruleId=", null, "ruleId must not be blank"),
                Arguments.of("/decisions?customerId=", "customerId", "blank"),
                Arguments.of("/decisions?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z", null, "swapped"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void rejectsABadQueryWith400NamingTheParameter(String path, String field, String detail) {
        HelpdeskClient.Answer answer = client.get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid request");
        assertThat(answer.json().get("detail").asText()).contains(detail);
        if (field != null) {
            assertThat(answer.json().get("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void theBuilderRefusesADatabaseAndAGrantLedgerTogether() {
        assertThatThrownBy(() -> HelpdeskServer.builder().policy(Fixtures.POLICY).database(db)
                .grantLedger(InMemoryGrantLedger.create()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both a database")
                .hasMessageContaining("Maybe drop grantLedger");
    }
}
