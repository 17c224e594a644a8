package dev.cxkit.cli.report.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.cxkit.core.Channel;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.cli.report.DecisionExample;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.cli.report.HourlyKpis;
import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.kpi.Benchmark;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.ScorecardRow;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.kpi.staffing.AverageSpeedOfAnswerTarget;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingTarget;
import dev.cxkit.wfm.Backtest;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastInterval;
import dev.cxkit.wfm.InsufficientHistory;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.PlanRow;
import dev.cxkit.wfm.StaffingPlan;
import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link HtmlReport} as one XHTML page. The layout: title and facts, summary tiles, the
 * scorecard table, the two hourly charts, the findings, the decisions. Stateless.
 */
public final class ReportPage {

    private static final String CSS = String.join("\n",
            ":root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--ink:#1f2328}",
            "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}",
            "main{max-width:1120px;margin:0 auto;padding:24px 20px 40px}",
            "h1{font-size:26px;margin:0 0 6px}",
            "h2{font-size:19px;margin:0 0 4px}",
            ".lead{color:var(--muted);margin:0 0 14px}",
            ".facts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 22px;color:var(--muted)}",
            ".facts b{color:var(--ink);font-weight:600}",
            ".tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px;margin:20px 0 8px}",
            ".tile{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px}",
            ".tile .big{display:block;font-size:28px;font-weight:650;line-height:1.2}",
            ".tile.ok .big{color:var(--ok)} .tile.bad .big{color:var(--bad)} .tile.muted .big{color:var(--muted)}",
            "section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:16px 0}",
            "table{border-collapse:collapse;width:100%}",
            "th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}",
            "th{font-size:13px;color:var(--muted);font-weight:600}",
            ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "tr.not-met td.value{color:var(--bad);font-weight:600} tr.met td.value{color:var(--ok);font-weight:600}",
            ".badge{display:inline-block;padding:1px 9px;border-radius:10px;font-size:12.5px;font-weight:650;color:#fff;white-space:nowrap}",
            ".badge.met,.badge.allowed{background:var(--ok)} .badge.not-met,.badge.denied{background:var(--bad)}",
            ".badge.no-data{background:var(--muted)} .badge.needs-approval{background:var(--warn)}",
            ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:18px}",
            "section{overflow-x:auto}",
            "figure{margin:0} figcaption{font-weight:600;margin-bottom:4px}",
            ".legend{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 14px;font-size:13px;color:var(--muted)}",
            ".swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px}",
            "svg.chart{width:100%;height:auto;display:block}",
            "svg.chart text{font-size:10px;fill:#59636e}",
            "svg.chart .grid{stroke:#e1e6eb;stroke-width:1}",
            "svg.chart .target{stroke:var(--ink);stroke-width:1.2;stroke-dasharray:5 4}",
            "svg.chart g.bar:hover rect{opacity:.8}",
            "svg.chart .history{fill:none;stroke:#59636e;stroke-width:1.2}",
            "svg.chart .forecast{fill:none;stroke:#0969da;stroke-width:1.6}",
            "svg.chart .band{fill:#0969da;fill-opacity:.15;stroke:none}",
            "svg.chart .heads{fill:none;stroke:#8250df;stroke-width:1.6}",
            "svg.chart .agents{fill:none;stroke:#1a7f37;stroke-width:1.2;stroke-dasharray:4 3}",
            "svg.chart .now{stroke:var(--ink);stroke-width:1;stroke-dasharray:2 3}",
            ".meter{background:#eef1f4;border-radius:4px;height:10px;min-width:60px}",
            ".meter span{display:block;height:10px;border-radius:4px;background:#0969da}",
            ".notice{border-left:4px solid var(--warn);background:#fff8c5;padding:10px 14px;border-radius:4px}",
            // Each half scrolls its own table rather than running into the other one (issue 20: "by code" ran
            // into "by team"); long codes may wrap, and the columns stack below 440 px.
            ".split{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:18px}",
            // (No ">" here: the page writer escapes it, and a style element does not unescape.)
            "#findings-by-code,#findings-by-team{min-width:0;overflow-x:auto}",
            ".split td code{overflow-wrap:anywhere}",
            "h3{font-size:15px;margin:6px 0}",
            // A measure panel's tables scroll inside their own box and sit side by side when wide enough.
            ".table-wrap{min-width:0;overflow-x:auto;margin:0 0 12px}",
            ".note{color:var(--muted);font-size:13px;margin:6px 0 0}",
            "footer{color:var(--muted);font-size:13px;text-align:center;margin-top:24px}",
            "code{font-size:13px}");

    private static final Map<String, String> CHANNEL_COLOURS = Map.of(
            "PHONE", "#0969da", "CHAT", "#8250df", "EMAIL", "#1a7f37",
            "SOCIAL", "#bf3989", "MESSAGING", "#bc4c00", "SELF_SERVICE", "#8c959f");

    private static final double WIDTH = 720;
    private static final double HEIGHT = 260;
    private static final double LEFT = 52;
    private static final double RIGHT = 10;
    private static final double TOP = 14;
    private static final double BOTTOM = 34;

    private ReportPage() {
    }

    /**
     * Renders the page.
     *
     * @param report the report
     * @return the XHTML document
     */
    public static String render(HtmlReport report) {
        Markup page = Markup.xhtmlDocument("en");
        page.open("head").newline();
        page.empty("meta", "charset", "utf-8").newline();
        page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        page.element("title", report.title()).newline();
        page.element("style", "\n" + CSS + "\n").newline();
        page.close().newline();
        page.open("body").newline().open("main").newline();
        header(page, report);
        tiles(page, report);
        scorecard(page, report);
        hourly(page, report);
        report.forecast().ifPresent(panel -> forecast(page, panel));
        for (ReportPanel panel : report.panels()) {
            panel(page, panel);
        }
        findings(page, report);
        decisions(page, report);
        page.open("footer").text("Made with cxkit. One self-contained file: no script, no external resources. "
                + "Scorecard targets from the cxkit catalog (docs/kpis.md#scorecard-defaults); hover a bar for its figures.").close();
        return page.finish();
    }

    private static void header(Markup page, HtmlReport report) {
        page.open("header").newline();
        page.element("h1", report.title()).newline();
        if (!report.facts().isEmpty()) {
            page.open("ul", "class", "facts").newline();
            for (HtmlReport.Fact fact : report.facts()) {
                page.open("li").element("b", fact.label() + ":").text(" " + fact.value()).close().newline();
            }
            page.close().newline();
        }
        page.close().newline();
    }

    private static void tiles(Markup page, HtmlReport report) {
        List<ScorecardRow> rows = report.scorecard().rows();
        long met = report.scorecard().count(ScorecardRow.Status.MET);
        long notMet = report.scorecard().count(ScorecardRow.Status.NOT_MET);
        long contacts = report.hours().stream().mapToLong(HourlyKpis.Hour::totalVolume).sum();
        HourlyKpis.Hour busiest = report.hours().stream()
                .max(Comparator.comparingLong(HourlyKpis.Hour::totalVolume)).orElseThrow();
        page.open("div", "class", "tiles").newline();
        tile(page, notMet == 0 ? "ok" : "bad", met + " of " + rows.size(), "benchmarks met");
        tile(page, notMet == 0 ? "ok" : "bad", Long.toString(notMet), notMet == 1 ? "benchmark not met" : "benchmarks not met");
        tile(page, "", count(contacts), "contacts");
        tile(page, "", contacts == 0 ? "-" : hourRange(busiest.hour()), "busiest hour (" + report.zone() + ")");
        if (report.findings().isPresent()) {
            int findings = report.findings().get().size();
            tile(page, findings == 0 ? "ok" : "bad", count(findings), "audit findings");
        } else {
            tile(page, "muted", "not run", "audit");
        }
        page.close().newline();
    }

    private static void tile(Markup page, String tone, String big, String label) {
        page.open("div", "class", tone.isEmpty() ? "tile" : "tile " + tone)
                .element("span", big, "class", "big").text(label).close().newline();
    }

    private static void scorecard(Markup page, HtmlReport report) {
        page.open("section", "id", "scorecard").newline();
        page.element("h2", "Scorecard against the benchmarks").newline();
        page.element("p", "Each KPI against its benchmark; hover the KPI for the benchmark's source.", "class", "lead")
                .newline();
        page.open("table").newline();
        page.open("thead").open("tr").element("th", "KPI").element("th", "Value", "class", "num")
                .element("th", "Target", "class", "num").element("th", "Status").element("th", "Count", "class", "num")
                .close().close().newline();
        page.open("tbody").newline();
        for (ScorecardRow row : report.scorecard().rows()) {
            Benchmark b = row.benchmark();
            String status = statusClass(row.status());
            page.open("tr", "class", status, "data-kpi", b.kpiId());
            page.element("td", b.label(), "class", "kpi", "title", b.kpiId() + " - " + b.source());
            // Formatted exactly as Scorecard.Report.toText() formats them.
            page.element("td", row.value().isPresent() ? b.unit().format(row.value().getAsDouble()) : "-",
                    "class", "num value");
            page.element("td", b.comparison().symbol() + " " + b.unit().format(b.target()), "class", "num target");
            page.open("td", "class", "status").element("span", status.replace('-', ' '), "class", "badge " + status)
                    .close();
            page.element("td", count(row.count()), "class", "num count");
            page.close().newline();
        }
        page.close().close().close().newline();
    }

    private static String statusClass(ScorecardRow.Status status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not-met";
            case NO_DATA -> "no-data";
        };
    }

    private static void hourly(Markup page, HtmlReport report) {
        page.open("section", "id", "hourly").newline();
        page.element("h2", "By hour of day").newline();
        page.element("p", "All days of the period added up, by the local hour (" + report.zone()
                + ") at which each contact was queued.", "class", "lead").newline();
        page.open("div", "class", "charts").newline();
        volumeChart(page, report);
        serviceLevelChart(page, report);
        page.close().newline().close().newline();
    }

    private static void volumeChart(Markup page, HtmlReport report) {
        List<HourlyKpis.Hour> hours = report.hours();
        long max = hours.stream().mapToLong(HourlyKpis.Hour::totalVolume).max().orElse(0);
        double step = niceStep(max / 4.0);
        double top = Math.max(step, Math.ceil(max / step) * step);
        page.open("figure", "id", "volume-by-hour").newline();
        page.element("figcaption", "Contact volume by hour of day, all channels").newline();
        page.openSvg("class", "chart", "viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT), "role", "img",
                "aria-label", "Contact volume by hour of day, stacked by channel").newline();
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            gridLine(page, y(tick / top), count(Math.round(tick)));
        }
        double slot = (WIDTH - LEFT - RIGHT) / HourlyKpis.HOURS;
        for (HourlyKpis.Hour hour : hours) {
            double x = LEFT + hour.hour() * slot + slot * 0.14;
            page.open("g", "class", "bar", "data-hour", Integer.toString(hour.hour()),
                    "data-value", Long.toString(hour.totalVolume()));
            page.element("title", hourRange(hour.hour()) + ": " + count(hour.totalVolume()) + " contacts"
                    + breakdown(hour.volume()));
            double base = 0;
            for (Map.Entry<Channel, Long> entry : hour.volume().entrySet()) {
                if (entry.getValue() == 0) {
                    continue;
                }
                double from = y(base / top);
                base += entry.getValue();
                double to = y(base / top);
                page.empty("rect", "x", num(x), "y", num(to), "width", num(slot * 0.72), "height", num(from - to),
                        "fill", CHANNEL_COLOURS.getOrDefault(entry.getKey().name(), "#8c959f"));
            }
            page.close();
            hourLabel(page, hour.hour(), slot);
            page.newline();
        }
        page.close().newline();
        page.open("ul", "class", "legend");
        Map<Channel, Long> totals = new EnumMap<>(Channel.class);
        hours.forEach(h -> h.volume().forEach((channel, n) -> totals.merge(channel, n, Long::sum)));
        totals.forEach((channel, n) -> {
            if (n > 0) {
                page.open("li").open("span", "class", "swatch", "style", "background:"
                        + CHANNEL_COLOURS.getOrDefault(channel.name(), "#8c959f")).close();
                page.text(channelName(channel) + " " + count(n)).close();
            }
        });
        page.close().newline().close().newline();
    }

    private static String breakdown(Map<Channel, Long> volume) {
        String parts = volume.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> channelName(e.getKey()) + " " + count(e.getValue())).collect(Collectors.joining(", "));
        return parts.isEmpty() ? "" : " (" + parts + ")";
    }

    private static void serviceLevelChart(Markup page, HtmlReport report) {
        double target = report.serviceLevelTarget();
        String threshold = KpiUnit.SECONDS.format(report.serviceLevelConfig().threshold().toMillis() / 1000.0);
        page.open("figure", "id", "service-level-by-hour").newline();
        page.element("figcaption", "Service level by hour of day, phone and chat: answered within " + threshold
                + " (" + report.serviceLevelConfig().formula().variantName() + "), target "
                + KpiUnit.RATIO.format(target)).newline();
        page.openSvg("class", "chart", "viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT), "role", "img",
                "aria-label", "Service level by hour of day against the target").newline();
        for (int percent = 0; percent <= 100; percent += 20) {
            gridLine(page, y(percent / 100.0), percent + " %");
        }
        double slot = (WIDTH - LEFT - RIGHT) / HourlyKpis.HOURS;
        for (HourlyKpis.Hour hour : report.hours()) {
            double x = LEFT + hour.hour() * slot + slot * 0.14;
            if (hour.serviceLevel().isEmpty()) {
                page.open("g", "class", "bar", "data-hour", Integer.toString(hour.hour()), "data-empty", "true");
                page.element("title", hourRange(hour.hour()) + ": no live contacts");
                page.element("text", "-", "x", num(x + slot * 0.36), "y", num(y(0) - 3), "text-anchor", "middle");
            } else {
                double value = hour.serviceLevel().value().getAsDouble();
                String asa = hour.averageSpeedOfAnswer().value().isPresent()
                        ? ", ASA " + KpiUnit.SECONDS.format(hour.averageSpeedOfAnswer().value().getAsDouble()) : "";
                page.open("g", "class", "bar", "data-hour", Integer.toString(hour.hour()),
                        "data-value", String.format(Locale.ROOT, "%.4f", value));
                page.element("title", hourRange(hour.hour()) + ": service level " + KpiUnit.RATIO.format(value)
                        + " of " + count(hour.serviceLevel().count()) + " live contacts" + asa
                        + (value >= target ? "" : ", below target"));
                page.empty("rect", "x", num(x), "y", num(y(value)), "width", num(slot * 0.72),
                        "height", num(y(0) - y(value)), "fill", value >= target ? "#1a7f37" : "#cf222e");
            }
            page.close();
            hourLabel(page, hour.hour(), slot);
            page.newline();
        }
        page.empty("line", "class", "target", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(y(target)),
                "y2", num(y(target)));
        page.element("text", "target " + KpiUnit.RATIO.format(target), "x", num(WIDTH - RIGHT), "y",
                num(y(target) - 4), "text-anchor", "end").newline();
        page.close().newline();
        page.open("ul", "class", "legend");
        page.open("li").open("span", "class", "swatch", "style", "background:#1a7f37").close().text("at or above target").close();
        page.open("li").open("span", "class", "swatch", "style", "background:#cf222e").close().text("below target").close();
        page.open("li").text("- no live contacts in that hour").close();
        page.close().newline().close().newline();
    }

    /** Days of history drawn before the forecast: two weeks show the weekly pattern it continues. */
    private static final int HISTORY_DAYS_SHOWN = 14;

    private static void forecast(Markup page, HtmlReport.ForecastPanel panel) {
        page.open("section", "id", "forecast").newline();
        page.element("h2", "Forecast and staffing").newline();
        if (!(panel.outcome() instanceof Forecast f)) {
            InsufficientHistory missing = (InsufficientHistory) panel.outcome();
            page.element("p", "No forecast: " + missing.message(), "class", "notice").newline();
            page.close().newline();
            return;
        }
        IntervalSeries history = panel.history();
        Backtest backtest = f.backtest();
        String wape = backtest.chosenScore().wape().isPresent()
                ? KpiUnit.RATIO.format(backtest.chosenScore().wape().getAsDouble()) : "not measurable";
        String skill = backtest.skillOverBaseline().isPresent()
                ? ", " + KpiUnit.RATIO.format(backtest.skillOverBaseline().getAsDouble()) + " better than the seasonal naive baseline"
                : "";
        page.element("p", "Contacts per " + minutes(f.interval()) + " for the " + f.intervals().size()
                + " intervals after the data (" + f.zone() + "), by " + f.method() + ", the method a backtest over "
                + backtest.origins() + " past weeks picked: WAPE " + wape + skill + ". The band holds "
                + KpiUnit.RATIO.format(f.predictionLevel()) + " of outcomes.", "class", "lead").newline();
        Instant end = f.intervals().get(f.intervals().size() - 1).start().plus(f.interval());
        Instant from = f.start().minus(Duration.ofDays(HISTORY_DAYS_SHOWN));
        if (from.isBefore(history.start())) {
            from = history.start();
        }
        double top = 1;
        for (int i = Math.max(0, history.indexOf(from)); i < history.size(); i++) {
            top = Math.max(top, history.contacts(i).orElse(0));
        }
        for (ForecastInterval interval : f.intervals()) {
            top = Math.max(top, interval.upper());
        }
        double step = niceStep(top / 4);
        top = Math.ceil(top / step) * step;
        page.open("div", "class", "charts").newline();
        page.open("figure", "id", "forecast-chart").newline();
        page.element("figcaption", "Contacts per interval: the last " + HISTORY_DAYS_SHOWN + " days and the forecast "
                + "with its band").newline();
        page.openSvg("class", "chart", "viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT), "role", "img",
                "aria-label", "Contacts per interval, history and forecast with prediction band").newline();
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            gridLine(page, y(tick / top), count(Math.round(tick)));
        }
        dayLabels(page, from, end, f.zone());
        StringBuilder band = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (ForecastInterval interval : f.intervals()) {
            band.append(point(timeX(interval.start(), from, end), y(interval.upper() / top)));
            lower.insert(0, point(timeX(interval.start(), from, end), y(interval.lower() / top)));
        }
        page.empty("polygon", "class", "band", "points", (band.toString() + lower).trim());
        for (String line : historyLines(history, from, f.start(), end, top)) {
            page.empty("polyline", "class", "history", "points", line);
        }
        StringBuilder forecastLine = new StringBuilder();
        for (ForecastInterval interval : f.intervals()) {
            forecastLine.append(point(timeX(interval.start(), from, end), y(interval.contacts() / top)));
        }
        page.empty("polyline", "class", "forecast", "points", forecastLine.toString().trim());
        double now = timeX(f.start(), from, end);
        page.empty("line", "class", "now", "x1", num(now), "x2", num(now), "y1", num(TOP), "y2", num(y(0))).newline();
        page.close().newline();
        page.open("ul", "class", "legend");
        page.open("li").open("span", "class", "swatch", "style", "background:#59636e").close().text("history").close();
        page.open("li").open("span", "class", "swatch", "style", "background:#0969da").close().text("forecast").close();
        page.open("li").open("span", "class", "swatch", "style", "background:#0969da;opacity:.25").close()
                .text("prediction band").close();
        page.close().newline().close().newline();
        staffingCurve(page, panel, f);
        page.close().newline().close().newline();
    }

    private static void staffingCurve(Markup page, HtmlReport.ForecastPanel panel, Forecast f) {
        page.open("figure", "id", "staffing-curve").newline();
        StaffingPlan plan = panel.plan();
        if (plan == null) {
            page.element("figcaption", "Staffing curve").newline();
            page.element("p", "No staffing plan: " + (panel.planNote() == null ? "none was made." : panel.planNote()),
                    "class", "notice").newline();
            page.close().newline();
            return;
        }
        Instant from = f.start();
        Instant end = f.intervals().get(f.intervals().size() - 1).start().plus(f.interval());
        int peak = plan.rows().stream().mapToInt(PlanRow::scheduledHeads).max().orElse(0);
        double step = niceStep(Math.max(1, peak) / 4.0);
        double top = Math.max(step, Math.ceil(Math.max(1, peak) / step) * step);
        String target = describe(plan.config().target());
        page.element("figcaption", "Agents per interval for " + target + (plan.config().isErlangA() ? " (Erlang A)" : " (Erlang C)")
                + ": scheduled heads (peak " + peak + ") and agents on the phones").newline();
        page.openSvg("class", "chart", "viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT), "role", "img",
                "aria-label", "Scheduled heads and required agents per forecast interval").newline();
        for (double tick = 0; tick <= top + step / 2; tick += step) {
            gridLine(page, y(tick / top), count(Math.round(tick)));
        }
        dayLabels(page, from, end, f.zone());
        StringBuilder heads = new StringBuilder();
        StringBuilder agents = new StringBuilder();
        for (PlanRow row : plan.rows()) {
            double x0 = timeX(row.start(), from, end);
            double x1 = timeX(row.start().plus(f.interval()), from, end);
            heads.append(point(x0, y(row.scheduledHeads() / top))).append(point(x1, y(row.scheduledHeads() / top)));
            agents.append(point(x0, y(row.requiredAgents() / top))).append(point(x1, y(row.requiredAgents() / top)));
        }
        page.empty("polyline", "class", "heads", "points", heads.toString().trim());
        page.empty("polyline", "class", "agents", "points", agents.toString().trim()).newline();
        page.close().newline();
        page.open("ul", "class", "legend");
        page.open("li").open("span", "class", "swatch", "style", "background:#8250df").close().text("scheduled heads").close();
        page.open("li").open("span", "class", "swatch", "style", "background:#1a7f37").close()
                .text("agents on the phones").close();
        page.close().newline().close().newline();
    }

    /** The history as polylines from {@code from} to the forecast start, broken where it was not recorded. */
    private static List<String> historyLines(IntervalSeries history, Instant from, Instant until, Instant end,
            double top) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = Math.max(0, history.indexOf(from)); i < history.size(); i++) {
            Instant at = history.startOf(i);
            if (at.isBefore(from) || !at.isBefore(until)) {
                continue;
            }
            if (history.contacts(i).isEmpty()) {
                if (line.length() > 0) {
                    lines.add(line.toString().trim());
                    line.setLength(0);
                }
                continue;
            }
            line.append(point(timeX(at, from, end), y(history.contacts(i).getAsDouble() / top)));
        }
        if (line.length() > 0) {
            lines.add(line.toString().trim());
        }
        return lines;
    }

    /** A label at each local midnight between {@code from} and {@code end}, every other day when crowded. */
    private static void dayLabels(Markup page, Instant from, Instant end, ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(end, zone);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        int every = days > 16 ? 2 : 1;
        int n = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), n++) {
            Instant midnight = day.atStartOfDay(zone).toInstant();
            // A label needs about 36 px: none that would run past the plot's right edge.
            if (midnight.isBefore(from) || n % every != 0 || timeX(midnight, from, end) > WIDTH - RIGHT - 36) {
                continue;
            }
            page.element("text", day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT)
                    + " " + day.getDayOfMonth(), "x", num(timeX(midnight, from, end)), "y", num(HEIGHT - BOTTOM + 14),
                    "text-anchor", "start");
        }
    }

    private static double timeX(Instant at, Instant from, Instant end) {
        double span = Duration.between(from, end).getSeconds();
        return LEFT + Duration.between(from, at).getSeconds() / span * (WIDTH - LEFT - RIGHT);
    }

    private static String point(double x, double y) {
        return num(x) + "," + num(y) + " ";
    }

    private static String describe(@Nullable StaffingTarget target) {
        if (target instanceof ServiceLevelTarget sl) {
            return KpiUnit.RATIO.format(sl.share()) + " answered within " + KpiUnit.SECONDS.format(sl.answerWithin().toMillis() / 1000.0);
        }
        if (target instanceof AverageSpeedOfAnswerTarget asa) {
            return "an average speed of answer of at most " + KpiUnit.SECONDS.format(asa.maximum().toMillis() / 1000.0);
        }
        return "the abandonment goal";
    }

    private static String minutes(Duration interval) {
        return interval.toMinutes() + " minutes";
    }

    private static void gridLine(Markup page, double y, String label) {
        page.empty("line", "class", "grid", "x1", num(LEFT), "x2", num(WIDTH - RIGHT), "y1", num(y), "y2", num(y));
        page.element("text", label, "x", num(LEFT - 6), "y", num(y + 3.5), "text-anchor", "end").newline();
    }

    private static void hourLabel(Markup page, int hour, double slot) {
        page.element("text", Integer.toString(hour), "x", num(LEFT + hour * slot + slot / 2), "y",
                num(HEIGHT - BOTTOM + 14), "text-anchor", "middle");
    }

    /** The SVG y of a fraction of the plot height, 0 at the baseline. */
    private static double y(double fraction) {
        return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
    }

    /** A round tick step (1, 2, 2.5 or 5 times a power of ten) at least {@code raw}, and at least 1. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static void panel(Markup page, ReportPanel panel) {
        page.open("section", "id", panel.id(), "class", "panel").newline();
        page.element("h2", panel.title()).newline();
        if (!panel.lead().isEmpty()) {
            page.element("p", panel.lead(), "class", "lead").newline();
        }
        for (ReportPanel.Table table : panel.tables()) {
            page.open("div", "class", "table-wrap").newline();
            if (!table.caption().isEmpty()) {
                page.element("h3", table.caption()).newline();
            }
            page.open("table").open("thead").open("tr");
            for (int c = 0; c < table.columns().size(); c++) {
                cell(page, "th", table.columns().get(c), table.numeric().get(c));
            }
            page.close().close().newline().open("tbody").newline();
            for (List<String> row : table.rows()) {
                page.open("tr");
                for (int c = 0; c < row.size(); c++) {
                    cell(page, "td", row.get(c), table.numeric().get(c));
                }
                page.close().newline();
            }
            page.close().close().close().newline();
        }
        for (String note : panel.notes()) {
            page.element("p", note, "class", "note").newline();
        }
        page.close().newline();
    }

    private static void cell(Markup page, String name, String text, boolean numeric) {
        if (numeric) {
            page.element(name, text, "class", "num");
        } else {
            page.element(name, text);
        }
    }

    private static void findings(Markup page, HtmlReport report) {
        page.open("section", "id", "findings").newline();
        page.element("h2", "Audit findings").newline();
        if (report.findings().isEmpty()) {
            page.element("p", "Audit not run: this report was made without the mistake audit, so it shows no "
                    + "findings. That is not the same as zero findings.", "class", "notice audit-not-run").newline();
            page.close().newline();
            return;
        }
        List<AuditFinding> findings = report.findings().get();
        if (findings.isEmpty()) {
            page.element("p", "The audit ran and found no mistakes.", "class", "lead").newline();
            page.close().newline();
            return;
        }
        page.element("p", count(findings.size()) + " findings. Hover a bar for the count.", "class", "lead").newline();
        Map<MistakeCode, long[]> byCode = new EnumMap<>(MistakeCode.class);
        Map<String, Long> byTeam = new TreeMap<>();
        for (AuditFinding finding : findings) {
            long[] counts = byCode.computeIfAbsent(finding.code(), c -> new long[Severity.values().length + 1]);
            counts[0]++;
            counts[1 + finding.severity().ordinal()]++;
            TeamId team = finding.team();
            byTeam.merge(team == null ? "(no team)" : team.value(), 1L, Long::sum);
        }
        page.open("div", "class", "split").newline();

        page.open("div", "id", "findings-by-code").element("h3", "By code").newline();
        page.open("table").open("thead").open("tr").element("th", "Code").element("th", "")
                .element("th", "Findings", "class", "num").element("th", "High", "class", "num")
                .element("th", "Medium", "class", "num").element("th", "Low", "class", "num").close().close().newline();
        page.open("tbody").newline();
        List<Map.Entry<MistakeCode, long[]>> codes = new ArrayList<>(byCode.entrySet());
        codes.sort(Comparator.comparingLong((Map.Entry<MistakeCode, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        long maxCode = codes.get(0).getValue()[0];
        for (Map.Entry<MistakeCode, long[]> entry : codes) {
            long[] counts = entry.getValue();
            page.open("tr", "data-code", entry.getKey().name()).open("td").element("code", entry.getKey().name()).close();
            meter(page, counts[0], maxCode);
            page.element("td", count(counts[0]), "class", "num count")
                    .element("td", count(counts[1 + Severity.HIGH.ordinal()]), "class", "num")
                    .element("td", count(counts[1 + Severity.MEDIUM.ordinal()]), "class", "num")
                    .element("td", count(counts[1 + Severity.LOW.ordinal()]), "class", "num").close().newline();
        }
        page.close().close().close().newline();

        page.open("div", "id", "findings-by-team").element("h3", "By team").newline();
        page.open("table").open("thead").open("tr").element("th", "Team").element("th", "")
                .element("th", "Findings", "class", "num").close().close().newline();
        page.open("tbody").newline();
        List<Map.Entry<String, Long>> teams = new ArrayList<>(byTeam.entrySet());
        teams.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        long maxTeam = teams.get(0).getValue();
        for (Map.Entry<String, Long> entry : teams) {
            page.open("tr", "data-team", entry.getKey()).element("td", entry.getKey());
            meter(page, entry.getValue(), maxTeam);
            page.element("td", count(entry.getValue()), "class", "num count").close().newline();
        }
        page.close().close().close().newline();
        page.close().newline().close().newline();
    }

    private static void meter(Markup page, long value, long max) {
        page.open("td").open("div", "class", "meter", "title", count(value))
                .open("span", "style", String.format(Locale.ROOT, "width:%.1f%%", 100.0 * value / Math.max(1, max)))
                .close().close().close();
    }

    private static void decisions(Markup page, HtmlReport report) {
        if (report.decisions().isEmpty()) {
            return;
        }
        page.open("section", "id", "decisions").newline();
        page.element("h2", "Empowerment decisions").newline();
        String versions = report.decisions().stream().map(d -> d.decision().policyVersion()).distinct()
                .collect(Collectors.joining(", "));
        page.element("p", "What agents of each tier may grant, as the policy (" + versions + ") decides it.",
                "class", "lead").newline();
        page.open("table").open("thead").open("tr").element("th", "Request").element("th", "Tier")
                .element("th", "Action").element("th", "Amount", "class", "num").element("th", "Segment")
                .element("th", "Outcome").element("th", "Why").element("th", "Rules").close().close().newline();
        page.open("tbody").newline();
        for (DecisionExample example : report.decisions()) {
            DecisionRequest request = example.request();
            Decision decision = example.decision();
            String outcome = decision.outcome().name();
            String css = outcome.toLowerCase(Locale.ROOT).replace('_', '-');
            page.open("tr", "class", "decision").element("td", example.story())
                    .element("td", request.agentTier().name()).element("td", request.action().name())
                    .element("td", request.amount().toString(), "class", "num")
                    .element("td", request.segment().name());
            page.open("td").element("span", outcome.replace('_', ' ').toLowerCase(Locale.ROOT), "class", "badge " + css)
                    .close();
            page.element("td", why(decision));
            page.element("td", decision.firedRules().isEmpty() ? "none" : String.join(", ", decision.firedRules()));
            page.close().newline();
        }
        page.close().close().close().newline();
    }

    private static String why(Decision decision) {
        if (decision instanceof Allowed allowed) {
            return allowed.headroom().isEmpty() ? "within authority" : "headroom " + allowed.headroom().stream()
                    .map(h -> h.remaining() + " " + h.cap().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (decision instanceof NeedsApproval needsApproval) {
            return "approval by " + needsApproval.approverRole() + ": " + needsApproval.reason();
        }
        return ((Denied) decision).reason();
    }

    private static String channelName(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String hourRange(int hour) {
        return String.format(Locale.ROOT, "%02d:00-%02d:00", hour, hour + 1);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
