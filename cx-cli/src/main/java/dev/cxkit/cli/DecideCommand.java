package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.DecisionFields;
import dev.cxkit.json.internal.JsonText;

/** {@code cx decide}: one empowerment decision against a policy. */
@Command(name = "decide", sortOptions = false,
        description = "May an agent of this tier grant this much? Allowed, needs approval (by whom) or denied.",
        footer = {"", "Exit code 1 when the request is denied; 3 when the policy fails while deciding (its rules throw,",
            "loop or run longer than 2 s) or memory runs out.", "",
            "DRL and decision tables are code: they run inside this process with its rights, so a DRL file can",
            "read and write files, start programs, exit the JVM, run forever or use up memory. Only pass --policy",
            "files you would run as a program. The 2 s bound stops rules that keep firing, not one that never",
            "returns. Authority-matrix CSV files are data and run no code.", "", "Examples:",
            "  cx decide --policy authority.csv --tier T1 --action REFUND --amount 120.00 --currency EUR",
            "  cx decide --policy authority.csv --policy vip.drl --tier T1 --action REFUND --amount 180.00 \\",
            "            --currency EUR --segment VIP --flag hasOpenComplaint --granted 40.00 --json"})
final class DecideCommand implements Callable<Integer> {

    @Option(names = "--policy", required = true, paramLabel = "FILE",
            description = "Policy sources: authority matrix (.csv), DRL (.drl) or decision table (.drl.csv); repeatable.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--tier", required = true, description = "Agent tier: ${COMPLETION-CANDIDATES}.")
    Tier tier;

    @Option(names = "--action", required = true, description = "Action: ${COMPLETION-CANDIDATES}.")
    Action action;

    @Option(names = "--amount", required = true, description = "Amount, e.g. 120.00, or 10%% for DISCOUNT.")
    String amount;

    @Option(names = "--currency", defaultValue = "EUR", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--segment", defaultValue = "STANDARD", description = "Customer segment (default: ${DEFAULT-VALUE}).")
    String segment;

    @Option(names = "--granted", paramLabel = "AMOUNT",
            description = "Already granted to this customer for this action in the current period (default: 0).")
    String granted;

    @Option(names = "--channel", defaultValue = "PHONE", description = "Channel (default: ${DEFAULT-VALUE}).")
    Channel channel;

    @Option(names = "--flag", paramLabel = "NAME", description = "A fact for DRL rules, e.g. hasOpenComplaint; repeatable.")
    List<String> flags = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", description = "When the request is made (default: now).")
    Instant at;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Policy policy = Policy.compile(policies.stream().map(DecideCommand::read).toList());
        Decision decision = policy.decide(request(at != null ? InstantBounds.check(at, "--at") : InstantSource.system().instant()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                DecisionFields.writeFields(g, decision);
                g.writeEndObject();
            }));
        } else {
            out.println(DecisionOutput.text(decision));
            out.println("policy " + decision.policyVersion());
        }
        return decision instanceof Denied ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private DecisionRequest request(Instant when) {
        Amount value = Amount.parse(amount, currency);
        DecisionRequest.Builder builder = DecisionRequest.builder()
                .agent(AgentId.of("cli-agent"), tier)
                .action(action, value)
                .customer(CustomerId.of("cli-customer"), Segment.of(segment))
                .channel(channel)
                .at(when);
        if (granted != null) {
            builder.grantedToCustomer(Money.of(granted, currency));
        } else if (value instanceof Money money) {
            builder.grantedToCustomer(Money.zero(money.currency()));
        }
        flags.forEach(flag -> builder.flag(flag, true));
        return builder.build();
    }

    static PolicySource read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File not found: " + file + " (--policy).");
        }
        return PolicySource.read(file);
    }
}
