package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.cxkit.core.PersonalData;
import dev.cxkit.core.Transfer;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: personal data posted to the service never reaches its log. The examples log through
 * slf4j-simple to {@code System.err}, which this test captures while it posts a customer's name, e-mail
 * and phone in every place a helpdesk might put them.
 */
class PersonalDataLogTest {

    private static final PersonalData CUSTOMER =
            new PersonalData("Jane Marlowe", "jane.marlowe@example.com", "+44 20 7946 0958");

    /** Interactions carrying the customer's data in unknown fields, a hand-off summary and feedback themes. */
    private static final String WITH_PERSONAL_DATA = """
            {"id":"i-1","customerId":"c-1","customerName":"%1$s","customerEmail":"%2$s","customerPhone":"%3$s","agentId":"a-1","channel":"PHONE","queuedAt":"2026-03-02T09:00:00Z","answeredAt":"2026-03-02T09:00:40Z","endedAt":"2026-03-02T09:10:00Z","talkSeconds":420,"transfers":[{"at":"2026-03-02T09:06:00Z","toAgentId":"a-9","toTier":"T2","warm":true,"handoffSummary":"%1$s, call back on %3$s or %2$s"}],"feedback":{"csat":2,"csatScale":5,"themes":["%1$s says: write to %2$s"],"receivedAt":"2026-03-02T10:00:00Z"}}
            """.formatted(CUSTOMER.name(), CUSTOMER.email(), CUSTOMER.phone());

    @Test
    void neverLogsTheNameEmailOrPhoneOfACustomer() {
        // A careless audit that quotes the hand-off summary in its exception, as real bugs do.
        ContactAudit quoting = contact -> {
            throw new IllegalStateException("cannot audit: " + contact.transfers().stream()
                    .map(Transfer::handoffSummary).toList());
        };
        String log;
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (HelpdeskServer server = HelpdeskServer.builder().policy(Fixtures.POLICY).contactAudit(quoting)
                .clock(java.time.InstantSource.fixed(Fixtures.AT)).build()) {
            server.start();
            HelpdeskClient client = new HelpdeskClient(server);

            List<Integer> statuses = List.of(
                    client.post("/audit", WITH_PERSONAL_DATA).status(),
                    client.post("/audit", WITH_PERSONAL_DATA.replace("\"talkSeconds\":420", "\"talkSeconds\":\""
                            + CUSTOMER.phone() + "\"")).status(),
                    client.post("/decisions", Fixtures.REFUND_120.replace("\"customerId\":\"c-1\"",
                            "\"customerId\":\"c-1\",\"segment\":\"" + CUSTOMER.name() + "\"")).status(),
                    client.post("/decisions", Fixtures.REFUND_120.replace("\"r-1\"", "\"r-1\",\"email\":\""
                            + CUSTOMER.email() + "\"")).status(),
                    client.get("/customers/" + CUSTOMER.email()).status(),
                    client.get("/decisions?customerId=" + CUSTOMER.email()).status(),
                    client.post("/decisions", Fixtures.REFUND_120).status());

            assertThat(statuses).containsExactly(500, 400, 400, 400, 404, 501, 200);
        } finally {
            System.err.flush();
            System.setErr(original);
            log = captured.toString(StandardCharsets.UTF_8);
        }

        // The 500 is logged at ERROR (shown at the examples' default level), so the capture saw the log.
        assertThat(log).contains("failed with error 1", IllegalStateException.class.getName());
        // The access log (issue 21) has a line per request, with the route and never the raw path or query.
        assertThat(log).contains("method=POST route=/decisions status=200", "method=GET route=(unknown) status=404",
                "method=GET route=/decisions status=501");
        assertThat(log).doesNotContain("Jane", "Marlowe", "jane.marlowe", "example.com", "7946", "0958");
    }
}
