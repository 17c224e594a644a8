package dev.cxkit.rules.audit.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.rules.audit.AuditFinding;
import dev.cxkit.rules.audit.AuditThresholds;
import dev.cxkit.rules.audit.Severity;
import org.jspecify.annotations.Nullable;

/**
 * CONTACT_REASON_SPIKE: contacts per reason per ISO week (queuedAt in the calendar's zone), the
 * current week and the trailing complete weeks only. The period starts on the local day of the
 * first contact and ends with {@code asOf} (exclusive); a week is complete if it lies inside (its
 * Monday is not before the first day and the next Monday starts no later than {@code asOf}). Not
 * thread-safe.
 */
final class ReasonWeeks {

    private final ZoneId zone;
    private final Instant asOf;
    private final LocalDate lastDay;
    private final AuditThresholds thresholds;
    private final Consumer<AuditFinding> sink;
    private @Nullable LocalDate firstDay;
    private @Nullable LocalDate currentWeek;
    private Map<String, int[]> counts = new HashMap<>();
    private final ArrayDeque<Map<String, int[]>> trailing = new ArrayDeque<>();
    private Instant dayStart = Instant.MAX;
    private Instant dayEnd = Instant.MIN;
    private LocalDate day = LocalDate.MIN;

    ReasonWeeks(ZoneId zone, Instant asOf, AuditThresholds thresholds, Consumer<AuditFinding> sink) {
        this.zone = zone;
        this.asOf = asOf;
        this.lastDay = LocalDate.ofInstant(asOf.minusNanos(1), zone);
        this.thresholds = thresholds;
        this.sink = sink;
    }

    /** Counts a contact; returns {@code false} if its week is already closed (a late contact). */
    boolean accept(String reason, Instant queuedAt) {
        LocalDate monday = localDate(queuedAt).with(DayOfWeek.MONDAY);
        if (firstDay == null) {
            firstDay = localDate(queuedAt);
            currentWeek = monday;
        }
        advanceTo(monday);
        if (monday.isBefore(currentWeek)) {
            return false;
        }
        counts.computeIfAbsent(reason, k -> new int[1])[0]++;
        return true;
    }

    /** Closes every week up to the one containing the last day of the period. */
    void finish() {
        if (currentWeek != null) {
            advanceTo(lastDay.with(DayOfWeek.MONDAY).plusWeeks(1));
        }
    }

    private void advanceTo(LocalDate monday) {
        while (currentWeek.isBefore(monday)) {
            close(currentWeek);
            currentWeek = currentWeek.plusWeeks(1);
            counts = new HashMap<>();
        }
    }

    private void close(LocalDate monday) {
        boolean complete = !monday.isBefore(firstDay) && !monday.plusWeeks(1).atStartOfDay(zone).toInstant().isAfter(asOf);
        if (!complete) {
            return;
        }
        int weeks = thresholds.spikeTrailingWeeks();
        if (trailing.size() == weeks) {
            for (Map.Entry<String, int[]> entry : new TreeMap<>(counts).entrySet()) {
                check(monday, entry.getKey(), entry.getValue()[0], weeks);
            }
            trailing.pollFirst();
        }
        trailing.addLast(counts);
    }

    private void check(LocalDate monday, String reason, int count, int weeks) {
        if (count < thresholds.spikeMinContacts()) {
            return;
        }
        double mean = 0;
        for (Map<String, int[]> week : trailing) {
            mean += value(week, reason);
        }
        mean /= weeks;
        double squares = 0;
        for (Map<String, int[]> week : trailing) {
            double d = value(week, reason) - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / (weeks - 1));
        if (count > mean + thresholds.spikeSigmas() * sd) {
            String week = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("reason", reason);
            evidence.put("week", week);
            evidence.put("count", Integer.toString(count));
            evidence.put("trailingMean", String.format(Locale.ROOT, "%.2f", mean));
            evidence.put("trailingSd", String.format(Locale.ROOT, "%.2f", sd));
            evidence.put("trailingWeeks", Integer.toString(weeks));
            sink.accept(new AuditFinding(MistakeCode.CONTACT_REASON_SPIKE, Severity.MEDIUM, "contact-reason-spike",
                    monday.atStartOfDay(zone).toInstant(), null, null, null, null, evidence,
                    "weekly count > mean + " + thresholds.spikeSigmas() + " × sample sd of the " + weeks
                            + " complete weeks before, and ≥ " + thresholds.spikeMinContacts(),
                    "Find the cause of the rise with the team that owns this reason and fix it at the source."));
        }
    }

    private static int value(Map<String, int[]> week, String reason) {
        int[] count = week.get(reason);
        return count == null ? 0 : count[0];
    }

    /** The local date; caches the current day because most calls ask about the same one. */
    private LocalDate localDate(Instant at) {
        if (at.isBefore(dayStart) || !at.isBefore(dayEnd)) {
            day = LocalDate.ofInstant(at, zone);
            dayStart = day.atStartOfDay(zone).toInstant();
            dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day;
    }
}
