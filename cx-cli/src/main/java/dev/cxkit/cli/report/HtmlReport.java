package dev.cxkit.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.cxkit.cli.report.internal.ReportPage;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.ServiceLevelConfig;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.wfm.ForecastOutcome;
import dev.cxkit.wfm.InsufficientHistory;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.StaffingPlan;
import org.jspecify.annotations.Nullable;

/**
 * A self-contained HTML page for a team lead: the scorecard against the benchmarks, contact volume
 * and service level by hour of day, audit findings by code and by team, and sample empowerment
 * decisions. The page has inline CSS and inline SVG charts, no script and no external resource, so
 * it opens offline and can be mailed as one file.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder()
 *         .title("Support, March 2026")
 *         .fact("Contacts", "61,204")
 *         .scorecard(Scorecard.ofDefaults().evaluate(standardKpis.results()))
 *         .hourly(hourlyKpis)
 *         .findings(auditFindings)      // leave out when no audit ran: the page says "audit not run"
 *         .build();
 * report.writeTo(Path.of("cx-report.html"));
 * }</pre>
 *
 * <p>The markup is well-formed XHTML (an XML parser reads it) with every piece of text and every
 * attribute escaped. The output depends only on what the builder was given: no clock is read, so
 * the same data gives the same bytes. Scorecard figures are formatted as in
 * {@link Scorecard.Report#toText()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {

    /** The file name {@code cx demo} writes by default. */
    public static final String DEFAULT_FILE_NAME = "cx-report.html";

    /** The default service-level target the hourly chart is held to: 80 % (the classic 80/20). */
    public static final double DEFAULT_SERVICE_LEVEL_TARGET = 0.8;

    private final String title;
    private final List<Fact> facts;
    private final Scorecard.Report scorecard;
    private final ZoneId zone;
    private final ServiceLevelConfig serviceLevelConfig;
    private final List<HourlyKpis.Hour> hours;
    private final double serviceLevelTarget;
    private final @Nullable List<AuditFinding> findings;
    private final List<DecisionExample> decisions;
    private final @Nullable ForecastPanel forecast;
    private final List<ReportPanel> panels;

    private HtmlReport(Builder builder, Scorecard.Report scorecard, HourlyKpis hourly) {
        this.title = builder.title;
        this.facts = List.copyOf(builder.facts);
        this.scorecard = scorecard;
        this.zone = hourly.zone();
        this.serviceLevelConfig = hourly.serviceLevelConfig();
        this.hours = hourly.hours();
        this.serviceLevelTarget = builder.serviceLevelTarget;
        List<AuditFinding> given = builder.findings;
        this.findings = given == null ? null : List.copyOf(given);
        this.decisions = List.copyOf(builder.decisions);
        this.forecast = builder.forecast;
        this.panels = List.copyOf(builder.panels);
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders the page.
     *
     * @return the XHTML document, UTF-8 text
     */
    public String render() {
        return ReportPage.render(this);
    }

    /**
     * Renders the page into a file, replacing it if it exists.
     *
     * @param file the file, for example {@code cx-report.html}; its directory must exist
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The page title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The facts shown under the title, in order.
     *
     * @return the facts
     */
    public List<Fact> facts() {
        return facts;
    }

    /**
     * The evaluated scorecard.
     *
     * @return the scorecard
     */
    public Scorecard.Report scorecard() {
        return scorecard;
    }

    /**
     * The zone of the hours of day.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The service-level configuration of the hourly figures (threshold T, formula).
     *
     * @return the configuration
     */
    public ServiceLevelConfig serviceLevelConfig() {
        return serviceLevelConfig;
    }

    /**
     * The figures of each hour of day.
     *
     * @return 24 hours, hour 0 first
     */
    public List<HourlyKpis.Hour> hours() {
        return hours;
    }

    /**
     * The service-level target the hourly chart draws and colours bars by.
     *
     * @return a fraction in (0, 1]
     */
    public double serviceLevelTarget() {
        return serviceLevelTarget;
    }

    /**
     * The audit findings, if an audit ran.
     *
     * @return the findings (possibly none), or empty if no audit ran
     */
    public Optional<List<AuditFinding>> findings() {
        return Optional.ofNullable(findings);
    }

    /**
     * The decisions shown, in order.
     *
     * @return the decisions, possibly none
     */
    public List<DecisionExample> decisions() {
        return decisions;
    }

    /**
     * The forecast and staffing panel, if one was given.
     *
     * @return the panel, empty when the report was built without one
     */
    public Optional<ForecastPanel> forecast() {
        return Optional.ofNullable(forecast);
    }

    /**
     * The measure panels, in the order they were added; they are drawn after the forecast and
     * before the audit findings.
     *
     * @return the panels, possibly none
     */
    public List<ReportPanel> panels() {
        return panels;
    }

    /**
     * What the "Forecast and staffing" section draws: the recent history of one series, its forecast
     * with the prediction band (or why there is none), and the staffing plan of the forecast.
     *
     * @param history the contacts per interval the forecast was made from
     * @param outcome the forecast, or {@link InsufficientHistory} when the history was too short
     * @param plan the staffing plan of the forecast, or {@code null} when there is none (no forecast,
     *        or no handle time to staff with)
     * @param planNote why there is no plan, or {@code null}
     */
    public record ForecastPanel(IntervalSeries history, ForecastOutcome outcome, @Nullable StaffingPlan plan,
            @Nullable String planNote) {

        // Checks the history and outcome are there.
        public ForecastPanel {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A labelled fact shown under the title, such as the period or the number of contacts. Immutable.
     *
     * @param label the label, for example {@code Period}
     * @param value the value, for example {@code 2026-03-02 to 2026-04-05 (Europe/Berlin)}
     */
    public record Fact(String label, String value) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if a field is {@code null}
         * @throws IllegalArgumentException if the label is blank
         */
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value of fact " + label);
            if (label.isBlank()) {
                throw new IllegalArgumentException("The label of the fact (" + value + ") is blank.");
            }
        }
    }

    /** Collects the parts of an {@link HtmlReport}; not thread-safe. */
    public static final class Builder {
        private String title = "cxkit report";
        private final List<Fact> facts = new ArrayList<>();
        private Scorecard.@Nullable Report scorecard;
        private @Nullable HourlyKpis hourly;
        private double serviceLevelTarget = DEFAULT_SERVICE_LEVEL_TARGET;
        private @Nullable List<AuditFinding> findings;
        private final List<DecisionExample> decisions = new ArrayList<>();
        private @Nullable ForecastPanel forecast;
        private final List<ReportPanel> panels = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the title (default {@code cxkit report}).
         *
         * @param value the title
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Builder title(String value) {
            Objects.requireNonNull(value, "title");
            if (value.isBlank()) {
                throw new IllegalArgumentException("The title of the report is blank.");
            }
            this.title = value;
            return this;
        }

        /**
         * Adds a fact shown under the title.
         *
         * @param label the label, for example {@code Period}
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the label is blank
         */
        public Builder fact(String label, String value) {
            facts.add(new Fact(label, value));
            return this;
        }

        /**
         * Sets the evaluated scorecard (required).
         *
         * @param value for example {@code Scorecard.ofDefaults().evaluate(kpis.results())}
         * @return this builder
         */
        public Builder scorecard(Scorecard.Report value) {
            this.scorecard = Objects.requireNonNull(value, "scorecard");
            return this;
        }

        /**
         * Sets the hourly figures (required); they are read at {@link #build()}.
         *
         * @param value the hourly KPIs of the same contacts
         * @return this builder
         */
        public Builder hourly(HourlyKpis value) {
            this.hourly = Objects.requireNonNull(value, "hourly");
            return this;
        }

        /**
         * Sets the service-level target of the hourly chart (default 0.8).
         *
         * @param value a fraction in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is outside (0, 1]
         */
        public Builder serviceLevelTarget(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("The serviceLevelTarget (" + value
                        + ") must be a fraction in (0, 1].\nMaybe write 0.8 for 80 %?");
            }
            this.serviceLevelTarget = value;
            return this;
        }

        /**
         * Sets the audit findings, which says that an audit ran; without this call the page says
         * "audit not run" rather than showing zero findings.
         *
         * @param value the findings, possibly none
         * @return this builder
         */
        public Builder findings(Collection<AuditFinding> value) {
            Objects.requireNonNull(value, "findings");
            this.findings = List.copyOf(value);
            return this;
        }

        /**
         * Adds a decision to show.
         *
         * @param value the decision and what it illustrates
         * @return this builder
         */
        public Builder decision(DecisionExample value) {
            decisions.add(Objects.requireNonNull(value, "decision"));
            return this;
        }

        /**
         * Adds the "Forecast and staffing" section: history, forecast with its band, and the staffing
         * curve. Without it the page has no such section.
         *
         * @param value the panel
         * @return this builder
         */
        public Builder forecast(ForecastPanel value) {
            this.forecast = Objects.requireNonNull(value, "forecast");
            return this;
        }

        /**
         * Adds a measure panel (containment, QA scores, out-of-hours demand, a comparison). Panels
         * appear in the order added; their ids must differ.
         *
         * @param value the panel
         * @return this builder
         * @throws IllegalArgumentException if a panel with the same id was added already
         */
        public Builder panel(ReportPanel value) {
            Objects.requireNonNull(value, "panel");
            for (ReportPanel added : panels) {
                if (added.id().equals(value.id())) {
                    throw new IllegalArgumentException("A panel with id '" + value.id() + "' was added already.");
                }
            }
            panels.add(value);
            return this;
        }

        /**
         * Builds the report, reading the hourly figures now.
         *
         * @return the report
         * @throws IllegalStateException if the scorecard or the hourly figures were not set
         */
        public HtmlReport build() {
            Scorecard.Report card = scorecard;
            HourlyKpis hours = hourly;
            if (card == null || hours == null) {
                throw new IllegalStateException("The report needs the " + (card == null ? "scorecard" : "hourly")
                        + " figures.\nMaybe call " + (card == null ? "scorecard(…)" : "hourly(…)") + " before build()?");
            }
            return new HtmlReport(this, card, hours);
        }
    }
}
