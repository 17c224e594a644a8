package dev.cxkit.audit.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.cxkit.core.ContactReason;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import org.jspecify.annotations.Nullable;

/**
 * CONTACT_REASON_SPIKE: contacts per reason per ISO week (queuedAt in the calendar's zone), the
 * current week and the trailing complete weeks only. The period starts on the local day of the
 * first contact and ends with {@code asOf}; a week is complete if it lies inside (its
 * Monday is not before the first day and the next Monday starts no later than {@code asOf}). The
 * judgement is {@link CrossContactJudge#reasonSpike}. Not thread-safe.
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

    /**
     * Closes the weeks before {@code monday}. Weeks without contacts are all alike, so after the
     * current one it closes at most the trailing weeks plus one of them and jumps over the rest: a
     * record dated in year −999,999,999 costs a few steps, not fifty billion.
     */
    private void advanceTo(LocalDate monday) {
        if (currentWeek.isBefore(monday)) {
            close(currentWeek);
            currentWeek = currentWeek.plusWeeks(1);
            counts = new HashMap<>();
            long empty = ChronoUnit.WEEKS.between(currentWeek, monday);
            int keep = thresholds.spikeTrailingWeeks() + 1;
            if (empty > keep) {
                // The skipped weeks are empty: each would only push an empty week into the trailing window,
                // which the last `keep` closes below fill completely anyway.
                currentWeek = monday.minusWeeks(keep);
            }
        }
        while (currentWeek.isBefore(monday)) {
            close(currentWeek);
            currentWeek = currentWeek.plusWeeks(1);
            counts = new HashMap<>();
        }
    }

    private void close(LocalDate monday) {
        if (!CrossContactJudge.isCompleteWeek(monday, firstDay, asOf, zone)) {
            return;
        }
        if (trailing.size() == thresholds.spikeTrailingWeeks()) {
            for (Map.Entry<String, int[]> entry : new TreeMap<>(counts).entrySet()) {
                check(monday, entry.getKey(), entry.getValue()[0]);
            }
            trailing.pollFirst();
        }
        trailing.addLast(counts);
    }

    private void check(LocalDate monday, String reason, int count) {
        if (count < thresholds.spikeMinContacts()) {
            return; // the judge says the same; this saves building the trailing counts
        }
        List<Long> before = new ArrayList<>(trailing.size());
        for (Map<String, int[]> week : trailing) {
            before.add((long) value(week, reason));
        }
        CrossContactJudge.reasonSpike(thresholds, zone, monday, ContactReason.of(reason), count, before)
                .ifPresent(sink);
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
