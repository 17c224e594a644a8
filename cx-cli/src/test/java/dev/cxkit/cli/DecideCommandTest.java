package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
            refund-t2,REFUND,T2,*,200.00,1000.00,MANAGER,EUR,600.00,P30D
            refund-t1-vip,REFUND,T1,VIP,100.00,300.00,TEAM_LEAD,EUR,300.00,P30D
            """;

    @TempDir
    Path dir;

    @Test
    void needsApprovalPrintsTheContractFields() throws Exception {
        // docs/cli.md: 120.00 EUR for T1 is above allow_up_to 50.00 and within approval_up_to 200.00.
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--tier", "T1", "--action", "REFUND",
                "--amount", "120.00", "--currency", "EUR", "--json");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsKeys("outcome", "approverRole", "firedRules", "headroom", "policyVersion");
        assertThat(json.get("outcome")).isEqualTo("NEEDS_APPROVAL");
        assertThat(json.get("approverRole")).isEqualTo("TEAM_LEAD");
        assertThat(json.get("firedRules")).isEqualTo(List.of("refund-t1"));
        assertThat((String) json.get("policyVersion")).startsWith("sha256:");
    }

    @Test
    void allowedShowsTheHeadroomUnderEachCapAndTheVipRowWins() throws Exception {
        // VIP row: allow 100.00, cap 300.00; granted 40.00 + 60.00 = 100.00 → 40.00 per request and 200.00 left.
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--tier", "T1", "--action", "REFUND",
                "--amount", "60.00", "--segment", "VIP", "--granted", "40.00", "--json");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json.get("outcome")).isEqualTo("ALLOWED");
        assertThat(json.get("firedRules")).isEqualTo(List.of("refund-t1-vip"));
        assertThat(json.get("headroom")).isEqualTo(List.of(
                Map.of("ruleId", "refund-t1-vip", "cap", "PER_REQUEST", "amount", "40.00", "currency", "EUR"),
                Map.of("ruleId", "refund-t1-vip", "cap", "CUSTOMER_PERIOD", "amount", "200.00", "currency", "EUR")));
    }

    @Test
    void aDenialExitsWithOne() throws Exception {
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--tier", "T1", "--action", "REFUND",
                "--amount", "250.00");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("DENIED: ").contains("200.00 EUR").contains("[rules: refund-t1]");
    }

    @Test
    void aBrokenPolicyIsBadInputNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, MATRIX + "refund-t3,REFUND,T9,*,1.00,2.00,MANAGER,EUR,,\n");

        CliRun run = CliRun.of("decide", "--policy", broken.toString(), "--tier", "T1", "--action", "REFUND",
                "--amount", "10.00");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cx decide: ").contains("broken.csv").contains("T9").hasLineCount(1);
    }

    /** A DRL file whose one rule runs {@code consequence} for every T1 refund. */
    private Path drl(String name, String consequence) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                package policies.failing;
                import dev.cxkit.rules.spi.Ruling;
                rule "fails"
                when
                    $r : Ruling()
                then
                    %s
                end
                """.formatted(consequence));
        return file;
    }

    @Test
    void aPolicyThatFailsWhileDecidingExitsWithThreeNeverWithADecisionsCode() throws Exception {
        // Issue 25 item 12: a failing DRL run used to exit 1, the code of a denial.
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--policy",
                drl("throws.drl", "if (true) { throw new IllegalStateException(\"broken rule\"); }").toString(),
                "--tier", "T1", "--action", "REFUND", "--amount", "10.00");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cx decide: the policy failed while deciding: ").contains("\"fails\"")
                .hasLineCount(1);
    }

    @Test
    void runningOutOfMemoryExitsWithThreeAndSaysSo() throws Exception {
        // The Error is thrown by the rule itself rather than provoked, so the test JVM keeps its memory.
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--policy",
                drl("oom.drl", "if (true) { throw new OutOfMemoryError(\"Java heap space\"); }").toString(),
                "--tier", "T1", "--action", "REFUND", "--amount", "10.00");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("out of memory", "Java heap space", "Maybe give Java more memory");
    }

    @Test
    void helpSaysThatDrlIsCode() {
        for (String command : List.of("decide", "audit")) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(command).contains("DRL", "are code", "exit the JVM", "run forever")
                    .isEqualTo(CliRun.of("help", command).out());
        }
    }

    @Test
    void unknownActionIsAUsageError() throws Exception {
        CliRun run = CliRun.of("decide", "--policy", matrix().toString(), "--tier", "T1", "--action", "BRIBE",
                "--amount", "10.00");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--action").contains("BRIBE").contains("REFUND");
    }

    private Path matrix() throws Exception {
        Path file = dir.resolve("authority.csv");
        Files.writeString(file, MATRIX);
        return file;
    }
}
