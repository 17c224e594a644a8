package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.core.Money;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionEndpointTest {

    private final List<DecisionRequest> logged = Collections.synchronizedList(new ArrayList<>());

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    private HelpdeskClient start(HelpdeskServer.Builder builder) {
        return servers.start(builder);
    }

    private HelpdeskClient start() {
        return start(HelpdeskServer.builder().policy(Fixtures.POLICY).decisionLog((request, decision) -> logged.add(request)));
    }

    @Test
    void answersWithTheDocumentOfCxDecide() {
        HelpdeskClient client = start();

        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        // docs/cli.md: 120.00 EUR for T1 is above allow_up_to 50.00 and within approval_up_to 200.00.
        assertThat(json.get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(json.get("approverRole").asText()).isEqualTo("TEAM_LEAD");
        assertThat(json.get("firedRules").toString()).isEqualTo("[\"refund-t1\"]");
        assertThat(json.get("headroom").isEmpty()).isTrue();
        assertThat(json.get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
        assertThat(json.get("requestId").asText()).isEqualTo("r-1");
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("outcome", "approverRole", "reason", "firedRules", "headroom", "policyVersion", "requestId");
    }

    @Test
    void allowedDecisionShowsTheHeadroomAndTheVipRowWins() {
        HelpdeskClient client = start();

        // VIP row: allow 100.00, cap 300.00; granted 40.00 + 60.00 = 100.00 → 40.00 per request and 200.00 left.
        HelpdeskClient.Answer answer = client.post("/decisions", """
                {"agentId":"a-1","agentTier":"T1","action":"REFUND","amount":60.00,"currency":"EUR",
                 "customerId":"c-1","segment":"VIP","grantedToCustomer":"40.00"}""");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(json.get("firedRules").toString()).isEqualTo("[\"refund-t1-vip\"]");
        assertThat(json.get("headroom").toString()).isEqualTo("[{\"ruleId\":\"refund-t1-vip\",\"cap\":\"PER_REQUEST\","
                + "\"amount\":\"40.00\",\"currency\":\"EUR\"},{\"ruleId\":\"refund-t1-vip\",\"cap\":\"CUSTOMER_PERIOD\","
                + "\"amount\":\"200.00\",\"currency\":\"EUR\"}]");
        assertThat(json.has("requestId")).isFalse();
    }

    @Test
    void aDenialIsAnOkAnswerWithTheReason() {
        HelpdeskClient client = start();

        // 250.00 is above refund-t1's approval_up_to 200.00.
        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120.replace("120.00", "250.00"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("outcome").asText()).isEqualTo("DENIED");
        assertThat(answer.json().get("reason").asText()).isNotBlank();
    }

    @Test
    void asksTheLedgerWhenTheRequestDoesNotSayWhatWasGranted() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        GrantLedger ledger = new GrantLedger() {
            @Override
            public Money grantedToCustomer(dev.cxkit.core.CustomerId customer, dev.cxkit.core.Action action,
                    java.util.Currency currency, Instant after, Instant upTo) {
                asked.add(customer.value());
                return Money.of(new BigDecimal("140.00"), currency);
            }

            @Override
            public Money grantedByAgent(dev.cxkit.core.AgentId agent, dev.cxkit.core.Action action,
                    java.util.Currency currency, Instant after, Instant upTo) {
                return Money.zero(currency);
            }
        };
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY).grantLedger(ledger));

        // 20.00 is within allow_up_to 50.00, but 140.00 already granted + 20.00 = 160.00 > the 150.00 cap → approval.
        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120.replace("120.00", "20.00"));

        assertThat(answer.json().get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(asked).containsOnly("c-1").isNotEmpty();
    }

    @Test
    void aClientsInstantIsCheckedAndTheServersClockDecides() {
        HelpdeskClient client = start();

        HelpdeskClient.Answer backDated = client.post("/decisions",
                Fixtures.REFUND_120.replace("2026-03-02T09:00:00Z", "2026-01-02T09:00:00Z"));
        servers.clock.set(Fixtures.AT.plusSeconds(299));
        HelpdeskClient.Answer skewed = client.post("/decisions", Fixtures.REFUND_120);

        assertThat(backDated.status()).isEqualTo(400);
        assertThat(backDated.json().get("field").asText()).isEqualTo("at");
        assertThat(skewed.status()).isEqualTo(200);
        assertThat(logged).singleElement().extracting(DecisionRequest::at).isEqualTo(Fixtures.AT.plusSeconds(299));
    }

    @Test
    void backAndForwardDatedRequestsCannotBuyPastTheCapWithTheDefaultLedger() {
        // Issue 25 item 1, without a database: three 50.00 refunds spend refund-t1's 150.00/P30D cap; then
        // six back-dated and three forward-dated requests were all allowed (600.00 against 150.00).
        HelpdeskClient client = start();
        String fifty = Fixtures.REFUND_120.replace("\"120.00\"", "\"50.00\"");
        for (int i = 0; i < 3; i++) {
            assertThat(client.post("/decisions", fifty.replace("\"r-1\"", "\"r-" + i + "\"")).json()
                    .get("outcome").asText()).isEqualTo("ALLOWED");
        }
        for (int days : new int[] {-31, -62, -93, -124, -155, -186, 31, 62, 93}) {
            HelpdeskClient.Answer answer = client.post("/decisions", fifty.replace("\"r-1\"", "\"d" + days + "\"")
                    .replace(Fixtures.AT.toString(), Fixtures.AT.plus(java.time.Duration.ofDays(days)).toString()));
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).isEqualTo("at");
        }
        HelpdeskClient.Answer withoutAt = client.post("/decisions", fifty.replace("\"r-1\"", "\"r-3\"")
                .replace(",\"at\":\"2026-03-02T09:00:00Z\"", ""));
        assertThat(withoutAt.json().get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(logged).extracting(DecisionRequest::requestId).containsExactly("r-0", "r-1", "r-2", "r-3");
    }

    @Test
    void aRetryAfterTheToleranceGetsItsFirstDecisionAndANewRequestIsRefused() {
        HelpdeskClient client = start();
        String fifty = Fixtures.REFUND_120.replace("\"120.00\"", "\"50.00\"");
        HelpdeskClient.Answer first = client.post("/decisions", fifty);

        servers.clock.set(Fixtures.AT.plus(java.time.Duration.ofHours(1)));
        HelpdeskClient.Answer retry = client.post("/decisions", fifty);
        HelpdeskClient.Answer other = client.post("/decisions", fifty.replace("\"r-1\"", "\"r-2\""));
        HelpdeskClient.Answer reused = client.post("/decisions", fifty.replace("\"50.00\"", "\"40.00\"")
                .replace(",\"at\":\"2026-03-02T09:00:00Z\"", ""));

        assertThat(first.json().get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("field").asText()).isEqualTo("at");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("field").asText()).isEqualTo("requestId");
        assertThat(logged).hasSize(1);
    }

    @Test
    void takesTheInstantFromTheClockWhenTheRequestHasNone() {
        Instant now = Instant.parse("2026-05-04T12:00:00Z");
        servers.clock.set(now);
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY)
                .decisionLog((request, decision) -> logged.add(request)));

        client.post("/decisions", Fixtures.REFUND_120.replace(",\"at\":\"2026-03-02T09:00:00Z\"", ""));

        assertThat(logged).singleElement().extracting(DecisionRequest::at).isEqualTo(now);
    }

    @Test
    void logsEveryDecisionBeforeAnsweringIt() {
        HelpdeskClient client = start();

        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(logged).singleElement().extracting(DecisionRequest::requestId).isEqualTo("r-1");
    }

    @Test
    void aDecisionThatCannotBeLoggedIsNotAnswered() {
        DecisionLog broken = (request, decision) -> {
            throw new IllegalStateException("decision store down for customer c-1");
        };
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY).decisionLog(broken));

        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120);

        // Had the log run after the answer, the client would have its decision; it gets a 500 without one.
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().get("error").asText()).isEqualTo("internal error");
        assertThat(answer.json().has("outcome")).isFalse();
        assertThat(answer.body()).doesNotContain("IllegalStateException", "store down", "\tat ");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{\"agentId\":", "malformed JSON", null),
                Arguments.of("[1,2]", "malformed JSON", null),
                Arguments.of("", "malformed JSON", null),
                Arguments.of(Fixtures.REFUND_120 + " {}", "malformed JSON", null),
                Arguments.of(Fixtures.REFUND_120.replace("\"agentId\":\"a-1\"", "\"agentId\":\"a-1\",\"agentId\":\"a-2\""),
                        "malformed JSON", null),
                Arguments.of(Fixtures.REFUND_120.replace(",\"customerId\":\"c-1\"", ""), "invalid request", "customerId"),
                Arguments.of(Fixtures.REFUND_120.replace("\"amount\"", "\"amout\""), "invalid request", "amout"),
                Arguments.of(Fixtures.REFUND_120.replace("\"T1\"", "\"T9\""), "invalid request", "agentTier"),
                Arguments.of(Fixtures.REFUND_120.replace("\"120.00\"", "\"12O.00\""), "invalid request", "amount"),
                Arguments.of(Fixtures.REFUND_120.replace("\"currency\":\"EUR\",", ""), "invalid request", "currency"),
                Arguments.of(Fixtures.REFUND_120.replace("\"EUR\"", "\"EURO\""), "invalid request", "amount"),
                Arguments.of(Fixtures.REFUND_120.replace("\"2026-03-02T09:00:00Z\"", "\"2026-03-02T09:00:00\""),
                        "invalid request", "at"),
                // Issue 25 item 6: an instant outside 1970-2200 used to answer 500 (long overflow).
                Arguments.of(Fixtures.REFUND_120.replace("\"2026-03-02T09:00:00Z\"", "\"+999999999-12-31T23:59:59Z\""),
                        "invalid request", "at"),
                Arguments.of(Fixtures.REFUND_120.replace("\"2026-03-02T09:00:00Z\"", "\"1969-12-31T23:59:59Z\""),
                        "invalid request", "at"),
                Arguments.of(Fixtures.REFUND_120.replace("\"r-1\"", "{\"id\":1}"), "invalid request", "requestId"),
                Arguments.of(Fixtures.REFUND_120.replace("}", ",\"flags\":{\"vip\":\"yes\"}}"), "invalid request",
                        "flags.vip"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void rejectsABadRequestWith400NamingTheField(String body, String error, String field) {
        HelpdeskClient client = start();

        HelpdeskClient.Answer answer = client.post("/decisions", body);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode json = answer.json();
        assertThat(json.get("error").asText()).isEqualTo(error);
        assertThat(json.get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(json.get("field").asText()).isEqualTo(field);
            assertThat(json.get("detail").asText()).startsWith("field '" + field + "': ");
        }
        assertThat(logged).isEmpty();
    }

    @Test
    void rejectsAFlagNameThatDrlCannotUseWithTheRecordsOwnMessage() {
        HelpdeskClient client = start();

        HelpdeskClient.Answer answer = client.post("/decisions",
                Fixtures.REFUND_120.replace("}", ",\"flags\":{\"has complaint\":true}}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("flag name (has complaint)");
    }
}
