package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 19 §2, "not recorded never becomes 0": dropping a fact's columns from a valid CSV file turns
 * every standard KPI that uses the fact into an empty value (count 0, "no data") and leaves every
 * other KPI exactly as it was; the import report names the dropped column for every record. Before
 * the fix a file without {@code hold_seconds} gave a mean hold of 0.0 s over every call.
 */
class NotRecordedPropertyTest {

    private static final List<String> COLUMNS = List.of("id", "customer_id", "agent_id", "agent_tier", "channel",
            "reason", "queued_at", "answered_at", "ended_at", "talk_seconds", "hold_seconds", "acw_seconds", "resolved",
            "case_id", "csat", "csat_scale", "ces", "ces_scale", "nps");

    private static final Instant BASE = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant AS_OF = BASE.plus(Duration.ofDays(30));

    /** A fact, the columns that carry it, the field the report names, and the KPI ids that use it. */
    enum Fact {
        TALK(Set.of("talk_seconds"), "talk_seconds", "cx.kpi.aht", "cx.kpi.handle_time"),
        HOLD(Set.of("hold_seconds"), "hold_seconds", "cx.kpi.aht", "cx.kpi.handle_time", "cx.kpi.hold"),
        AFTER_CONTACT_WORK(Set.of("acw_seconds"), "acw_seconds", "cx.kpi.aht", "cx.kpi.handle_time"),
        // The standard FCR is repeat-based: nothing in the standard set uses the resolved flag.
        RESOLVED(Set.of("resolved"), "resolved"),
        SURVEY(Set.of("csat", "csat_scale", "ces", "ces_scale", "nps"), "csat, ces, nps", "cx.kpi.csat", "cx.kpi.ces",
                "cx.kpi.nps", "cx.kpi.feedback");

        final Set<String> columns;
        final String reportField;
        final List<String> kpiPrefixes;

        Fact(Set<String> columns, String reportField, String... kpiPrefixes) {
            this.columns = columns;
            this.reportField = reportField;
            this.kpiPrefixes = List.of(kpiPrefixes);
        }

        boolean uses(KpiValue value) {
            return kpiPrefixes.stream().anyMatch(prefix -> value.id().equals(prefix) || value.id().startsWith(prefix + "."));
        }
    }

    @Property(tries = 200)
    void droppingAFactsColumnsEmptiesExactlyTheKpisThatUseIt(@ForAll @IntRange(min = 1, max = 60) int contacts,
            @ForAll Fact fact, @ForAll Random random) {
        List<Map<String, String>> rows = rows(contacts, random);

        Computed full = compute(csv(rows, Set.of()));
        Computed dropped = compute(csv(rows, fact.columns));

        assertThat(dropped.report.accepted()).isEqualTo(full.report.accepted()).isEqualTo(contacts);
        assertThat(dropped.report.notRecorded()).containsEntry(fact.reportField, (long) contacts);
        for (Map.Entry<String, KpiValue> entry : full.values.entrySet()) {
            KpiValue before = entry.getValue();
            KpiValue after = dropped.values.get(entry.getKey());
            if (fact.uses(before)) {
                // Absent from the list (the CES scale nobody answered on) counts as empty too.
                assertThat(after == null || after.isEmpty() && after.count() == 0)
                        .as("%s uses %s, so it must be empty after the drop, was %s", entry.getKey(), fact, after)
                        .isTrue();
            } else {
                assertThat(after).as("%s does not use %s", entry.getKey(), fact).isEqualTo(before);
            }
        }
    }

    private record Computed(ImportReport report, Map<String, KpiValue> values) {
    }

    private static Computed compute(String csv) {
        StandardKpis kpis = StandardKpis.create(StandardKpis.Config.builder().asOf(AS_OF).build());
        ImportReport report = InteractionReader.csv(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "in.csv", kpis::accept);
        assertThat(report.rejects()).isEmpty();
        Map<String, KpiValue> values = new LinkedHashMap<>();
        for (KpiValue value : kpis.results()) {
            values.put(value.id() + "/" + value.variant(), value);
        }
        return new Computed(report, values);
    }

    private static String csv(List<Map<String, String>> rows, Set<String> dropped) {
        List<String> kept = COLUMNS.stream().filter(c -> !dropped.contains(c)).toList();
        StringBuilder text = new StringBuilder(String.join(",", kept)).append('\n');
        for (Map<String, String> row : rows) {
            text.append(kept.stream().map(c -> row.getOrDefault(c, "")).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    /** Valid flat contacts with every fact recorded: a mix of channels, abandons, surveys and repeats. */
    private static List<Map<String, String>> rows(int contacts, Random random) {
        List<Map<String, String>> rows = new ArrayList<>();
        Instant queued = BASE;
        String[] channels = {"PHONE", "CHAT", "EMAIL"};
        for (int n = 1; n <= contacts; n++) {
            queued = queued.plusSeconds(random.nextInt(4 * 3600));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", "i-" + n);
            row.put("customer_id", "c-" + random.nextInt(8));
            row.put("agent_id", "a-" + random.nextInt(4));
            row.put("agent_tier", "T" + (1 + random.nextInt(2)));
            row.put("channel", channels[random.nextInt(channels.length)]);
            row.put("reason", random.nextBoolean() ? "billing" : "delivery");
            row.put("queued_at", queued.toString());
            boolean abandoned = random.nextInt(5) == 0;
            if (abandoned) {
                row.put("ended_at", queued.plusSeconds(random.nextInt(90)).toString());
                row.put("talk_seconds", "0");
                row.put("hold_seconds", "0");
                row.put("acw_seconds", "0");
            } else {
                Instant answered = queued.plusSeconds(random.nextInt(120));
                int span = 30 + random.nextInt(900);
                int talk = random.nextInt(span + 1);
                int hold = random.nextInt(span - talk + 1);
                row.put("answered_at", answered.toString());
                row.put("ended_at", answered.plusSeconds(span).toString());
                row.put("talk_seconds", String.valueOf(talk));
                row.put("hold_seconds", String.valueOf(hold));
                row.put("acw_seconds", String.valueOf(random.nextInt(180)));
            }
            int resolved = random.nextInt(3);
            if (resolved < 2) {
                row.put("resolved", resolved == 0 ? "true" : "false");
            }
            if (random.nextInt(3) == 0) {
                row.put("csat", String.valueOf(1 + random.nextInt(5)));
                row.put("csat_scale", "5");
            }
            if (random.nextInt(4) == 0) {
                row.put("ces", String.valueOf(1 + random.nextInt(7)));
                row.put("ces_scale", "7");
            }
            if (random.nextInt(3) == 0) {
                row.put("nps", String.valueOf(random.nextInt(11)));
            }
            rows.add(row);
        }
        return rows;
    }
}
