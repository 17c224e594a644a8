package dev.cxkit.benchmarks.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.Auditor;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;

/**
 * Rough throughput figures of the mistake audit: per-contact checks alone and a whole run, one thread,
 * on 35 generated days of 4,000 contacts held in memory, five rounds. A report, not a test: it prints
 * wall and CPU time, never judges them.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.audit.AuditThroughputMeasurement
 * </pre>
 */
public final class AuditThroughputMeasurement {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AuditThroughputMeasurement() {
    }

    /**
     * Generates the contacts and prints five rounds of figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        GeneratorConfig config = GeneratorConfig.builder().seed(7).days(35).contactsPerDay(4_000).build();
        List<Object> input = new ArrayList<>();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                input.add(interaction);
            }

            @Override
            public void caseEvent(CaseEvent event) {
                input.add(event);
            }
        });
        List<Interaction> contacts = input.stream().filter(Interaction.class::isInstance).map(Interaction.class::cast).toList();
        Auditor auditor = Auditor.builder().calendar(config.calendar())
                .policy(Policy.compile(List.of(PolicySource.authorityMatrix("generator-authority.csv",
                        AuthorityLimits.ofDefaults().toAuthorityMatrix()))))
                .build();
        Instant asOf = config.periodEnd();
        for (int round = 0; round < 5; round++) {
            long started = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            long findings = 0;
            for (Interaction interaction : contacts) {
                findings += auditor.checkContact(interaction, asOf).size();
            }
            report("checkContact", contacts.size(), System.nanoTime() - started, CPU.getCurrentThreadCpuTime() - cpu, findings);

            started = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            long[] count = new long[1];
            AuditRun run = auditor.start(asOf, f -> count[0]++);
            for (Object item : input) {
                if (item instanceof Interaction interaction) {
                    run.accept(interaction);
                } else {
                    run.accept((CaseEvent) item);
                }
            }
            run.finish();
            report("run", contacts.size(), System.nanoTime() - started, CPU.getCurrentThreadCpuTime() - cpu, count[0]);
        }
    }

    private static void report(String what, int contacts, long nanos, long cpuNanos, long findings) {
        System.out.println(String.format(Locale.ROOT,
                "%-12s %,9d contacts in %6.2f s wall = %,9.0f/s; %6.2f s CPU of this thread = %,9.0f/s (%,d findings)",
                what, contacts, nanos / 1e9, contacts / (nanos / 1e9), cpuNanos / 1e9, contacts / (cpuNanos / 1e9), findings));
    }
}
