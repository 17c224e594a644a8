package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.rules.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PolicyEndpointTest {

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    private HelpdeskClient start(boolean allowDrl) {
        return servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).allowDrlReload(allowDrl));
    }

    @Test
    void reloadsTheMatrixAndDecidesWithTheNewVersion() {
        HelpdeskClient client = start(false);

        HelpdeskClient.Answer reload = client.post("/policy", Fixtures.GENEROUS_MATRIX);

        assertThat(reload.status()).isEqualTo(200);
        JsonNode json = reload.json();
        assertThat(json.get("status").asText()).isEqualTo("APPLIED");
        String version = json.get("policyVersion").asText();
        assertThat(version).startsWith("sha256:").isNotEqualTo(Fixtures.POLICY.version());
        assertThat(json.get("previousVersion").asText()).isEqualTo(Fixtures.POLICY.version());
        assertThat(json.get("sources").toString()).isEqualTo("[\"authority.csv\"]");
        // T1 may now allow up to 150.00, so 120.00 is allowed.
        JsonNode decision = client.post("/decisions", Fixtures.REFUND_120).json();
        assertThat(decision.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(decision.get("policyVersion").asText()).isEqualTo(version);
        assertThat(client.get("/health").json().get("policyVersion").asText()).isEqualTo(version);
        assertThat(servers.server().policyVersion()).isEqualTo(version);
    }

    @Test
    void aPolicyBodyOverTheByteLimitAnswers413AndKeepsTheOldPolicy() {
        // Issue 25 item 9: a 1 MiB matrix took 23 s and 1.65 GB to compile. The body limit stops it unread.
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).maxPolicyBytes(1024));
        String big = Fixtures.MATRIX + "x".repeat(1025 - Fixtures.MATRIX.length());

        HelpdeskClient.Answer reload = client.post("/policy", big);

        assertThat(reload.status()).isEqualTo(413);
        assertThat(reload.json().get("detail").asText()).contains("1024");
        assertThat(client.get("/health").json().get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
    }

    @Test
    void aMatrixOverThePolicysRowLimitAnswers413BeforeItIsCompiled() {
        Policy limited = Fixtures.POLICY.toBuilder().maxMatrixRows(3).build();
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(limited));
        // Four rules where three are allowed: the fourth, on line 5, passes the limit.
        String four = Fixtures.MATRIX + "refund-t3,REFUND,T3,*,1000.00,5000.00,DIRECTOR,EUR,3000.00,P30D\n";

        HelpdeskClient.Answer reload = client.post("/policy", four);

        assertThat(reload.status()).isEqualTo(413);
        JsonNode json = reload.json();
        assertThat(json.get("error").asText()).isEqualTo("policy too large");
        assertThat(json.get("maxMatrixRows").asInt()).isEqualTo(3);
        assertThat(json.get("detail").asText()).startsWith("authority.csv:5:0: ").contains("more than 3 rows", "Maybe")
                .doesNotContain("\n");
        assertThat(json.get("policyVersion").asText()).isEqualTo(limited.version());
        assertThat(client.post("/policy", Fixtures.GENEROUS_MATRIX).status()).isEqualTo(200);
    }

    @Test
    void aMatrixThatDoesNotCompileAnswers422WithItsLineAndKeepsTheOldPolicy() {
        HelpdeskClient client = start(false);
        // Line 3 (the second rule) names a tier that does not exist.
        String broken = Fixtures.GENEROUS_MATRIX.replace("refund-t2,REFUND,T2", "refund-t2,REFUND,T9");

        HelpdeskClient.Answer reload = client.post("/policy?name=authority.csv", broken);

        assertThat(reload.status()).isEqualTo(422);
        JsonNode json = reload.json();
        assertThat(json.get("error").asText()).isEqualTo("policy does not compile");
        assertThat(json.get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("source").asText()).isEqualTo("authority.csv");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isEqualTo(3);
        assertThat(problem.get("message").asText()).contains("T9");
        JsonNode decision = client.post("/decisions", Fixtures.REFUND_120).json();
        assertThat(decision.get("outcome").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(decision.get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
    }

    @Test
    void refusesDrlUnlessTheServerAllowsIt() {
        HelpdeskClient client = start(false);

        HelpdeskClient.Answer reload = client.post("/policy?name=vip.drl", "rule \"x\" when then end");

        assertThat(reload.status()).isEqualTo(403);
        assertThat(reload.json().get("detail").asText()).contains("--allow-drl-reload");
        assertThat(client.get("/health").json().get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
    }

    @Test
    void addsADrlSourceNextToTheMatrixWhenAllowed() throws Exception {
        HelpdeskClient client = start(true);
        String drl;
        try (var in = getClass().getResourceAsStream("vip-complaint.drl")) {
            drl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String vipWithComplaint = Fixtures.REFUND_120.replace("\"120.00\"", "\"180.00\"")
                .replace("}", ",\"segment\":\"VIP\",\"flags\":{\"hasOpenComplaint\":true}}");

        HelpdeskClient.Answer reload = client.post("/policy?name=vip-complaint.drl", drl);

        assertThat(reload.status()).isEqualTo(200);
        assertThat(reload.json().get("sources").toString()).isEqualTo("[\"authority.csv\",\"vip-complaint.drl\"]");
        // VIP row allows 100.00; the DRL doubles it to 200.00, so 180.00 is allowed (cap 300.00, nothing granted).
        JsonNode decision = client.post("/decisions", vipWithComplaint).json();
        assertThat(decision.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(decision.get("policyVersion").asText()).isEqualTo(reload.json().get("policyVersion").asText());
    }

    @Test
    void drlWithAnErrorAnswers422WithLineNumbersWhenAllowed() {
        HelpdeskClient client = start(true);
        String drl = """
                package dev.cxkit.custom;
                import dev.cxkit.rules.DecisionRequest;

                rule "broken"
                when
                    DecisionRequest(
                then
                end
                """;

        HelpdeskClient.Answer reload = client.post("/policy?name=vip.drl", drl);

        assertThat(reload.status()).isEqualTo(422);
        JsonNode problem = reload.json().get("problems").get(0);
        assertThat(problem.get("source").asText()).isEqualTo("vip.drl");
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(reload.json().get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
    }

    @Test
    void rejectsASourceNameOfNoKnownForm() {
        HelpdeskClient client = start(true);

        HelpdeskClient.Answer reload = client.post("/policy?name=authority.xlsx", Fixtures.MATRIX);

        assertThat(reload.status()).isEqualTo(400);
        assertThat(reload.json().get("field").asText()).isEqualTo("name");
    }

    @Test
    void rejectsABodyThatIsNotUtf8() {
        HelpdeskClient client = start(false);

        HelpdeskClient.Answer reload = client.post("/policy", new byte[] {'a', (byte) 0xC3, '\n'});

        assertThat(reload.status()).isEqualTo(400);
        assertThat(reload.json().get("detail").asText()).contains("UTF-8");
    }
}
