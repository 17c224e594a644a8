package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 25 item 3, the attack as reported: a web page on the operator's machine posted a generous matrix
 * to {@code POST /policy} with {@code Content-Type: text/plain} and its own {@code Origin}, and afterwards
 * a T1 refund of 5,000 EUR was allowed; {@code GET /decisions} answered a foreign {@code Host}, so DNS
 * rebinding could read the log. Each request below is what such a page's browser sends.
 */
class BrowserAttackTest {

    /** Every T1 refund up to 10,000 EUR allowed. */
    private static final String WIDE_OPEN = Fixtures.MATRIX.replace("refund-t1,REFUND,T1,*,50.00,200.00",
            "refund-t1,REFUND,T1,*,10000.00,10000.00").replace("150.00,P30D", "100000.00,P30D");
    private static final String REFUND_5000 = Fixtures.REFUND_120.replace("\"120.00\"", "\"5000.00\"");

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @Test
    void aForeignPageCannotReplaceThePolicyWithAPlainTextPost() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        // A form or a no-cors fetch: text/plain needs no preflight, and the browser adds its Origin.
        HelpdeskClient.Answer plain = client.post("/policy", WIDE_OPEN, "Content-Type", "text/plain",
                "Origin", "http://evil.example");
        // Even as text/csv (which a browser would preflight first), the foreign Origin is refused.
        HelpdeskClient.Answer csv = client.post("/policy", WIDE_OPEN, "Content-Type", "text/csv",
                "Origin", "http://evil.example");
        // And text/plain without an Origin is refused for its type.
        HelpdeskClient.Answer noOrigin = client.post("/policy", WIDE_OPEN, "Content-Type", "text/plain");

        assertThat(plain.status()).isEqualTo(403);
        assertThat(csv.status()).isEqualTo(403);
        assertThat(csv.json().get("error").asText()).isEqualTo("cross-origin request refused");
        assertThat(noOrigin.status()).isEqualTo(415);
        assertThat(servers.server().policyVersion()).isEqualTo(Fixtures.POLICY.version());
        assertThat(client.post("/decisions", REFUND_5000).json().get("outcome").asText()).isEqualTo("DENIED");
    }

    @Test
    void aForeignPageCannotTakeDecisionsEither() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer answer = client.post("/decisions", Fixtures.REFUND_120, "Content-Type", "text/plain",
                "Origin", "https://evil.example");

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void theServersOwnPageAndAnAllowedOriginMayPost() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY)
                .allowedOrigins(java.util.List.of("https://crm.example.org")));
        String own = "http://127.0.0.1:" + servers.server().port();

        assertThat(client.post("/decisions", Fixtures.REFUND_120, "Content-Type", "application/json",
                "Origin", own).status()).isEqualTo(200);
        assertThat(client.post("/decisions", Fixtures.REFUND_120, "Content-Type", "application/json",
                "Origin", "https://crm.example.org").status()).isEqualTo(200);
        assertThat(client.post("/decisions", Fixtures.REFUND_120, "Content-Type", "application/json",
                "Origin", "null").status()).isEqualTo(403);
    }

    @Test
    void aForeignHostNameIsRefusedSoDnsRebindingCannotReadTheLog() {
        servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY)
                .allowedHosts(java.util.List.of("cx.example.org")));
        int port = servers.server().port();

        String rebound = RawHttp.send(port, "GET", "/decisions", "", "Host: attacker.example:" + port);
        String rebound2 = RawHttp.send(port, "POST", "/policy", WIDE_OPEN, "Host: attacker.example",
                "Content-Type: text/csv");

        assertThat(RawHttp.status(rebound)).isEqualTo(421);
        assertThat(rebound).contains("\"error\":\"misdirected request\"");
        assertThat(RawHttp.status(rebound2)).isEqualTo(421);
        assertThat(RawHttp.status(RawHttp.send(port, "GET", "/health", "", "Host: localhost:1234"))).isEqualTo(200);
        assertThat(RawHttp.status(RawHttp.send(port, "GET", "/health", "", "Host: cx.example.org"))).isEqualTo(200);
        assertThat(RawHttp.status(RawHttp.send(port, "GET", "/health", "", "Host: [::1]"))).isEqualTo(200);
        assertThat(RawHttp.status(RawHttp.send(port, "GET", "/health", "", "Host: 10.1.2.3"))).isEqualTo(421);
        assertThat(servers.server().policyVersion()).isEqualTo(Fixtures.POLICY.version());
    }
}
