package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without a database the service still decides, but keeps no decision log to query. */
class InMemoryDecisionLogTest {

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @Test
    void theDecisionLogQueryAnswers501WithoutADatabase() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer answer = client.get("/decisions?customerId=c-1");

        assertThat(answer.status()).isEqualTo(501);
        assertThat(answer.json().get("error").asText()).isEqualTo("decision log not configured");
        assertThat(answer.json().get("detail").asText()).contains("HelpdeskServer.Builder.database");
        assertThat(client.get("/health").json().get("databaseConfigured").asBoolean()).isFalse();
    }

    @Test
    void statedGrantedAmountsAreStillTakenWithoutADatabase() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        // 140.00 stated + 20.00 = 160.00 > the 150.00 cap of refund-t1 → approval; the in-memory service trusts it.
        HelpdeskClient.Answer answer = client.post("/decisions",
                Fixtures.REFUND_120.replace("\"120.00\"", "\"20.00\"").replace("}", ",\"grantedToCustomer\":\"140.00\"}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
    }

    @Test
    void theDecisionsPathAnswersGetAndPostOnly() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer answer = client.send("DELETE", "/decisions");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.allow()).isEqualTo("POST, GET");
    }
}
