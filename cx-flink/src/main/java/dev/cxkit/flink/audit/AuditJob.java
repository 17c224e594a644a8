package dev.cxkit.flink.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.flink.ScorecardJob;
import dev.cxkit.flink.audit.internal.AgentCounter;
import dev.cxkit.flink.audit.internal.AgentTally;
import dev.cxkit.flink.audit.internal.AuditFindingTypeInfo;
import dev.cxkit.flink.audit.internal.AuditGate;
import dev.cxkit.flink.audit.internal.AuditSettings;
import dev.cxkit.flink.audit.internal.ContactChecks;
import dev.cxkit.flink.audit.internal.EscalationJudge;
import dev.cxkit.flink.audit.internal.ReasonContact;
import dev.cxkit.flink.audit.internal.ReasonCounter;
import dev.cxkit.flink.audit.internal.ReasonWeek;
import dev.cxkit.flink.audit.internal.RepeatCheck;
import dev.cxkit.flink.audit.internal.SpikeJudge;
import dev.cxkit.flink.internal.JobArgs;
import dev.cxkit.flink.internal.QueuedAtWatermarks;
import dev.cxkit.flink.internal.RepeatProbe;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Auditor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The cxkit mistake audit as an Apache Flink DataStream job: the codes of
 * {@link Auditor} that need no case history, with the same findings as the single-machine
 * {@code Auditor.start(asOf, sink)} run on the same contacts.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * AuditJob job = AuditJob.create(AuditJobConfig.builder().asOf(Instant.parse("2026-04-01T00:00:00Z")).build());
 * AuditStreams out = job.findings(ScorecardJob.readJsonLines(env, "/data/interactions"));
 * out.findings().map(AuditJob::toJson).print();
 * env.execute("cxkit audit");
 * }</pre>
 *
 * <p>The dataflow: timestamps and watermarks from {@code queuedAt} and a lateness gate, as in
 * {@link ScorecardJob}; then
 * <ul>
 *   <li>per-contact codes (BROKEN_PROMISE, HOLD_OVER_STATED, LONG_HOLD, UNEXPLAINED_HOLD,
 *       SLOW_FIRST_REPLY, COLD_TRANSFER, MISSING_HANDOFF_SUMMARY, CUSTOMER_REPEATED_INFO,
 *       EMOTION_NOT_ACKNOWLEDGED, FEEDBACK_LOOP_OPEN, custom rules and, with a policy,
 *       OVER_AUTHORITY) in a {@code ProcessFunction} chained to the gate, one {@link Auditor} per task;</li>
 *   <li>REPEAT_CONTACT keyed by customer and reason, in event-time state that lives one repeat window;</li>
 *   <li>ESCALATION_PATTERN: counters keyed by agent, team and reason, judged keyed by tier (agents) or by kind (teams, reasons) when the period ends;</li>
 *   <li>CONTACT_REASON_SPIKE: weekly counts keyed by reason, judged in one task when the period ends.</li>
 * </ul>
 * "The period ends" is when the watermark passes {@code asOf} plus the allowed lateness, or the end
 * of bounded input. Contacts queued after {@code asOf} are outside the audited period and give
 * no finding, as in the single-machine run.
 *
 * <p>Not covered: REOPENED_CASE and NO_FOLLOW_UP (they need case histories; run the single-machine
 * audit on the case export), BOT_DEAD_END (its evidence waits for the customer's next contact), and OVER_AUTHORITY's cumulative caps across a customer's contacts
 * ({@link Auditor#checkContact} sees only the contact's own grants).
 *
 * <p>Thread-safety: immutable; the streams it builds follow Flink's rules.
 */
public final class AuditJob {

    private static final JsonFactory JSON = new JsonFactory();

    private final AuditJobConfig config;
    private final AuditSettings settings;

    private AuditJob(AuditJobConfig config) {
        this.config = config;
        this.settings = new AuditSettings(config.asOf(), config.thresholds(), config.calendar(), config.policy(),
                config.customRules(), config.maxOutOfOrderness(), config.allowedLateness());
    }

    /**
     * Creates a job and compiles its rules once, so that a broken custom rule or policy fails here,
     * on the client, and not in every task (about a second).
     *
     * @param config the auditor's settings, the period end and the event-time settings
     * @return the job
     * @throws dev.cxkit.rules.PolicyCompilationException if a custom rule or the policy does not compile
     */
    public static AuditJob create(AuditJobConfig config) {
        AuditJob job = new AuditJob(Checks.notNull(config, "config"));
        job.settings.auditor();
        return job;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public AuditJobConfig config() {
        return config;
    }

    /**
     * Builds the audit dataflow on a stream of interactions (from
     * {@link ScorecardJob#readJsonLines}, {@link ScorecardJob#parseJsonLines} or any source).
     * Timestamps and watermarks are assigned here, from {@code queuedAt}; any the stream already had
     * are replaced.
     *
     * @param interactions the interactions
     * @return the findings and the late contacts
     */
    public AuditStreams findings(DataStream<Interaction> interactions) {
        Checks.notNull(interactions, "interactions");
        SingleOutputStreamOperator<Interaction> contacts = interactions
                .assignTimestampsAndWatermarks(QueuedAtWatermarks.strategy(settings.outOfOrdernessMillis()))
                .name("cxkit-audit-queued-at-watermarks")
                .process(new AuditGate(settings.allowedLatenessMillis())).name("cxkit-audit-lateness-gate")
                .returns(TypeInformation.of(Interaction.class));

        Instant asOf = config.asOf();
        DataStream<AuditFinding> perContact = contacts.process(new ContactChecks(settings))
                .name("cxkit-audit-contact-checks").returns(AuditFindingTypeInfo.INSTANCE);

        DataStream<AuditFinding> repeats = contacts
                .flatMap((Interaction interaction, Collector<RepeatProbe> out) -> {
                    ContactReason reason = interaction.reason();
                    if (reason != null && !interaction.queuedAt().isAfter(asOf)) {
                        out.collect(RepeatProbe.forAudit(interaction, reason));
                    }
                }).returns(TypeInformation.of(RepeatProbe.class)).name("cxkit-audit-repeat-probes")
                .keyBy(RepeatProbe::key)
                .process(new RepeatCheck(settings)).name("cxkit-audit-repeat-by-customer-and-reason")
                .returns(AuditFindingTypeInfo.INSTANCE);

        DataStream<AuditFinding> escalations = contacts
                .flatMap((Interaction interaction, Collector<AgentTally> out) -> {
                    if (interaction.agentId() != null && !interaction.isAbandoned()
                            && interaction.isRecorded(InteractionFact.TRANSFERS) && !interaction.queuedAt().isAfter(asOf)) {
                        out.collect(AgentTally.of(interaction, interaction.agentId().value()));
                        if (interaction.team() != null) {
                            out.collect(AgentTally.ofGroup(interaction, AgentTally.TEAM, interaction.team().value()));
                        }
                        if (interaction.reason() != null) {
                            out.collect(AgentTally.ofGroup(interaction, AgentTally.REASON, interaction.reason().key()));
                        }
                    }
                }).returns(TypeInformation.of(AgentTally.class)).name("cxkit-audit-agent-contacts")
                .keyBy(AgentTally::counterKey)
                .process(new AgentCounter(settings)).name("cxkit-audit-escalations-by-agent")
                .returns(TypeInformation.of(AgentTally.class))
                .keyBy(tally -> Objects.requireNonNull(tally.tier(), "tier"))
                .process(new EscalationJudge(settings)).name("cxkit-audit-escalations-by-tier")
                .returns(AuditFindingTypeInfo.INSTANCE);

        DataStream<AuditFinding> spikes = contacts
                .flatMap((Interaction interaction, Collector<ReasonContact> out) -> {
                    ContactReason reason = interaction.reason();
                    if (reason != null && !interaction.queuedAt().isAfter(asOf)) {
                        out.collect(new ReasonContact(reason.key(), interaction.queuedAt()));
                    }
                }).returns(TypeInformation.of(ReasonContact.class)).name("cxkit-audit-reason-contacts")
                .keyBy(ReasonContact::reason)
                .process(new ReasonCounter(settings)).name("cxkit-audit-weeks-by-reason")
                .returns(TypeInformation.of(ReasonWeek.class))
                .keyBy(week -> SpikeJudge.KEY)
                .process(new SpikeJudge(settings)).name("cxkit-audit-reason-spikes")
                .returns(AuditFindingTypeInfo.INSTANCE);

        return new AuditStreams(perContact.union(repeats, escalations, spikes), contacts.getSideOutput(AuditGate.LATE));
    }

    /**
     * One finding as a JSON object on one line, with the fields of the record ({@code code},
     * {@code severity}, {@code ruleId}, {@code occurredAt}, the ids that are set, {@code evidence} in
     * its order, {@code threshold}, {@code fix}).
     *
     * @param finding the finding
     * @return the JSON document, without a line end
     */
    public static String toJson(AuditFinding finding) {
        Checks.notNull(finding, "finding");
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("code", finding.code().name());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("occurredAt", finding.occurredAt().toString());
            if (finding.interactionId() != null) {
                json.writeStringField("interactionId", finding.interactionId().value());
            }
            if (finding.caseId() != null) {
                json.writeStringField("caseId", finding.caseId().value());
            }
            if (finding.agentId() != null) {
                json.writeStringField("agentId", finding.agentId().value());
            }
            if (finding.team() != null) {
                json.writeStringField("team", finding.team().value());
            }
            json.writeObjectFieldStart("evidence");
            for (Map.Entry<String, String> entry : finding.evidence().entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeStringField("threshold", finding.threshold());
            json.writeStringField("fix", finding.fix());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Runs the audit on JSON Lines files and prints one JSON line per finding (and one
     * {@code late <id> <queuedAt>} line per late contact on standard error). Submit it with
     * {@code flink run -c dev.cxkit.flink.audit.AuditJob cx-flink-<version>-job.jar --input <path> --as-of <instant>}.
     *
     * <p>Options: {@code --input PATH} (repeatable; a file or a directory), {@code --as-of INSTANT}
     * (required, the period end), {@code --zone ZONE} (weeks; an always-open calendar in that zone,
     * default UTC), {@code --policy FILE} (repeatable; enables OVER_AUTHORITY), {@code --rules FILE}
     * (repeatable; custom DRL), {@code --out-of-orderness PT5M}, {@code --allowed-lateness PT1H}.
     *
     * @param args the options
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        List<PolicySource> policy = new ArrayList<>();
        AuditJobConfig.Builder config = AuditJobConfig.builder();
        Map<String, Consumer<String>> options = new LinkedHashMap<>();
        options.put("--input", inputs::add);
        options.put("--as-of", value -> config.asOf(Instant.parse(value)));
        options.put("--zone", value -> config.calendar(BusinessCalendar.alwaysOpen(ZoneId.of(value))));
        options.put("--policy", value -> policy.add(PolicySource.read(Path.of(value))));
        options.put("--rules", value -> {
            PolicySource rule = PolicySource.read(Path.of(value));
            config.customRule(rule.name(), rule.content());
        });
        options.put("--out-of-orderness", value -> config.maxOutOfOrderness(Duration.parse(value)));
        options.put("--allowed-lateness", value -> config.allowedLateness(Duration.parse(value)));
        JobArgs.parse(args, options);
        JobArgs.requireInput(inputs, "--input interactions.jsonl --as-of 2026-04-01T00:00:00Z");
        StreamExecutionEnvironment env = JobArgs.streamingEnvironment();
        AuditStreams out = create(config.policy(policy).build())
                .findings(ScorecardJob.readJsonLines(env, inputs.toArray(new String[0])));
        out.findings().map(AuditJob::toJson).name("cxkit-audit-json").print();
        out.lateContacts().map(late -> "late " + late.id().value() + " " + late.queuedAt()).name("cxkit-audit-late")
                .printToErr();
        env.execute("cxkit audit");
    }
}
