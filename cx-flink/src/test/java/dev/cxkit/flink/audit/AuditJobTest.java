package dev.cxkit.flink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.io.InteractionWriter;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.flink.ScorecardJob;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.Auditor;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit job on a MiniCluster (two slots) against the single-machine {@code Auditor.start(asOf, sink)}
 * run over the same generated contacts: the same findings, record for record, for every code the job covers.
 */
class AuditJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** The codes that need case events; the job leaves them to the single-machine audit. */
    // BOT_DEAD_END (issue 22) runs only in AuditRun so far: its evidence waits for the customer's next contact.
    private static final Set<MistakeCode> NOT_COVERED = EnumSet.of(MistakeCode.REOPENED_CASE, MistakeCode.NO_FOLLOW_UP,
            MistakeCode.BOT_DEAD_END);

    // 42 days from Monday 2026-03-02 in Europe/Berlin (the generator's calendar): six complete weeks, the
    // generator's planned spike in the fifth. Lower escalation and spike bars than the defaults, so that the
    // small data set gives findings of both period-wide codes.
    private static final GeneratorConfig DATA = GeneratorConfig.builder().seed(11).startDate(LocalDate.of(2026, 3, 2))
            .days(42).contactsPerDay(150).build();
    private static final AuditThresholds THRESHOLDS = AuditThresholds.builder().escalationMinContacts(10)
            .escalationMadFactor(1.0).spikeSigmas(2.0).build();

    @TempDir
    static Path dir;

    private static final List<Interaction> interactions = new ArrayList<>();
    private static String[] files = new String[0];

    @BeforeAll
    static void generate() throws Exception {
        SyntheticContactCentre.generate(DATA, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                interactions.add(interaction);
            }
        });
        interactions.sort(Comparator.comparing(Interaction::queuedAt));
        files = new String[] {dir.resolve("a.jsonl").toString(), dir.resolve("b.jsonl").toString()};
        try (InteractionWriter a = InteractionWriter.jsonLines(Path.of(files[0]));
                InteractionWriter b = InteractionWriter.jsonLines(Path.of(files[1]))) {
            for (int i = 0; i < interactions.size(); i++) {
                (i % 2 == 0 ? a : b).write(interactions.get(i));
            }
            // The first contact again at the end of a file, 42 days behind that file's watermark: late. If it were
            // audited, its per-contact findings would come twice and the comparison below would fail.
            a.write(interactions.get(0));
        }
    }

    private static Map<MistakeCode, List<AuditFinding>> byCode(List<AuditFinding> findings) {
        Map<MistakeCode, List<AuditFinding>> map = new EnumMap<>(MistakeCode.class);
        findings.forEach(f -> map.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
        return map;
    }

    @Test
    void findsWhatTheSingleMachineRunFindsAndCountsTheLateContact() throws Exception {
        AuditJobConfig config = AuditJobConfig.builder().asOf(DATA.periodEnd()).thresholds(THRESHOLDS)
                .calendar(DATA.calendar()).build();

        List<AuditFinding> expected = new ArrayList<>();
        AuditRun reference = Auditor.builder().thresholds(THRESHOLDS).calendar(DATA.calendar()).build()
                .start(DATA.periodEnd(), expected::add);
        interactions.forEach(reference::accept);
        reference.finish();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.setParallelism(2);
        env.getConfig().enableObjectReuse();
        AuditStreams streams = AuditJob.create(config).findings(ScorecardJob.readJsonLines(env, files));
        CloseableIterator<AuditFinding> findings = streams.findings().collectAsync();
        CloseableIterator<Interaction> lateContacts = streams.lateContacts().collectAsync();
        env.execute("audit test");
        List<AuditFinding> actual = new ArrayList<>();
        List<Interaction> late = new ArrayList<>();
        findings.forEachRemaining(actual::add);
        lateContacts.forEachRemaining(late::add);
        findings.close();
        lateContacts.close();

        Map<MistakeCode, List<AuditFinding>> want = byCode(expected);
        Map<MistakeCode, List<AuditFinding>> got = byCode(actual);
        // Not vacuous: the reference has findings of every code but OVER_AUTHORITY (no policy) and the case codes
        // (no case events), REPEAT_CONTACT (1 097), ESCALATION_PATTERN (20: 16 agents, 1 team, 3 reasons) and
        // CONTACT_REASON_SPIKE (3) included.
        Set<MistakeCode> present = EnumSet.allOf(MistakeCode.class);
        present.removeAll(NOT_COVERED);
        present.remove(MistakeCode.OVER_AUTHORITY);
        // The reference finds BOT_DEAD_END too (the generator's bot sessions); the job does not cover it.
        want.remove(MistakeCode.BOT_DEAD_END);
        assertThat(want.keySet()).isEqualTo(present);
        // Teams and reasons are judged by both engines too (issue 26 item 5), not only agents.
        assertThat(want.get(MistakeCode.ESCALATION_PATTERN)).extracting(AuditFinding::ruleId)
                .contains("escalation-pattern", "escalation-pattern-team", "escalation-pattern-reason");
        NOT_COVERED.forEach(want::remove);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((code, list) -> {
            // Multisets: a finding the job reports twice, or one it misses, shows as a difference.
            List<AuditFinding> missing = new ArrayList<>(list);
            List<AuditFinding> extra = new ArrayList<>();
            for (AuditFinding finding : got.get(code)) {
                if (!missing.remove(finding)) {
                    extra.add(finding);
                }
            }
            assertThat(missing).as(code + " only in the single-machine run").isEmpty();
            assertThat(extra).as(code + " only in the job").isEmpty();
        });
        assertThat(late).extracting(Interaction::id).containsExactly(interactions.get(0).id());
    }
}
