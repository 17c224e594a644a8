package dev.cxkit.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.Dimension;
import dev.cxkit.kpi.EscalationRate;
import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiSet;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.RepeatContactRate;

/**
 * The report's "Weekly reason review" panel (issue 22, article 004's weekly trend review): per
 * week, the three contact reasons with the most repeat contacts, and over the whole period the
 * reasons escalated most often. Built from the repeat-contact and escalation KPIs grouped by reason
 * and by reason and week, so the figures equal those of {@code cx kpi --by reason+week} and
 * {@code cx kpi --by reason} (default settings).
 */
final class ReasonReviewPanel {

    /** Reasons with fewer contacts are not ranked by escalation rate: their rate says little. */
    static final long MIN_CONTACTS = 20;

    private static final String REASON = Dimension.REASON.key();

    private final KpiSet kpis;
    private final String weekKey;

    private ReasonReviewPanel(ZoneId zone) {
        Dimension week = Dimension.week(zone);
        this.weekKey = week.key();
        // Only the two KPIs the panel shows: repeats are found across all contacts, counted per group.
        this.kpis = KpiSet.builder().add("repeat", RepeatContactRate::create).add("escalation", EscalationRate::create)
                .groupBy(Dimension.REASON, week).groupBy(Dimension.REASON).build();
    }

    /** A panel cutting weeks in {@code zone}. */
    static ReasonReviewPanel create(ZoneId zone) {
        return new ReasonReviewPanel(zone);
    }

    /** Counts one interaction. */
    void accept(Interaction interaction) {
        kpis.accept(interaction);
    }

    private record Row(String reason, long contacts, long repeats, double repeatRate) {
    }

    /** The panel. */
    ReportPanel panel() {
        Map<String, Map<String, Row>> byWeek = new HashMap<>();
        Map<String, KpiValue> escalationByReason = new HashMap<>();
        for (GroupedKpiValue grouped : kpis.results()) {
            Map<String, String> tags = grouped.tags();
            KpiValue value = grouped.value();
            String reason = tags.get(REASON);
            if (reason == null) {
                continue;
            }
            String week = tags.get(weekKey);
            if (week != null && value.id().equals(RepeatContactRate.ID) && value.value().isPresent()) {
                long repeats = Math.round(value.value().getAsDouble() * value.count());
                byWeek.computeIfAbsent(week, w -> new HashMap<>())
                        .put(reason, new Row(reason, value.count(), repeats, value.value().getAsDouble()));
            } else if (week == null && tags.size() == 1 && value.id().equals(EscalationRate.ID)) {
                escalationByReason.put(reason, value);
            }
        }
        ReportPanel.TableBuilder weekly = ReportPanel.Table.builder("Top three recurring reasons per week")
                .column("Week").column("Reason").numericColumn("Contacts").numericColumn("Repeat contacts")
                .numericColumn("Repeat rate");
        for (String week : new TreeSet<>(byWeek.keySet())) {
            List<Row> rows = new ArrayList<>(byWeek.get(week).values());
            rows.sort(Comparator.comparingLong(Row::repeats).reversed().thenComparing(Row::reason));
            for (Row row : rows.subList(0, Math.min(3, rows.size()))) {
                weekly.row(week, row.reason(), count(row.contacts()), count(row.repeats()),
                        String.format(Locale.ROOT, "%.1f %%", row.repeatRate() * 100));
            }
        }
        List<Map.Entry<String, KpiValue>> escalated = new ArrayList<>(escalationByReason.entrySet());
        escalated.removeIf(e -> e.getValue().value().isEmpty() || e.getValue().count() < MIN_CONTACTS);
        escalated.sort(Comparator.comparingDouble((Map.Entry<String, KpiValue> e) -> -e.getValue().value().getAsDouble())
                .thenComparing(Map.Entry::getKey));
        ReportPanel.TableBuilder escalations = ReportPanel.Table.builder("Reasons escalated most often")
                .column("Reason").numericColumn("Answered contacts").numericColumn("Escalation rate");
        for (Map.Entry<String, KpiValue> e : escalated.subList(0, Math.min(5, escalated.size()))) {
            escalations.row(e.getKey(), count(e.getValue().count()),
                    String.format(Locale.ROOT, "%.1f %%", e.getValue().value().getAsDouble() * 100));
        }
        return ReportPanel.builder("reason-review", "Weekly reason review")
                .lead("The reasons customers came back for most, week by week, and the reasons most often escalated: "
                        + "where a fix upstream or a training gap pays off first.")
                .table(weekly.build()).table(escalations.build())
                .note("A repeat contact is a contact of the same customer and reason within 7 days of an earlier one "
                        + "(docs/kpis.md, repeat-contact rate). Reasons with fewer than " + MIN_CONTACTS
                        + " answered contacts are not ranked by escalation rate. The audit's ESCALATION_PATTERN flags "
                        + "a reason whose rate stands out among the reasons; cx kpi --by reason+week gives every figure.")
                .build();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
