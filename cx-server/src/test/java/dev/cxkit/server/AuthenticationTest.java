package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 25 item 4: API keys as bearer tokens, with a separate permission for {@code POST /policy} and
 * for {@code GET /decisions}; {@code /health} needs none.
 */
class AuthenticationTest {

    private static final String HELPDESK = "helpdesk-token-0123456789";
    private static final String COMPLIANCE = "compliance-token-0123456789";
    private static final String OWNER = "policy-owner-token-0123456789";

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    private static ApiKeys keys() throws Exception {
        String ownerHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(OWNER.getBytes(StandardCharsets.UTF_8)));
        return ApiKeys.parse("""
                # name        permissions        token or hash
                helpdesk      decide             %s
                compliance    read-decisions     %s
                policy-owner  change-policy      sha256:%s
                """.formatted(HELPDESK, COMPLIANCE, ownerHash), "keys.txt");
    }

    @Test
    void eachEndpointAsksForItsOwnPermission() throws Exception {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).apiKeys(keys()));

        HelpdeskClient.Answer anonymous = client.post("/decisions", Fixtures.REFUND_120);
        HelpdeskClient.Answer wrongToken = client.post("/decisions", Fixtures.REFUND_120, "Content-Type",
                "application/json", "Authorization", "Bearer not-a-key-of-this-server");
        HelpdeskClient.Answer decided = client.post("/decisions", Fixtures.REFUND_120, "Content-Type",
                "application/json", "Authorization", "Bearer " + HELPDESK);
        HelpdeskClient.Answer helpdeskReloads = client.post("/policy", Fixtures.GENEROUS_MATRIX, "Content-Type",
                "text/csv", "Authorization", "Bearer " + HELPDESK);
        HelpdeskClient.Answer helpdeskReads = client.get("/decisions", "Authorization", "Bearer " + HELPDESK);
        HelpdeskClient.Answer complianceReads = client.get("/decisions", "Authorization", "Bearer " + COMPLIANCE);
        HelpdeskClient.Answer ownerReloads = client.post("/policy", Fixtures.GENEROUS_MATRIX, "Content-Type",
                "text/csv", "Authorization", "Bearer " + OWNER);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(helpdeskReloads.status()).isEqualTo(403);
        assertThat(helpdeskReloads.json().get("detail").asText()).contains("change-policy");
        assertThat(helpdeskReads.status()).isEqualTo(403);
        assertThat(complianceReads.status()).isEqualTo(501); // permitted; this server has no database
        assertThat(ownerReloads.status()).isEqualTo(200);
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/metrics").status()).isEqualTo(401);
    }

    @Test
    void aKeyFileNeverEchoesATokenInItsErrors() {
        assertThatThrownBy(() -> ApiKeys.parse("helpdesk decide short-secret\n", "keys.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keys.txt:1: ")
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> ApiKeys.parse("helpdesk approve " + HELPDESK + "\n", "keys.txt"))
                .hasMessageContaining("unknown permission (approve)").hasMessageNotContaining(HELPDESK);
        assertThatThrownBy(() -> ApiKeys.parse("a decide " + HELPDESK + "\na * " + COMPLIANCE, "keys.txt"))
                .hasMessageStartingWith("keys.txt:2: ").hasMessageContaining("given twice");
        assertThat(ApiKeys.ofToken("ops", HELPDESK).toString()).doesNotContain(HELPDESK).contains("ops");
    }

    @Test
    void oneTokenWithEveryPermissionForTheSimpleCase() {
        ApiKeys keys = ApiKeys.ofToken("ops", HELPDESK);

        assertThat(keys.authenticate(HELPDESK)).get().satisfies(key -> {
            assertThat(key.name()).isEqualTo("ops");
            assertThat(key.permissions()).containsExactlyInAnyOrder(Permission.values());
        });
        assertThat(keys.authenticate(HELPDESK + "x")).isEmpty();
    }
}
