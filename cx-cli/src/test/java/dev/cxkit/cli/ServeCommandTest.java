package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.cxkit.server.HelpdeskServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
            """;

    private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

    @TempDir
    Path dir;

    private Path policy;

    @BeforeEach
    void writePolicy() throws IOException {
        policy = Files.writeString(dir.resolve("authority.csv"), MATRIX);
    }

    @Test
    void servesHealthOnTheGivenPortAndPrintsTheUrlAndTheDataDirectoryOnStandardError() {
        List<String> answers = new ArrayList<>();
        StringWriter err = new StringWriter();

        int code = serve(server -> answers.add(get(server, "/health")), NO_ENVIRONMENT, err,
                "--port", "0", "--policy", policy.toString(), "--data", dir.resolve("data").toString());

        assertThat(code).isZero();
        assertThat(err.toString()).startsWith("cx serve: listening on http://127.0.0.1:")
                .contains("decisions in " + dir.resolve("data").toAbsolutePath() + " (embedded H2)", "Ctrl-C");
        assertThat(answers).singleElement().satisfies(body -> {
            Map<String, Object> json = JsonTestSupport.parseObject(body);
            assertThat(json.get("status")).isEqualTo("UP");
            assertThat((String) json.get("policyVersion")).startsWith("sha256:");
            assertThat(json.get("databaseConfigured")).isEqualTo(true);
        });
        assertThat(dir.resolve("data").resolve("cxkit.mv.db")).exists();
    }

    @Test
    void keepsCapsAcrossARestartOnTheEmbeddedDatabase() {
        String[] args = {"--port", "0", "--policy", policy.toString(), "--data", dir.resolve("data").toString()};
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        serve(server -> {
            first.add(outcome(server, refund("r-1", "50.00")));
            first.add(outcome(server, refund("r-2", "50.00")));
        }, NO_ENVIRONMENT, new StringWriter(), args);
        serve(server -> {
            second.add(outcome(server, refund("r-1", "50.00")));   // a retry after the restart: counts once
            second.add(outcome(server, refund("r-3", "50.00")));   // 100.00 + 50.00 = 150.00, the cap: allowed
            second.add(outcome(server, refund("r-4", "10.00")));   // 160.00 > 150.00: approval, though below 50.00
            second.add(String.valueOf(JsonTestSupport.parseObject(get(server, "/decisions?customerId=c-1"))
                    .get("decisions")));
        }, NO_ENVIRONMENT, new StringWriter(), args);

        assertThat(first).containsExactly("ALLOWED", "ALLOWED");
        // An empty ledger after the restart would allow r-4 (10.00 alone is far below the cap).
        assertThat(second.subList(0, 3)).containsExactly("ALLOWED", "ALLOWED", "NEEDS_APPROVAL");
        assertThat(second.get(3)).contains("r-1", "r-2", "r-3", "r-4");
    }

    @Test
    void usesADatabaseByJdbcUrlWithThePasswordFromTheEnvironment() {
        // H2 by URL stands in for PostgreSQL here (cx-jdbc runs its suite on a real PostgreSQL); the user and
        // the empty password of the environment create the database, so a wrong password would fail to open it.
        String url = "jdbc:h2:file:" + dir.resolve("by-url").resolve("cx").toAbsolutePath() + ";WRITE_DELAY=0";
        List<String> answers = new ArrayList<>();
        StringWriter err = new StringWriter();

        int code = serve(server -> answers.add(outcome(server, refund("r-1", "50.00"))),
                name -> name.equals(ServeCommand.PASSWORD_VARIABLE) ? "" : null, err,
                "--port", "0", "--policy", policy.toString(), "--jdbc-url", url, "--jdbc-user", "sa");

        assertThat(code).isZero();
        assertThat(answers).containsExactly("ALLOWED");
        assertThat(err.toString()).contains("decisions in jdbc:h2:file:").doesNotContain("WRITE_DELAY");
        assertThat(dir.resolve("by-url").resolve("cx.mv.db")).exists();
        assertThat(dir.resolve(ServeCommand.DEFAULT_DATA)).doesNotExist();
    }

    @Test
    void asksForTheApiTokenOfTheEnvironmentOnEveryEndpointButHealth() {
        String token = "env-token-0123456789abcdef";
        List<Integer> statuses = new ArrayList<>();
        StringWriter err = new StringWriter();

        int code = serve(server -> {
            statuses.add(status(server, "/health", null));
            statuses.add(status(server, "/kpis", null));
            statuses.add(status(server, "/kpis", token));
        }, name -> name.equals(ServeCommand.TOKEN_VARIABLE) ? token : null, err,
                "--port", "0", "--policy", policy.toString(), "--data", dir.resolve("data").toString(),
                "--threads", "2", "--queue", "4", "--read-timeout", "5s", "--header-timeout", "500ms");

        assertThat(code).isZero();
        assertThat(statuses).containsExactly(200, 401, 200);
        assertThat(err.toString()).contains("API keys required").doesNotContain(token);
    }

    @Test
    void readsApiKeysFromAFileAndRefusesThemTogetherWithTheVariable() throws IOException {
        Path keys = Files.writeString(dir.resolve("keys.txt"), "compliance read-decisions compliance-0123456789\n");
        ServeCommand serve = new ServeCommand(server -> { },
                name -> name.equals(ServeCommand.TOKEN_VARIABLE) ? "env-token-0123456789abcdef" : null);
        new CommandLine(serve).parseArgs("--policy", policy.toString(), "--api-keys", keys.toString());

        assertThatThrownBy(serve::call).isInstanceOf(BadInputException.class)
                .hasMessageContaining("either --api-keys").hasMessageNotContaining("env-token");
    }

    @Test
    void aTlsKeystoreWithoutItsPasswordVariableIsBadInput() {
        ServeCommand serve = new ServeCommand(server -> { }, NO_ENVIRONMENT);
        new CommandLine(serve).parseArgs("--policy", policy.toString(), "--tls-keystore", "server.p12");

        assertThatThrownBy(serve::call).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--tls-keystore (server.p12) needs its password in the environment variable "
                        + "CX_TLS_PASSWORD");
    }

    @Test
    void aMalformedTimeoutIsAUsageError() {
        CliRun run = CliRun.of("serve", "--policy", policy.toString(), "--read-timeout", "soon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("(soon) is not a duration");
    }

    @Test
    void aJdbcUserWithoutThePasswordVariableIsBadInput() {
        ServeCommand serve = new ServeCommand(server -> { }, NO_ENVIRONMENT);
        new CommandLine(serve).parseArgs("--policy", policy.toString(), "--jdbc-url", "jdbc:postgresql://db/cx",
                "--jdbc-user", "cx");

        assertThatThrownBy(serve::call).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--jdbc-user (cx) needs its password in the environment variable CX_JDBC_PASSWORD");
    }

    @Test
    void thePasswordVariableWithoutAJdbcUserIsBadInput() {
        ServeCommand serve = new ServeCommand(server -> { },
                name -> name.equals(ServeCommand.PASSWORD_VARIABLE) ? "secret" : null);
        new CommandLine(serve).parseArgs("--policy", policy.toString(), "--jdbc-url", "jdbc:postgresql://db/cx");

        assertThatThrownBy(serve::call).isInstanceOf(BadInputException.class)
                .hasMessageContaining("CX_JDBC_PASSWORD is set but --jdbc-user is not")
                .hasMessageNotContaining("secret");
    }

    @Test
    void neverTakesAPasswordOnTheCommandLine() {
        CliRun run = CliRun.of("serve", "--policy", policy.toString(), "--jdbc-url", "jdbc:postgresql://db/cx",
                "--jdbc-password", "secret");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option", "--jdbc-password");
    }

    @Test
    void dataAndJdbcUrlTogetherAreBadInput() {
        CliRun run = CliRun.of("serve", "--port", "0", "--policy", policy.toString(), "--data", dir.toString(),
                "--jdbc-url", "jdbc:postgresql://db/cx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Give either --data", "or --jdbc-url, not both");
    }

    @Test
    void aMissingPolicyFileIsBadInput() {
        CliRun run = CliRun.of("serve", "--port", "0", "--policy", dir.resolve("missing.csv").toString(),
                "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("File not found", "missing.csv", "--policy");
    }

    @Test
    void helpShowsTheStorageOptionsAndCurlExamples() {
        CliRun run = CliRun.of("help", "serve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--allow-drl-reload", "--data", "--jdbc-url", "--jdbc-user", "CX_JDBC_PASSWORD",
                "curl -s localhost:8080/decisions", "GET /decisions", "--threads", "--queue", "--read-timeout",
                "--header-timeout", "--idle-timeout", "--api-keys", "CX_API_TOKEN", "--tls-keystore", "CX_TLS_PASSWORD",
                "--allowed-host", "--allowed-origin", "GET /metrics", "Content-Type: text/csv");
    }

    private static int serve(Consumer<HelpdeskServer> whileRunning, UnaryOperator<String> environment, StringWriter err,
            String... args) {
        CommandLine commandLine = new CommandLine(new ServeCommand(whileRunning, environment));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** A refund without at: the server decides on its own clock, which here is the system's. */
    private static String refund(String requestId, String amount) {
        return """
                {"requestId":"%s","agentId":"a-1","agentTier":"T1","action":"REFUND","amount":"%s","currency":"EUR",
                 "customerId":"c-1"}""".formatted(requestId, amount);
    }

    private static String outcome(HelpdeskServer server, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve("/decisions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) JsonTestSupport.parseObject(response.body()).get("outcome");
    }

    private static int status(HelpdeskServer server, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(URI.create(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build()).statusCode();
    }

    private static String get(HelpdeskServer server, String path) {
        return send(HttpRequest.newBuilder(server.uri().resolve(URI.create(path))).build()).body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
