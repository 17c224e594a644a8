package dev.cxkit.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.FeedbackWorkItems;
import dev.cxkit.kpi.KpiValue;
import org.jspecify.annotations.Nullable;

/**
 * Feedback as work items for {@code cx feedback} and the report's "Feedback work items" panel
 * (issue 22). Keeps each contact's feedback (not the contact) so that the items can be judged at
 * the end of the data, which is known only when the file has been read.
 */
final class FeedbackPanel {

    /** Owners listed in the panel and the text output. */
    static final int OWNERS_SHOWN = 10;

    private final List<@Nullable Feedback> feedback = new ArrayList<>();
    private @Nullable Instant lastEnd;

    /** Keeps one contact's feedback and notes its end. */
    void accept(Interaction interaction) {
        feedback.add(interaction.feedback());
        if (lastEnd == null || interaction.endedAt().isAfter(lastEnd)) {
            lastEnd = interaction.endedAt();
        }
    }

    /** The latest {@code endedAt} read, or null when nothing was read. */
    @Nullable Instant endOfData() {
        return lastEnd;
    }

    /** The work items judged at {@code asOf}. */
    FeedbackWorkItems items(Instant asOf) {
        FeedbackWorkItems items = FeedbackWorkItems.create(asOf);
        feedback.forEach(items::acceptFeedback);
        return items;
    }

    /** The panel, judged at {@code asOf}. */
    ReportPanel panel(Instant asOf) {
        FeedbackWorkItems items = items(asOf);
        ReportPanel.TableBuilder answered = ReportPanel.Table.builder("Answered, by how the customer felt")
                .column("Feedback").numericColumn("Items").numericColumn("Answered");
        answered.row("all", count(items.result()), share(items.result()));
        for (FeedbackWorkItems.Polarity p : FeedbackWorkItems.Polarity.values()) {
            KpiValue v = items.respondedShare(p);
            answered.row(p.name().toLowerCase(Locale.ROOT), count(v), share(v));
        }
        ReportPanel.TableBuilder owners = ReportPanel.Table.builder("Open items per owner")
                .column("Owner").numericColumn("Open").numericColumn("Answered").numericColumn("Closed");
        List<FeedbackWorkItems.OwnerItems> list = items.owners();
        for (FeedbackWorkItems.OwnerItems o : list.subList(0, Math.min(OWNERS_SHOWN, list.size()))) {
            owners.row(o.owner() == null ? "(no owner)" : o.owner().value(), String.format(Locale.ROOT, "%,d", o.open()),
                    String.format(Locale.ROOT, "%,d", o.responded()), String.format(Locale.ROOT, "%,d", o.closed()));
        }
        return ReportPanel.builder("feedback-items", "Feedback work items")
                .lead(lead(items))
                .table(answered.build()).table(owners.build())
                .note("Judged as of " + asOf + ". An item is feedback with an answer or a theme; it counts as answered when "
                        + "its owner responded or closed the loop by then. A survey offered is a survey record, answered or "
                        + "not: an export that keeps answered surveys only shows every survey as answered. cx feedback "
                        + "lists every owner.")
                .build();
    }

    static String lead(FeedbackWorkItems items) {
        return "Surveys: " + share(items.surveyOfferedShare()) + " of contacts had one, " + share(items.surveyAnsweredShare())
                + " of those were answered. Feedback answered: " + share(items.result()) + " (positive "
                + share(items.respondedShare(FeedbackWorkItems.Polarity.POSITIVE)) + ", negative "
                + share(items.respondedShare(FeedbackWorkItems.Polarity.NEGATIVE)) + ").";
    }

    static String share(KpiValue value) {
        return value.value().isPresent() ? String.format(Locale.ROOT, "%.1f %%", value.value().getAsDouble() * 100) : "-";
    }

    private static String count(KpiValue value) {
        return String.format(Locale.ROOT, "%,d", value.count());
    }
}
