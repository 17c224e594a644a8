package dev.cxkit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Auditor;
import dev.cxkit.cli.report.HourlyKpis;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.ServiceLevelConfig;
import dev.cxkit.kpi.StandardKpis;
import dev.cxkit.rules.Policy;
import dev.cxkit.synthetic.GeneratorConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx report}: the HTML report of {@code cx demo} on the user's own export: the scorecard,
 * volume and service level by hour, and the audit's findings by code and team. Two passes over the
 * input: the KPIs first, which find the end of the data, then the audit judged at that instant.
 */
@Command(name = "report", sortOptions = false,
        description = {"Write the HTML report of your own export: scorecard, hourly volume and service level, audit "
                + "findings by code and team.",
            "One self-contained page (no script, nothing fetched). The audit is judged at the end of the data, like "
                + "the KPIs; --no-audit leaves it out (the page then says 'audit not run', never 0)."},
        footer = {"", "Examples:",
            "  cx report --input data/interactions.jsonl --cases data/cases.jsonl --out report.html",
            "  cx report --input export.csv --zone Europe/Rome --targets targets.txt --roster agents.csv",
            "  cx report --input export.csv --no-audit --out /tmp/march.html"})
final class ReportCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--cases", paramLabel = "FILE",
            description = "Case events as JSON Lines, for the audit's REOPENED_CASE and NO_FOLLOW_UP.")
    @Nullable Path cases;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = HtmlReport.DEFAULT_FILE_NAME,
            description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    KpiOptions kpiOptions;

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets file, as for cx scorecard.")
    @Nullable Path targets;

    @Option(names = "--sl-formula", defaultValue = "3", paramLabel = "N",
            description = "Service-level formula the scorecard judges, 1 to 5 (default: ${DEFAULT-VALUE}).")
    int slFormula;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Authority policy for the audit's OVER_AUTHORITY; repeatable. Without it that check is "
                    + "left out.")
    List<Path> policies = new ArrayList<>();

    private @Nullable Policy compiledPolicy;

    @Option(names = "--no-audit", description = "Leave the audit out.")
    boolean noAudit;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Path file = out.toAbsolutePath().normalize();
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new BadInputException("--out " + out + ": the directory " + directory
                    + " does not exist.\nMaybe create it first?");
        }
        TargetsFile targetsFile = targets == null ? null : TargetsFile.read(targets);
        PrintWriter err = spec.commandLine().getErr();
        kpiOptions.zone = input.zoneOrUtc();
        StandardKpis kpis = kpiOptions.create();
        HourlyKpis hourly = HourlyKpis.create(kpiOptions.zone, ServiceLevelConfig.builder()
                .threshold(kpiOptions.threshold).shortAbandon(kpiOptions.shortAbandon).build());
        ReportForecast forecast = ReportForecast.create(kpiOptions.zone);
        ComparisonPanel comparisons = ComparisonPanel.create(kpiOptions.zone);
        ReasonReviewPanel reasons = ReasonReviewPanel.create(kpiOptions.zone);
        FeedbackPanel feedback = new FeedbackPanel();
        CoveragePanel coverage = new CoveragePanel();
        ContainmentPanel containment = new ContainmentPanel();
        ImportReport report = input.read(interaction -> {
            kpis.accept(interaction);
            hourly.accept(interaction);
            forecast.accept(interaction);
            comparisons.accept(interaction);
            reasons.accept(interaction);
            feedback.accept(interaction);
            coverage.accept(interaction);
            containment.accept(interaction);
        }, err, false);
        List<KpiValue> values = kpis.results();
        Scorecard.Report scorecard = ScorecardCommand.scorecard(slFormula, targetsFile, values).evaluate(values);
        Instant asOf = kpis.asOf();

        HtmlReport.Builder html = HtmlReport.builder()
                .title("cx report: " + input.file.getFileName())
                .fact("Contacts", String.format(Locale.ROOT, "%,d from %s", report.accepted(), input.file.getFileName()))
                .fact("Period", kpis.dataStart() + " to " + asOf)
                .fact("Judged as of", asOf + (kpiOptions.asOf == null ? " (the end of the data)" : " (--as-of)"))
                .scorecard(scorecard)
                .hourly(hourly);
        HtmlReport.ForecastPanel panel = forecast.panel();
        if (panel != null) {
            html.forecast(panel);
        }
        html.panel(comparisons.panel()).panel(reasons.panel());
        if (asOf != null) {
            html.panel(feedback.panel(asOf));
        }
        html.panel(coverage.panel());
        html.panel(containment.judgedAt(kpis.fcrJudgedAt()).panel());
        if (report.rejected() > 0) {
            html.fact("Rejected records", String.format(Locale.ROOT, "%,d (%.1f %%), left out", report.rejected(),
                    Rejects.share(report) * 100));
        }
        Instant fcrAt = kpis.fcrJudgedAt();
        if (fcrAt != null && kpis.config().fcr() instanceof FcrVariant.RepeatWindow) {
            html.fact("FCR", String.format(Locale.ROOT, "judged at the last contact, %s; %,d first contacts whose "
                    + "repeat window runs past it left out", fcrAt, kpis.fcrCounts().censored()));
        }
        if (!noAudit && asOf != null) {
            Progress.of(spec, "audit", false).phase("auditing as of " + asOf);
            List<AuditFinding> findings = new ArrayList<>();
            // The second pass reads the same records; its rejects were reported by the first.
            AuditPipeline.run(this::auditor, asOf, input, cases, Duration.ofDays(14), findings::add,
                    new PrintWriter(PrintWriter.nullWriter()), false);
            html.findings(findings);
        }
        if (asOf != null) {
            // Scored as of the end of the data, so a second pass like the audit's.
            // The same authority policy as the page's audit: none without --policy.
            QaPanel qa = QaPanel.of(GeneratorConfig.ofDefaults().calendar(), policy(), asOf);
            input.read(qa::accept, new PrintWriter(PrintWriter.nullWriter()), false);
            html.panel(qa.panel());
        }
        try {
            html.build().writeTo(file);
        } catch (UncheckedIOException e) {
            throw new BadInputException("--out " + out + ": cannot write the file ("
                    + e.getCause().getClass().getSimpleName() + ").\nMaybe its directory is read-only?");
        }
        spec.commandLine().getOut().println(file);
        err.println("cx report: wrote the report to " + file);
    }

    private Auditor auditor() {
        Auditor.Builder builder = Auditor.builder().calendar(GeneratorConfig.ofDefaults().calendar());
        Policy policy = policy();
        if (policy != null) {
            builder.policy(policy);
        }
        return builder.build();
    }

    /** The --policy files compiled once, for the audit and the QA panel alike; null without --policy. */
    private @Nullable Policy policy() {
        if (compiledPolicy == null && !policies.isEmpty()) {
            compiledPolicy = Policy.compile(policies.stream().map(DecideCommand::read).toList());
        }
        return compiledPolicy;
    }
}
