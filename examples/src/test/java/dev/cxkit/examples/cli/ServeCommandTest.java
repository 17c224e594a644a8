package dev.cxkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
            """;

    @TempDir
    Path dir;

    @Test
    void servesHealthOnTheGivenPortAndPrintsTheUrlOnStandardError() throws Exception {
        Path policy = Files.writeString(dir.resolve("authority.csv"), MATRIX);
        List<String> answers = new ArrayList<>();
        ServeCommand serve = new ServeCommand(server -> answers.add(get(server.uri().resolve("/health").toString())));
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(serve);
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute("--port", "0", "--policy", policy.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).startsWith("cx serve: listening on http://127.0.0.1:").contains("Ctrl-C");
        assertThat(answers).singleElement().satisfies(body -> {
            Map<String, Object> json = JsonTestSupport.parseObject(body);
            assertThat(json.get("status")).isEqualTo("UP");
            assertThat((String) json.get("policyVersion")).startsWith("sha256:");
        });
    }

    @Test
    void aMissingPolicyFileIsBadInput() {
        CliRun run = CliRun.of("serve", "--port", "0", "--policy", dir.resolve("missing.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("File not found", "missing.csv", "--policy");
    }

    @Test
    void helpShowsACurlExample() {
        CliRun run = CliRun.of("help", "serve");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--allow-drl-reload", "curl -s localhost:8080/decisions");
    }

    private static String get(String uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
