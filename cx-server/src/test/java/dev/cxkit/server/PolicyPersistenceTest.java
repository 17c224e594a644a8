package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25 item 11: a policy set by {@code POST /policy} was silently undone on restart, and
 * {@code ?name=../../…} became a source name.
 */
class PolicyPersistenceTest {

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @TempDir
    Path dir;

    @Test
    void aReloadedPolicySurvivesARestartOnTheSameDatabase() {
        String applied;
        try (CxDatabase db = CxDatabase.embedded(dir)) {
            HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).database(db));
            HelpdeskClient.Answer reload = client.post("/policy", Fixtures.GENEROUS_MATRIX);
            assertThat(reload.status()).isEqualTo(200);
            assertThat(reload.json().get("persisted").asBoolean()).isTrue();
            applied = reload.json().get("policyVersion").asText();
            servers.server().close();
        }
        try (CxDatabase db = CxDatabase.embedded(dir)) {
            HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).database(db));

            assertThat(servers.server().policyVersion()).isEqualTo(applied);
            // 120.00 is allowed under the generous matrix; the starting one would ask for approval.
            assertThat(client.post("/decisions", Fixtures.REFUND_120).json().get("outcome").asText())
                    .isEqualTo("ALLOWED");
            servers.server().close();
        }
    }

    @Test
    void aChangedStartingPolicyWinsOverTheSavedOne() {
        try (CxDatabase db = CxDatabase.embedded(dir)) {
            HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).database(db));
            assertThat(client.post("/policy", Fixtures.GENEROUS_MATRIX).status()).isEqualTo(200);
            servers.server().close();
        }
        Policy edited = Policy.compile(List.of(PolicySource.authorityMatrix("authority.csv",
                Fixtures.MATRIX.replace("refund-t2,REFUND,T2,*,200.00", "refund-t2,REFUND,T2,*,250.00"))));
        try (CxDatabase db = CxDatabase.embedded(dir)) {
            servers.start(HelpdeskServer.builder().policy(edited).database(db));

            assertThat(servers.server().policyVersion()).isEqualTo(edited.version());
            servers.server().close();
        }
    }

    @Test
    void withoutADatabaseTheReplySaysARestartUndoesIt() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer reload = client.post("/policy", Fixtures.GENEROUS_MATRIX);

        assertThat(reload.json().get("persisted").asBoolean()).isFalse();
        assertThat(reload.json().get("note").asText()).contains("restart");
    }

    @Test
    void aSourceNameMustBeAPlainFileName() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        for (String name : List.of("..%2F..%2Fetc%2Fauthority.csv", "../authority.csv", "a%E2%80%AEvsc.csv",
                "a%E2%80%8Bb.csv", ".hidden.csv", "a..csv")) {
            HelpdeskClient.Answer answer = client.post("/policy?name=" + name, Fixtures.GENEROUS_MATRIX,
                    "Content-Type", "text/csv");
            assertThat(answer.status()).as(name).isEqualTo(400);
            assertThat(answer.json().get("field").asText()).as(name).isEqualTo("name");
        }
        assertThat(servers.server().policyVersion()).isEqualTo(Fixtures.POLICY.version());
    }
}
