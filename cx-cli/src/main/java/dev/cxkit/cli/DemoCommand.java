package dev.cxkit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.cxkit.core.Agent;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GenerationSummary;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.cli.report.DecisionExample;
import dev.cxkit.cli.report.HourlyKpis;
import dev.cxkit.cli.report.HtmlReport;
import java.util.EnumMap;
import java.util.ArrayList;
import dev.cxkit.audit.Auditor;
import dev.cxkit.audit.AuditSummary;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditQualityReport;
import dev.cxkit.audit.AuditQuality;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.Policy;
import dev.cxkit.synthetic.TruthLabel;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.kpi.ChurnByFirstContact;
import dev.cxkit.kpi.Comparison;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.ErlangCResult;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingOptions;
import dev.cxkit.kpi.staffing.TrafficLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.FindingFields;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.json.internal.DecisionFields;
import dev.cxkit.json.internal.JsonText;

/**
 * {@code cx demo}: the whole story on generated data. Generates five weeks of a mid-size contact
 * centre in memory (streamed, never written), computes the standard KPIs and the scorecard, staffs
 * the busiest phone half-hour with Erlang C, takes six empowerment decisions across tiers, and lists
 * the mistakes the generator injected. Unless {@code --no-report} is given it also writes the HTML
 * report ({@link HtmlReport}) to {@code cx-report.html} or the {@code --report} file, and names the
 * file on standard error.
 */
@Command(name = "demo", sortOptions = false,
        description = "Generate five weeks of a mid-size contact centre: scorecard, staffing, decisions and mistakes.",
        footer = {"", "Examples:", "  cx demo", "  cx demo --seed 7 --json", "  cx demo --report /tmp/march.html",
            "  cx demo --no-report"})
final class DemoCommand implements Runnable {

    /** What the demo cannot show yet, and the work that will add it; printed, never faked. */
    static final String[] PENDING = {};

    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = HtmlReport.DEFAULT_FILE_NAME,
            description = "Write the HTML report to FILE (default: ${DEFAULT-VALUE} in the working directory).")
    Path report;

    @Option(names = "--no-report", description = "Do not write the HTML report.")
    boolean noReport;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        long started = System.nanoTime();
        Path reportFile = report.toAbsolutePath().normalize();
        Path reportDirectory = reportFile.getParent();
        if (!noReport && (reportDirectory == null || !Files.isDirectory(reportDirectory))) {
            // Checked before a minute of work, not after it.
            throw new BadInputException("--report " + report + ": the directory " + reportDirectory
                    + " does not exist.\nMaybe create it first, or pass --no-report?");
        }
        GeneratorConfig config = GenerateCommand.config(seed, 35, null);
        Progress progress = Progress.of(spec, "demo", json);
        progress.phase("generating 35 days, computing KPIs and auditing as the data streams");
        Story story = new Story(config);
        GenerationSummary summary = SyntheticContactCentre.generate(config, story);
        progress.phase("staffing, deciding and finishing the audit");
        Scorecard.Report scorecard = Scorecard.ofDefaults().evaluate(story.kpis.results());
        Staffing staffing = story.busiestPhoneInterval();
        AuditSummary audit = story.audit.finish();
        AuditQualityReport quality = story.quality.report();
        List<DemoDecisions.Example> decisions = DemoDecisions.run(DemoDecisions.policy(), summary.periodEnd());
        if (!noReport) {
            progress.phase("writing the report");
            // Written before anything is printed, so a failure never leaves results looking complete.
            writeReport(reportFile, config, summary, scorecard, staffing, decisions, story);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, config, summary, scorecard, staffing, decisions, audit, story, quality);
        } else {
            printText(out, config, summary, scorecard, staffing, decisions, story.teams.size(), seconds);
            printMeasures(out, story, summary);
            printAudit(out, audit, story, quality);
        }
    }

    private void writeReport(Path file, GeneratorConfig config, GenerationSummary summary, Scorecard.Report scorecard,
            Staffing staffing, List<DemoDecisions.Example> decisions, Story story) {
        ErlangCResult r = staffing.result();
        HtmlReport.Builder html = HtmlReport.builder()
                .title(String.format(Locale.ROOT, "cx demo: %d days of a mid-size contact centre", config.days()))
                .fact("Period", config.startDate() + " to " + config.startDate().plusDays(config.days() - 1L)
                        + " (" + config.zone() + ")")
                .fact("Contacts", String.format(Locale.ROOT, "%,d", summary.interactions()))
                .fact("Agents", String.format(Locale.ROOT, "%,d in %d teams", summary.agents(), story.teams.size()))
                .fact("Busiest phone half-hour", String.format(Locale.ROOT,
                        "%s, %,d calls: %d agents on the phones for 80 %% in 20 s, %d scheduled",
                        WHEN.format(ZonedDateTime.ofInstant(staffing.start(), config.zone())), staffing.calls(),
                        r.agents(), r.scheduledAgents()))
                .fact("Seed", Long.toString(seed))
                .scorecard(scorecard)
                .hourly(story.hourly)
                .findings(story.findings);
        HtmlReport.ForecastPanel panel = story.forecast.panel();
        if (panel != null) {
            html.forecast(panel);
        }
        html.panel(story.comparisons.panel()).panel(story.reasons.panel()).panel(story.feedback.panel(summary.periodEnd()));
        html.panel(story.qa.panel());
        html.panel(story.coverage.panel());
        html.panel(story.containment.panel());
        for (DemoDecisions.Example example : decisions) {
            html.decision(new DecisionExample(example.story(), example.request(), example.decision()));
        }
        try {
            html.build().writeTo(file);
        } catch (UncheckedIOException e) {
            throw new BadInputException("--report " + report + ": cannot write the file ("
                    + e.getCause().getClass().getSimpleName() + ").\nMaybe its directory does not exist or is read-only?");
        }
        spec.commandLine().getErr().println("cx demo: wrote the report to " + file);
    }

    private void printText(PrintWriter out, GeneratorConfig config, GenerationSummary summary,
            Scorecard.Report scorecard, Staffing staffing, List<DemoDecisions.Example> decisions, int teams,
            double seconds) {
        out.printf(Locale.ROOT, "cx demo: %d days of a mid-size contact centre, generated from seed %d in %.1f s%n",
                config.days(), seed, seconds);
        out.printf(Locale.ROOT, "  %s to %s (%s)%n%n", config.startDate(), config.startDate().plusDays(config.days() - 1L),
                config.zone());
        StringBuilder mix = new StringBuilder();
        for (Channel channel : Channel.values()) {
            long n = summary.interactionsPerChannel().get(channel);
            mix.append(String.format(Locale.ROOT, "  %s %.1f %%", channel.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    100.0 * n / Math.max(1, summary.interactions())));
        }
        out.printf(Locale.ROOT, "%,d contacts:%s%n", summary.interactions(), mix);
        out.printf(Locale.ROOT, "%,d agents in %d teams, %,d cases%n%n", summary.agents(), teams, summary.cases());

        out.println("Scorecard against the benchmarks (docs/kpis.md#scorecard-defaults)");
        out.println(indent(scorecard.toText()));

        out.printf(Locale.ROOT, "Staffing the busiest phone half-hour, %s (%s): %,d calls, AHT %s%n",
                WHEN.format(ZonedDateTime.ofInstant(staffing.start(), config.zone())), config.zone(), staffing.calls(),
                KpiUnit.SECONDS.format(staffing.aht().toMillis() / 1000.0));
        ErlangCResult r = staffing.result();
        out.printf(Locale.ROOT, "  Erlang C for 80 %% answered within 20 s: %d agents on the phones, %d scheduled at 30 %% "
                + "shrinkage (occupancy capped at 85 %%)%n", r.agents(), r.scheduledAgents());
        out.printf(Locale.ROOT, "  P(wait) %.1f %%, service level %.1f %%, ASA %.1f s, occupancy %.1f %%%n%n",
                r.probabilityOfWaiting() * 100, r.serviceLevel() * 100, r.averageSpeedOfAnswerSeconds(), r.occupancy() * 100);

        out.println("Empowerment decisions (policy/authority.csv + policy/vip-complaint.drl, "
                + decisions.get(0).decision().policyVersion() + ")");
        for (DemoDecisions.Example example : decisions) {
            out.printf(Locale.ROOT, "  %s%n    -> %s%n", example.story(), DecisionOutput.text(example.decision()));
        }
        out.println();

        if (PENDING.length > 0) {
            out.println("Not in this demo yet:");
            for (String pending : PENDING) {
                out.println("  - " + pending);
            }
        }
    }

    /** One line per measure of issue 22; the report has a panel for each. */
    private static void printMeasures(PrintWriter out, Story story, GenerationSummary summary) {
        out.println("New measures (docs/kpis.md; the report has a panel for each)");
        Comparison effort = story.comparisons.groupComparisons().get(0).comparison();
        out.printf(Locale.ROOT, "  Effort (CES 1-5) where frustration was not acknowledged: %s %s (%,d answers against %,d)%n",
                ComparisonText.difference(effort), ComparisonText.verdict(effort), effort.second().count(),
                effort.first().count());
        out.println("  " + story.qa.summary());
        out.println("  Out of hours: " + story.coverage.summary());
        out.println("  " + FeedbackPanel.lead(story.feedback.items(summary.periodEnd())));
        out.println("  Self-service: " + story.containment.panel().lead());
        Comparison churn = story.churn.comparison();
        out.printf(Locale.ROOT, "  Churn after an unresolved first contact against a resolved one: %s %s%n%n",
                ComparisonText.difference(churn), ComparisonText.verdict(churn));
    }

    private static void printAudit(PrintWriter out, AuditSummary audit, Story story, AuditQualityReport quality) {
        out.printf(Locale.ROOT, "Mistake audit: %,d findings (by code, one example each with its evidence)%n",
                audit.totalFindings());
        FindingText.printByCode(out, audit, story.examples());
        FindingText.printSummary(out, audit);
        double minPrecision = 1;
        double minRecall = 1;
        for (AuditQualityReport.CodeQuality row : quality.rows().values()) {
            minPrecision = Math.min(minPrecision, row.precision().orElse(1));
            minRecall = Math.min(minRecall, row.recall().orElse(1));
        }
        out.printf(Locale.ROOT, "%nScored against the generator's ground truth: precision >= %.3f and recall >= %.3f "
                + "for every code (cx audit --truth prints the table).%n", minPrecision, minRecall);
    }

    private void printJson(PrintWriter out, GeneratorConfig config, GenerationSummary summary, Scorecard.Report scorecard,
            Staffing staffing, List<DemoDecisions.Example> decisions, AuditSummary audit, Story story,
            AuditQualityReport quality) {
        out.println(JsonText.render(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("dataset");
            g.writeNumberField("seed", seed);
            g.writeNumberField("days", config.days());
            g.writeStringField("zone", config.zone().getId());
            GenerateCommand.writeSummary(g, summary);
            g.writeEndObject();
            g.writeFieldName("scorecard");
            ScorecardFields.write(g, scorecard);
            ErlangCResult r = staffing.result();
            g.writeObjectFieldStart("staffing");
            g.writeStringField("channel", Channel.PHONE.name());
            g.writeStringField("intervalStart", staffing.start().toString());
            g.writeStringField("interval", INTERVAL.toString());
            g.writeNumberField("calls", staffing.calls());
            g.writeNumberField("ahtSeconds", staffing.aht().toMillis() / 1000.0);
            StaffingCommand.writeFigures(g, r);
            g.writeEndObject();
            g.writeArrayFieldStart("decisions");
            for (DemoDecisions.Example example : decisions) {
                g.writeStartObject();
                g.writeStringField("story", example.story());
                g.writeStringField("tier", example.request().agentTier().name());
                g.writeStringField("action", example.request().action().name());
                g.writeStringField("amount", example.request().amount().toString());
                g.writeStringField("segment", example.request().segment().name());
                DecisionFields.writeFields(g, example.decision());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("audit");
            g.writeObjectFieldStart("counts");
            for (Map.Entry<MistakeCode, Long> count : audit.findingsPerCode().entrySet()) {
                g.writeNumberField(count.getKey().name(), count.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("examples");
            for (List<AuditFinding> examples : story.examples().values()) {
                for (AuditFinding finding : examples) {
                    FindingFields.writeFinding(g, finding);
                }
            }
            g.writeEndArray();
            FindingText.writeSummaryJson(g, audit);
            FindingText.writeQualityJson(g, quality);
            g.writeEndObject();
            g.writeObjectFieldStart("measures");
            g.writeFieldName("effortByAcknowledgement");
            ComparisonText.writeJson(g, story.comparisons.groupComparisons().get(0).comparison());
            g.writeFieldName("churnByFirstContact");
            ComparisonText.writeJson(g, story.churn.comparison());
            story.containment.writeJson(g);
            g.writeEndObject();
            g.writeArrayFieldStart("pending");
            for (String pending : PENDING) {
                g.writeString(pending);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private static String indent(String text) {
        return "  " + text.stripTrailing().replace("\n", "\n  ") + "\n";
    }

    /** The busiest half-hour of phone arrivals, its AHT, and the Erlang C answer for it. */
    record Staffing(Instant start, long calls, Duration aht, ErlangCResult result) {
    }

    /** Feeds the generated data into the KPIs and the per-interval phone counts. */
    private static final class Story implements GeneratedDataSink {
        final StandardKpis kpis = StandardKpis.create();
        final Set<TeamId> teams = new TreeSet<>();
        final HourlyKpis hourly;
        /** Half-hour counts for the report's forecast and staffing panel. */
        final ReportForecast forecast;
        /** Group and week-over-week comparisons for the report (issue 22). */
        final ComparisonPanel comparisons;
        /** The weekly review of recurring and escalated reasons (issue 22). */
        final ReasonReviewPanel reasons;
        /** Feedback as work items (issue 22). */
        final FeedbackPanel feedback = new FeedbackPanel();
        /** Churn after a resolved or unresolved first contact, from the generator's churn events (issue 22). */
        final ChurnByFirstContact churn;
        final CoveragePanel coverage = new CoveragePanel();
        final ContainmentPanel containment = new ContainmentPanel();
        /** Per half-hour: phone arrivals, answered calls, and their summed handle time in milliseconds. */
        final Map<Instant, long[]> phone = new TreeMap<>();

        final List<AuditFinding> findings = new ArrayList<>();
        final AuditQuality quality = AuditQuality.create();
        final AuditRun audit;
        final QaPanel qa;

        Story(GeneratorConfig config) {
            this.qa = QaPanel.of(config.calendar(), config.periodEnd());
            this.hourly = HourlyKpis.create(config.zone());
            this.forecast = ReportForecast.create(config.zone());
            this.comparisons = ComparisonPanel.create(config.zone());
            this.reasons = ReasonReviewPanel.create(config.zone());
            this.churn = ChurnByFirstContact.create(config.periodEnd());
            Auditor auditor = Auditor.builder().calendar(config.calendar())
                    // The audit judges by the limits the generator kept: one model of tier authority.
                    .policy(Policy.compile(List.of(PolicySource.authorityMatrix("generator-authority.csv",
                            config.authorityLimits().toAuthorityMatrix()))))
                    .build();
            this.audit = auditor.start(config.periodEnd(), finding -> {
                findings.add(finding);
                quality.acceptFinding(finding);
            });
        }

        /** The first finding of each code, in catalog order. */
        Map<MistakeCode, List<AuditFinding>> examples() {
            Map<MistakeCode, List<AuditFinding>> first = new EnumMap<>(MistakeCode.class);
            for (AuditFinding finding : findings) {
                first.putIfAbsent(finding.code(), List.of(finding));
            }
            return first;
        }

        @Override
        public void caseEvent(CaseEvent event) {
            audit.accept(event);
        }

        @Override
        public void truth(TruthLabel label) {
            quality.acceptTruth(label);
        }

        @Override
        public void customerEvent(CustomerEvent event) {
            churn.acceptEvent(event);
        }

        @Override
        public void agent(Agent agent) {
            kpis.acceptAgent(agent);
            teams.add(agent.team());
        }

        @Override
        public void interaction(Interaction interaction) {
            kpis.accept(interaction);
            audit.accept(interaction);
            qa.accept(interaction);
            hourly.accept(interaction);
            forecast.accept(interaction);
            comparisons.accept(interaction);
            reasons.accept(interaction);
            feedback.accept(interaction);
            churn.accept(interaction);
            coverage.accept(interaction);
            containment.accept(interaction);
            if (interaction.channel() == Channel.PHONE) {
                long epoch = interaction.queuedAt().getEpochSecond();
                Instant bucket = Instant.ofEpochSecond(epoch - Math.floorMod(epoch, INTERVAL.getSeconds()));
                long[] counts = phone.computeIfAbsent(bucket, b -> new long[3]);
                counts[0]++;
                Duration handleTime = interaction.handleTime();
                if (!interaction.isAbandoned() && handleTime != null) {
                    counts[1]++;
                    counts[2] += handleTime.toMillis();
                }
            }
        }

        Staffing busiestPhoneInterval() {
            Map.Entry<Instant, long[]> busiest = null;
            for (Map.Entry<Instant, long[]> entry : phone.entrySet()) {
                if (busiest == null || entry.getValue()[0] > busiest.getValue()[0]) {
                    busiest = entry;
                }
            }
            if (busiest == null || busiest.getValue()[1] == 0) {
                throw new IllegalStateException("The generated data has no answered phone call to staff for.");
            }
            long[] counts = busiest.getValue();
            Duration aht = Duration.ofMillis(counts[2] / counts[1]);
            ErlangCResult result = ErlangC.of(TrafficLoad.perInterval(counts[0], INTERVAL), aht)
                    .agentsFor(ServiceLevelTarget.of(0.8, Duration.ofSeconds(20)),
                            StaffingOptions.builder().shrinkage(0.3).maxOccupancy(0.85).build());
            return new Staffing(busiest.getKey(), counts[0], aht, result);
        }
    }
}
