package dev.cxkit.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.Comparison;
import dev.cxkit.kpi.ContactGroups;
import dev.cxkit.kpi.ContactMeasure;
import dev.cxkit.kpi.GroupComparison;
import dev.cxkit.kpi.PeriodComparison;

/**
 * The report's "Comparisons" panel (issue 22): effort and satisfaction with and without an
 * acknowledged emotional cue, and with warm against cold transfers; then the latest week of every
 * standard measure against the four weeks before it. The demo prints its first rows too.
 */
final class ComparisonPanel {

    private final List<GroupComparison> groups = List.of(
            GroupComparison.create(ContactMeasure.CES_EFFORT, ContactGroups.EMOTION_ACKNOWLEDGED),
            GroupComparison.create(ContactMeasure.CSAT_TOP_BOX, ContactGroups.EMOTION_ACKNOWLEDGED),
            GroupComparison.create(ContactMeasure.CSAT_TOP_BOX, ContactGroups.WARM_TRANSFER),
            GroupComparison.create(ContactMeasure.REPEATED_INFORMATION, ContactGroups.WARM_TRANSFER));
    private final List<PeriodComparison> weeks;

    private ComparisonPanel(ZoneId zone) {
        this.weeks = ContactMeasure.standard().stream()
                .map(m -> PeriodComparison.create(m, PeriodComparison.Period.WEEK, zone)).toList();
    }

    /** A panel cutting weeks in {@code zone}. */
    static ComparisonPanel create(ZoneId zone) {
        return new ComparisonPanel(zone);
    }

    /** Counts one interaction. */
    void accept(Interaction interaction) {
        for (GroupComparison c : groups) {
            c.accept(interaction);
        }
        for (PeriodComparison c : weeks) {
            c.accept(interaction);
        }
    }

    /** The group comparisons, in the panel's order. */
    List<GroupComparison> groupComparisons() {
        return groups;
    }

    /** The panel. */
    ReportPanel panel() {
        ReportPanel.TableBuilder byGroup = ReportPanel.Table.builder("Between groups of contacts")
                .column("Measure").column("First group").numericColumn("Contacts at mean").column("Second group")
                .numericColumn("Contacts at mean").numericColumn("Difference [95 % interval]").numericColumn("");
        for (GroupComparison c : groups) {
            Comparison r = c.comparison();
            byGroup.row(c.measure().description(), r.first().name(), ComparisonText.group(r.first(), c.measure().unit()),
                    r.second().name(), ComparisonText.group(r.second(), c.measure().unit()),
                    ComparisonText.difference(r), ComparisonText.verdict(r));
        }
        ReportPanel.TableBuilder byWeek = ReportPanel.Table.builder("The latest week against the four before it")
                .column("Measure").numericColumn("Before").numericColumn("Latest week")
                .numericColumn("Difference [95 % interval]").numericColumn("");
        int moved = 0;
        int compared = 0;
        String week = null;
        for (PeriodComparison c : weeks) {
            PeriodComparison.Change latest = c.latest();
            if (latest == null) {
                continue;
            }
            week = latest.start().toString();
            Comparison r = latest.comparison();
            if (r instanceof Comparison.Compared d) {
                compared++;
                moved += d.beyondNoise() ? 1 : 0;
            }
            byWeek.row(c.measure().description(), ComparisonText.group(r.first(), c.measure().unit()),
                    ComparisonText.group(r.second(), c.measure().unit()), ComparisonText.difference(r),
                    ComparisonText.verdict(r));
        }
        Comparison first = groups.get(0).comparison();
        String lead = first instanceof Comparison.Compared c
                ? "Effort (CES, 1-5, lower is better) where a frustration cue was not acknowledged: "
                        + ComparisonText.signed(c.unit(), c.difference()) + " against contacts whose cues were ("
                        + (c.beyondNoise() ? "beyond noise" : "within noise") + ")."
                : "Effort with and without acknowledged cues: " + ComparisonText.difference(first) + ".";
        ReportPanel.Builder panel = ReportPanel.builder("comparisons", "Comparisons").lead(lead).table(byGroup.build());
        if (week != null) {
            panel.table(byWeek.build()).note("Week of " + week + ": " + moved + " of " + compared
                    + " measures moved beyond noise against the four weeks before it.");
        }
        return panel.note("Intervals are Welch's 95 % intervals of the difference (second minus first); a change is beyond "
                + "noise when its interval excludes 0. Contacts that do not carry a measure are left out, not counted as 0. "
                + "cx compare gives every measure for any of these groupings.").build();
    }
}
