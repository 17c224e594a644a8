package dev.cxkit.audit;

import dev.cxkit.core.AuthorityLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.synthetic.TruthLabel;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Audits six weeks of generated contacts and compares the findings with the generator's ground
 * truth (TruthLabel). The policy is the generator's own {@link AuthorityLimits} written as an
 * authority matrix ({@link AuthorityLimits#toAuthorityMatrix()}: allow_up_to and the 30-day
 * period_cap per action and tier). Writes the per-code table to {@code target/audit-quality.md}.
 */
class AuditQualityTest {

    private static final GeneratorConfig CONFIG = GeneratorConfig.builder().seed(42).days(42).contactsPerDay(3_000).build();

    private static final List<Object> INPUT = new ArrayList<>();
    private static final AuditQuality QUALITY = AuditQuality.create();
    private static AuditQualityReport report;
    private static AuditSummary summary;

    @BeforeAll
    static void auditGeneratedData() throws IOException {
        SyntheticContactCentre.generate(CONFIG, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                INPUT.add(interaction);
            }

            @Override
            public void caseEvent(CaseEvent event) {
                INPUT.add(event);
            }

            @Override
            public void truth(TruthLabel label) {
                QUALITY.acceptTruth(label);
            }
        });
        Auditor auditor = Auditor.builder()
                .calendar(CONFIG.calendar())
                .policy(Policy.compile(List.of(PolicySource.authorityMatrix("generator-authority.csv",
                        CONFIG.authorityLimits().toAuthorityMatrix()))))
                .build();
        long started = System.nanoTime();
        AuditRun run = auditor.start(CONFIG.periodEnd(), QUALITY::acceptFinding);
        INPUT.forEach(o -> feed(run, o));
        summary = run.finish();
        long nanos = System.nanoTime() - started;
        report = QUALITY.report();

        String throughput = String.format(Locale.ROOT, "%,d interactions and %,d case events audited in %.2f s: %,.0f interactions/s"
                + " (one thread, in memory, no JSON, cold JVM; a measurement, not an assertion;"
                + " see benchmarks' AuditThroughputMeasurement for warm figures)",
                summary.interactions(), summary.caseEvents(), nanos / 1e9, summary.interactions() / (nanos / 1e9));
        String text = "# Audit quality on generated data\n\nGenerator: seed 42, 42 days from 2026-03-02, 3 000 contacts a day, "
                + "defaults otherwise (one spike). asOf = periodEnd.\n\n" + report.toMarkdown() + "\n" + throughput + "\n";
        Path out = Path.of("target", "audit-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    private static void feed(AuditRun run, Object item) {
        if (item instanceof Interaction interaction) {
            run.accept(interaction);
        } else {
            run.accept((CaseEvent) item);
        }
    }

    @Test
    void perContactCodesReachPrecisionAndRecallOf95Percent() {
        for (MistakeCode code : MistakeCode.values()) {
            if (code.scope() != MistakeCode.Scope.CONTACT) {
                continue;
            }
            AuditQualityReport.CodeQuality row = report.row(code);
            assertThat(row.truth()).as("truth labels of %s", code).isPositive();
            assertThat(row.precision().orElse(0)).as("precision of %s", code).isGreaterThanOrEqualTo(0.95);
            assertThat(row.recall().orElse(0)).as("recall of %s", code).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void crossContactAndCaseCodesAreFoundToo() {
        for (MistakeCode code : List.of(MistakeCode.REPEAT_CONTACT, MistakeCode.REOPENED_CASE, MistakeCode.NO_FOLLOW_UP,
                MistakeCode.ESCALATION_PATTERN, MistakeCode.CONTACT_REASON_SPIKE, MistakeCode.BOT_DEAD_END)) {
            AuditQualityReport.CodeQuality row = report.row(code);
            assertThat(row.truth()).as("truth labels of %s", code).isPositive();
            assertThat(row.precision().orElse(0)).as("precision of %s", code).isGreaterThanOrEqualTo(0.95);
            assertThat(row.recall().orElse(0)).as("recall of %s", code).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void summaryCountsEveryFindingAndNothingArrivedLate() {
        assertThat(summary.totalFindings()).isEqualTo(
                summary.findingsPerCode().values().stream().mapToLong(Long::longValue).sum());
        assertThat(summary.lateContacts()).isZero();
        assertThat(summary.lateCaseEvents()).isZero();
        assertThat(summary.topThemesPerQuarter()).containsKey("2026-Q1");
        assertThat(summary.topThemesPerQuarter().get("2026-Q1")).hasSize(3);
        assertThat(summary.trainingGaps()).hasSize((int) report.row(MistakeCode.ESCALATION_PATTERN).found());
    }
}
