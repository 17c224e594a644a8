package dev.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Agent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.test.TestRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final String TRICKY_STORY = "T1 <script>alert('x')</script> refunds & \"credits\"";

    private static Scorecard.Report scorecard;
    private static HourlyKpis hourly;

    /** Three days of a small generated centre, fed to the standard KPIs and the hourly KPIs. */
    @BeforeAll
    static void generateSmallDataset() {
        GeneratorConfig config = GeneratorConfig.ofDefaults().toBuilder().seed(7).days(3).contactsPerDay(400)
                .spikes(List.of()).build();
        StandardKpis kpis = StandardKpis.create();
        hourly = HourlyKpis.create(config.zone());
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void agent(Agent agent) {
                kpis.acceptAgent(agent);
            }

            @Override
            public void interaction(Interaction interaction) {
                kpis.accept(interaction);
                hourly.accept(interaction);
            }
        });
        scorecard = Scorecard.ofDefaults().evaluate(kpis.results());
    }

    private static HtmlReport.Builder report() {
        return HtmlReport.builder().title("Three days & nights").fact("Seed", "7").scorecard(scorecard).hourly(hourly)
                .decision(new DecisionExample(TRICKY_STORY, TestRequests.refund("120.00 EUR").build(),
                        new NeedsApproval(ApproverRole.TEAM_LEAD, "over the T1 limit of 50.00 EUR",
                                List.of("refund-t1"), "v1")))
                .decision(new DecisionExample("T2 credits 600 EUR", TestRequests.credit("600.00 EUR").build(),
                        new Denied("over any approval limit", List.of("credit-t2"), "v1")));
    }

    /** Five weeks of half-hours: 20 contacts an interval from 08:00 to 18:00 UTC on weekdays, AHT 5 minutes. */
    private static dev.cxkit.wfm.IntervalSeries weekdays(int days) {
        int perDay = 48;
        double[] contacts = new double[days * perDay];
        double[] aht = new double[days * perDay];
        java.time.Instant start = java.time.Instant.parse("2026-03-02T00:00:00Z"); // a Monday
        for (int i = 0; i < contacts.length; i++) {
            int day = i / perDay;
            int slot = i % perDay;
            boolean open = day % 7 < 5 && slot >= 16 && slot < 36;
            contacts[i] = open ? 20 : 0;
            aht[i] = open ? 300 : Double.NaN;
        }
        return dev.cxkit.wfm.IntervalSeries.of("all", start, java.time.Duration.ofMinutes(30), contacts, aht);
    }

    @Test
    void theForecastPanelDrawsHistoryForecastBandAndTheStaffingCurveWithTheBacktestFigure() throws Exception {
        // Issue 23: the report gains a forecast chart (history, forecast, band) and the staffing curve.
        dev.cxkit.wfm.IntervalSeries history = weekdays(35);
        dev.cxkit.wfm.Forecast forecast = (dev.cxkit.wfm.Forecast) dev.cxkit.wfm.Forecaster.ofDefaults().forecast(history);
        dev.cxkit.wfm.StaffingPlan plan = dev.cxkit.wfm.StaffingPlanner.create(dev.cxkit.wfm.PlanConfig.ofDefaults())
                .plan(forecast);

        Document page = parse(report().forecast(new HtmlReport.ForecastPanel(history, forecast, plan, null)).build()
                .render());

        Element section = byId(page, "forecast");
        assertThat(section).isNotNull();
        assertThat(section.getTextContent()).contains("by " + forecast.method(), "WAPE", "peak "
                + plan.rows().stream().mapToInt(dev.cxkit.wfm.PlanRow::scheduledHeads).max().orElseThrow());
        List<Element> lines = elements(page, "polyline");
        assertThat(lines).filteredOn(e -> e.getAttribute("class").equals("forecast")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("points").split(" ")).hasSize(forecast.intervals().size()));
        assertThat(lines).filteredOn(e -> e.getAttribute("class").equals("history")).isNotEmpty();
        assertThat(lines).filteredOn(e -> e.getAttribute("class").equals("heads")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("points").split(" ")).hasSize(2 * plan.rows().size()));
        assertThat(elements(page, "polygon")).filteredOn(e -> e.getAttribute("class").equals("band")).hasSize(1);
    }

    @Test
    void aHistoryTooShortToBacktestSaysSoInsteadOfDrawingAForecast() throws Exception {
        dev.cxkit.wfm.IntervalSeries history = weekdays(3);
        dev.cxkit.wfm.ForecastOutcome outcome = dev.cxkit.wfm.Forecaster.ofDefaults().forecast(history);

        Document page = parse(report().forecast(new HtmlReport.ForecastPanel(history, outcome, null, null)).build()
                .render());

        assertThat(outcome).isInstanceOf(dev.cxkit.wfm.InsufficientHistory.class);
        assertThat(byId(page, "forecast").getTextContent()).contains("No forecast: Series (all) has 3 days");
        assertThat(byId(page, "forecast-chart")).isNull();
        // Without a panel the page has no such section at all.
        assertThat(byId(parse(report().build().render()), "forecast")).isNull();
    }

    @Test
    void holdsEveryScorecardFigureAsTheTextScorecardFormatsIt() throws Exception {
        Document page = parse(report().build().render());

        List<Element> rows = elements(page, "tr").stream().filter(r -> r.hasAttribute("data-kpi")).toList();
        List<String> textLines = scorecard.toText().lines().toList();
        assertThat(rows).hasSize(scorecard.rows().size()).hasSizeGreaterThan(5);
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            // Line 0 of the text table is its header; each following line is "label  value  target  status  count".
            String line = textLines.get(i + 1);
            assertThat(row.getAttribute("data-kpi")).isEqualTo(scorecard.rows().get(i).benchmark().kpiId());
            assertThat(line).startsWith(cell(row, "kpi"));
            assertThat(line.split("\\s{2,}")).contains(cell(row, "num value"), cell(row, "num target"),
                    cell(row, "num count"));
        }
        // Hand-checked anchor: the FCR target of docs/kpis.md#scorecard-defaults is at least 75 %.
        assertThat(cell(rows.get(0), "num target")).isEqualTo(">= 75.0 %");
    }

    @Test
    void hourlyChartsHaveTwentyFourBarsEach() throws Exception {
        Document page = parse(report().build().render());

        for (String chart : List.of("volume-by-hour", "service-level-by-hour")) {
            Element figure = elements(page, "figure").stream().filter(f -> f.getAttribute("id").equals(chart))
                    .findFirst().orElseThrow();
            List<Element> bars = elements(figure, "g").stream().filter(g -> g.getAttribute("class").equals("bar"))
                    .toList();
            assertThat(bars).as(chart).hasSize(24).extracting(b -> b.getAttribute("data-hour"))
                    .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                            "16", "17", "18", "19", "20", "21", "22", "23");
            assertThat(figure.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
        }
        // The volume bars add up to every generated contact.
        long total = hourly.hours().stream().mapToLong(HourlyKpis.Hour::totalVolume).sum();
        long drawn = elements(page, "g").stream().filter(g -> g.hasAttribute("data-value") && !g.hasAttribute("data-empty"))
                .filter(g -> ((Element) g.getParentNode()).getAttribute("aria-label").startsWith("Contact volume"))
                .mapToLong(g -> Long.parseLong(g.getAttribute("data-value"))).sum();
        assertThat(drawn).isEqualTo(total).isGreaterThan(1000);
    }

    @Test
    void escapesTextAndFetchesNothing() throws Exception {
        String html = report().build().render();
        Document page = parse(html);

        assertThat(elements(page, "tr").stream().filter(r -> r.getAttribute("class").equals("decision"))
                .map(r -> r.getElementsByTagNameNS("*", "td").item(0).getTextContent())).contains(TRICKY_STORY);
        assertThat(elements(page, "h1").get(0).getTextContent()).isEqualTo("Three days & nights");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void drawsAMeasurePanelAsItsTablesWithEscapedCellsBeforeTheFindings() throws Exception {
        ReportPanel panel = ReportPanel.builder("containment", "Self-service <containment>")
                .lead("3 of 4 sessions contained.")
                .table(ReportPanel.Table.builder("By reason").column("Reason").numericColumn("Sessions")
                        .row(TRICKY_STORY, "4").build())
                .note("One note.")
                .build();

        String html = report().panel(panel).build().render();
        Document page = parse(html);

        Element section = section(page, "containment");
        assertThat(elements(section, "h2").get(0).getTextContent()).isEqualTo("Self-service <containment>");
        assertThat(elements(section, "td")).extracting(Element::getTextContent).containsExactly(TRICKY_STORY, "4");
        assertThat(elements(section, "td").get(1).getAttribute("class")).isEqualTo("num");
        assertThat(section.getTextContent()).contains("3 of 4 sessions contained.", "One note.");
        assertThat(html.indexOf("id=\"containment\"")).isLessThan(html.indexOf("id=\"findings\""));
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void refusesTwoPanelsWithOneIdAndARowOfTheWrongWidth() {
        ReportPanel panel = ReportPanel.builder("qa", "QA").build();

        assertThatThrownBy(() -> report().panel(panel).panel(panel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qa'");
        assertThatThrownBy(() -> ReportPanel.Table.builder("t").column("a").row("1", "2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1");
        assertThatThrownBy(() -> ReportPanel.builder("Not An Id", "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maybe");
    }

    @Test
    void saysAuditNotRunWhenNoFindingsWereGiven() throws Exception {
        Document page = parse(report().build().render());

        Element findings = section(page, "findings");
        assertThat(findings.getTextContent()).contains("Audit not run").doesNotContain("0 findings");
    }

    @Test
    void saysTheAuditFoundNothingWhenItRanClean() throws Exception {
        Document page = parse(report().findings(List.of()).build().render());

        assertThat(section(page, "findings").getTextContent()).contains("found no mistakes").doesNotContain("not run");
    }

    @Test
    void countsFindingsByCodeAndByTeam() throws Exception {
        List<AuditFinding> findings = List.of(
                finding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM, "billing"),
                finding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM, "billing"),
                finding(MistakeCode.HOLD_OVER_STATED, Severity.LOW, "tech"),
                finding(MistakeCode.BROKEN_PROMISE, Severity.HIGH, null));

        Document page = parse(report().findings(findings).build().render());

        // By code, most first: HOLD_OVER_STATED 3 (0 high, 2 medium, 1 low), BROKEN_PROMISE 1 (1 high).
        assertThat(rowTexts(page, "data-code")).containsExactly(
                List.of("HOLD_OVER_STATED", "", "3", "0", "2", "1"),
                List.of("BROKEN_PROMISE", "", "1", "1", "0", "0"));
        // By team, most first, then by name: billing 2, "(no team)" 1, tech 1.
        assertThat(rowTexts(page, "data-team")).containsExactly(
                List.of("billing", "", "2"), List.of("(no team)", "", "1"), List.of("tech", "", "1"));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(report().build().render()).isEqualTo(report().build().render());
    }

    @Test
    void writesTheFileAndNamesItWhenItCannot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport built = report().build();

        built.writeTo(file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(built.render());
        assertThatThrownBy(() -> built.writeTo(dir.resolve("missing/report.html")))
                .hasMessageContaining("missing").hasMessageContaining("report.html");
    }

    @Test
    void rejectsAReportWithoutScorecardOrHourlyFigures() {
        assertThatThrownBy(() -> HtmlReport.builder().hourly(hourly).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("scorecard(");
        assertThatThrownBy(() -> HtmlReport.builder().scorecard(scorecard).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hourly(");
        assertThatThrownBy(() -> HtmlReport.builder().serviceLevelTarget(80))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(80.0)");
    }

    private static AuditFinding finding(MistakeCode code, Severity severity, String team) {
        return new AuditFinding(code, severity, "test-rule", Instant.parse("2026-03-02T10:00:00Z"),
                InteractionId.of("i-1"), null, AgentId.of("a-1"), team == null ? null : TeamId.of(team),
                Map.of("stated", "PT30S"), "a threshold", "Fix it.");
    }

    private static List<List<String>> rowTexts(Document page, String attribute) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : elements(page, "tr")) {
            if (row.hasAttribute(attribute)) {
                List<String> cells = new ArrayList<>();
                NodeList tds = row.getElementsByTagNameNS("*", "td");
                for (int i = 0; i < tds.getLength(); i++) {
                    cells.add(tds.item(i).getTextContent());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Element section(Document page, String id) {
        return elements(page, "section").stream().filter(s -> s.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    private static String cell(Element row, String cssClass) {
        NodeList cells = row.getElementsByTagNameNS("*", "td");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.getAttribute("class").equals(cssClass)) {
                return cell.getTextContent();
            }
        }
        throw new AssertionError("No cell of class " + cssClass + " in row " + row.getAttribute("data-kpi"));
    }

    /** The element with that id attribute, or null (the DOM knows no id attribute without a DTD). */
    private static @org.jspecify.annotations.Nullable Element byId(Document page, String id) {
        return elements(page, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElse(null);
    }

    private static List<Element> elements(Document page, String name) {
        return toList(page.getElementsByTagNameNS("*", name));
    }

    private static List<Element> elements(Element parent, String name) {
        return toList(parent.getElementsByTagNameNS("*", name));
    }

    private static List<Element> toList(NodeList nodes) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Parses with the JDK's XML parser, namespace-aware, without fetching anything. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        return document;
    }
}
