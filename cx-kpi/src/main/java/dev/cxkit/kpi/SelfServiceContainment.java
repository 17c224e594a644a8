package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Self-service containment and what bots carry: of the bot or self-service sessions, how many kept
 * the customer away from a person; their share of all demand; per contact reason, the share bots
 * already take; and the handle time of live contacts that follow a failed session against those that
 * came straight to a person. Source: docs/kpis.md#self-service-containment.
 *
 * <p><b>Definitions.</b> A <em>session</em> is an interaction with a
 * {@linkplain Interaction#selfService() self-service session} (SELF_SERVICE, or a bot-first CHAT or
 * MESSAGING contact). A <em>live contact</em> is any other answered contact on a channel other than
 * SELF_SERVICE: a person handled it. Abandoned contacts and SELF_SERVICE contacts without a session
 * record are neither (no person handled them, or nothing says a bot did); they are counted as
 * {@link Summary#ignored()}. Contacts are matched on the same customer and the same contact reason;
 * a session or live contact without a reason is counted but cannot be matched.
 *
 * <ul>
 *   <li><b>Containment</b> ({@code cx.kpi.containment}, ratio): {@code contained / judged sessions}.
 *     A session is contained when it did not end in a hand-over and no live contact of the same
 *     customer and reason was queued in {@code (queuedAt, queuedAt + window]}. A session is
 *     <em>judged</em> only when its whole window lies in the data, {@code queuedAt + window ≤ end},
 *     where the end is the given observation end or else the latest {@code queuedAt} seen; later
 *     sessions and sessions without a reason are not judged (never counted as contained).</li>
 *   <li><b>Deflection share</b> ({@code cx.kpi.deflection}, ratio): {@code contained / (judged
 *     sessions + live contacts)}, the part of the demand a bot took off the people.</li>
 *   <li><b>Automation share per reason</b> ({@code cx.kpi.automation_share}, ratio):
 *     {@code sessions / (sessions + live contacts)} of that reason, with its containment beside it.</li>
 *   <li><b>Live contacts after a failed session</b>: live contacts with a session of the same
 *     customer and reason ABANDONED, LOOPED or HANDED_OVER in {@code [queuedAt − window, queuedAt)},
 *     against live contacts with no session of that customer and reason in that window (straight to
 *     a person); each group's mean handle time ({@code cx.kpi.aht}, seconds) over contacts whose
 *     handle time is recorded. Live contacts after only RESOLVED sessions are counted apart.</li>
 * </ul>
 *
 * <p>Units: ratios in [0, 1]; handle times in seconds. Edge cases: no judged session gives an empty
 * containment; no demand an empty deflection share; no handle time in a group an empty mean. The
 * first window of the data may hide a session before it (a live contact then looks "straight").
 *
 * <p>Order- and shard-independent: the accumulator keeps one small entry per session and live
 * contact (about 60 bytes) and matches them when the result is read (O(n log n)); {@link #combine}
 * concatenates. Not thread-safe: use one per thread and {@link #combine}.
 */
public final class SelfServiceContainment implements KpiAccumulator<Interaction, SelfServiceContainment> {

    /** The containment KPI id. */
    public static final String ID = "cx.kpi.containment";
    /** The deflection-share KPI id. */
    public static final String DEFLECTION_ID = "cx.kpi.deflection";
    /** The automation-share KPI id (per reason). */
    public static final String AUTOMATION_ID = "cx.kpi.automation_share";
    /** The default window: 7 days, as the repeat window of FCR. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private record Key(CustomerId customer, ContactReason reason) {
    }

    /** A session (outcome set) or a live contact (handle time in seconds, or -1 if not recorded). */
    private record Entry(@Nullable Key key, @Nullable ContactReason reason, long at,
            SelfServiceSession.@Nullable Outcome outcome, double handleSeconds) {
    }

    private final Duration window;
    private final long windowMillis;
    private final List<Entry> sessions = new ArrayList<>();
    private final List<Entry> live = new ArrayList<>();
    private long ignored;
    private long latest = Long.MIN_VALUE;

    private SelfServiceContainment(Duration window) {
        Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The containment window (" + window + ") must be positive.\n"
                    + "Maybe use SelfServiceContainment.DEFAULT_WINDOW (7 days)?");
        }
        this.window = window;
        this.windowMillis = window.toMillis();
    }

    /**
     * An empty accumulator with the {@linkplain #DEFAULT_WINDOW default window} of 7 days.
     *
     * @return the accumulator
     */
    public static SelfServiceContainment create() {
        return new SelfServiceContainment(DEFAULT_WINDOW);
    }

    /**
     * An empty accumulator.
     *
     * @param window how long after a session a live contact still counts against it, positive
     * @return the accumulator
     * @throws IllegalArgumentException if {@code window} is zero or negative
     */
    public static SelfServiceContainment create(Duration window) {
        return new SelfServiceContainment(window);
    }

    /**
     * The window this accumulator matches contacts in.
     *
     * @return the window
     */
    public Duration window() {
        return window;
    }

    /**
     * Adds one interaction: a session, a live contact, or one that is neither (counted only).
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        long at = interaction.queuedAt().toEpochMilli();
        latest = Math.max(latest, at);
        ContactReason reason = interaction.reason();
        Key key = reason == null ? null : new Key(interaction.customerId(), reason);
        SelfServiceSession session = interaction.selfService();
        if (session != null) {
            sessions.add(new Entry(key, reason, at, session.outcome(), -1));
        } else if (interaction.channel() != Channel.SELF_SERVICE && !interaction.isAbandoned()) {
            Duration handle = interaction.handleTime();
            live.add(new Entry(key, reason, at, null, handle == null ? -1 : handle.toNanos() / 1e9));
        } else {
            ignored++;
        }
    }

    /**
     * Merges another accumulator of the same window into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has a different window
     */
    @Override
    public SelfServiceContainment combine(SelfServiceContainment other) {
        Checks.notNull(other, "other");
        if (!window.equals(other.window)) {
            throw new IllegalArgumentException("Cannot combine containment with window " + window + " and "
                    + other.window + ".\nMaybe the shards were created with different settings?");
        }
        List<Entry> otherSessions = List.copyOf(other.sessions);
        List<Entry> otherLive = List.copyOf(other.live);
        sessions.addAll(otherSessions);
        live.addAll(otherLive);
        ignored += other.ignored;
        latest = Math.max(latest, other.latest);
        return this;
    }

    /**
     * The containment rate, judged up to the latest {@code queuedAt} seen.
     *
     * @return {@code contained / judged sessions}, count = judged sessions; empty without a judged session
     */
    @Override
    public KpiValue result() {
        return summary().containment();
    }

    /**
     * Everything this accumulator measures, judged up to the latest {@code queuedAt} seen.
     *
     * @return the summary
     */
    public Summary summary() {
        return summary(latest == Long.MIN_VALUE ? null : Instant.ofEpochMilli(latest));
    }

    /**
     * Everything this accumulator measures, as if the data ended at {@code observedUntil}: sessions
     * whose window reaches past it are not judged (contacts after it still count as demand).
     *
     * @param observedUntil the end of the observed data, or {@code null} for none (nothing censored)
     * @return the summary
     */
    public Summary summary(@Nullable Instant observedUntil) {
        long end = observedUntil == null ? Long.MAX_VALUE : observedUntil.toEpochMilli();
        Map<Key, long[]> liveAt = instants(live, null);
        Map<Key, long[]> failedAt = instants(sessions, Boolean.TRUE);
        Map<Key, long[]> sessionAt = instants(sessions, null);
        Map<ContactReason, long[]> perReason = new TreeMap<>((a, b) -> a.key().compareTo(b.key()));
        long judged = 0;
        long contained = 0;
        long notJudged = 0;
        for (Entry s : sessions) {
            long[] row = s.reason() == null ? null : perReason.computeIfAbsent(s.reason(), r -> new long[4]);
            if (row != null) {
                row[0]++;
            }
            if (s.key() == null || s.at() > end - windowMillis) {
                notJudged++;
                continue;
            }
            judged++;
            if (row != null) {
                row[2]++;
            }
            boolean followed = any(liveAt.get(s.key()), s.at(), false);
            if (s.outcome() != SelfServiceSession.Outcome.HANDED_OVER && !followed) {
                contained++;
                if (row != null) {
                    row[3]++;
                }
            }
        }
        double[] afterFailed = new double[2];
        double[] straight = new double[2];
        long afterFailedCount = 0;
        long straightCount = 0;
        long afterResolved = 0;
        for (Entry l : live) {
            if (l.reason() != null) {
                perReason.computeIfAbsent(l.reason(), r -> new long[4])[1]++;
            }
            if (l.key() == null) {
                continue;
            }
            if (any(failedAt.get(l.key()), l.at(), true)) {
                afterFailedCount++;
                add(afterFailed, l.handleSeconds());
            } else if (any(sessionAt.get(l.key()), l.at(), true)) {
                afterResolved++;
            } else {
                straightCount++;
                add(straight, l.handleSeconds());
            }
        }
        String variant = window.toString();
        List<ReasonRow> rows = new ArrayList<>();
        perReason.forEach((reason, r) -> rows.add(new ReasonRow(reason, r[0], r[1],
                KpiValue.ratio(AUTOMATION_ID, variant, r[0], r[0] + r[1]), KpiValue.ratio(ID, variant, r[3], r[2]))));
        return new Summary(window, observedUntil, sessions.size(), judged, notJudged, contained, live.size(), ignored,
                KpiValue.ratio(ID, variant, contained, judged),
                KpiValue.ratio(DEFLECTION_ID, variant, contained, judged + live.size()), rows,
                afterFailedCount, mean(afterFailed, "after-failed-session"), straightCount,
                mean(straight, "straight-to-person"), afterResolved);
    }

    /** Per key, the sorted instants of the entries (of failed sessions only if {@code failed}). */
    private static Map<Key, long[]> instants(List<Entry> entries, @Nullable Boolean failed) {
        Map<Key, List<Long>> lists = new HashMap<>();
        for (Entry e : entries) {
            if (e.key() == null || (failed != null && e.outcome() == SelfServiceSession.Outcome.RESOLVED)) {
                continue;
            }
            lists.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.at());
        }
        Map<Key, long[]> result = new HashMap<>();
        lists.forEach((key, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            result.put(key, sorted);
        });
        return result;
    }

    /**
     * Whether {@code sorted} holds an instant in {@code (at, at + window]} (looking forward) or in
     * {@code [at − window, at)} (looking back).
     */
    private boolean any(long @Nullable [] sorted, long at, boolean back) {
        if (sorted == null) {
            return false;
        }
        long from = back ? at - windowMillis : at + 1;
        long to = back ? at - 1 : at + windowMillis;
        int i = Arrays.binarySearch(sorted, from);
        int index = i >= 0 ? i : -i - 1;
        // binarySearch finds any equal element: step back to the first one not below from.
        while (index > 0 && sorted[index - 1] >= from) {
            index--;
        }
        return index < sorted.length && sorted[index] <= to;
    }

    private static void add(double[] sum, double seconds) {
        if (seconds >= 0) {
            sum[0] += seconds;
            sum[1]++;
        }
    }

    private static KpiValue mean(double[] sum, String variant) {
        return sum[1] == 0 ? KpiValue.empty(AverageHandleTime.ID, variant, 0, KpiUnit.SECONDS)
                : KpiValue.of(AverageHandleTime.ID, variant, sum[0] / sum[1], (long) sum[1], KpiUnit.SECONDS);
    }

    /**
     * One contact reason: its sessions and live contacts, the share bots took and their containment.
     *
     * @param reason the contact reason
     * @param sessions the sessions with this reason
     * @param liveContacts the live contacts with this reason
     * @param automationShare {@code sessions / (sessions + liveContacts)}
     * @param containment contained / judged sessions of this reason; empty if none was judged
     */
    public record ReasonRow(ContactReason reason, long sessions, long liveContacts, KpiValue automationShare,
            KpiValue containment) {
    }

    /**
     * What {@link SelfServiceContainment} measured.
     *
     * @param window the matching window
     * @param observedUntil the end the sessions were judged against, or {@code null} for none
     * @param sessions all sessions
     * @param judged sessions whose window lies in the data and that have a reason
     * @param notJudged sessions too close to the end of the data, or without a reason
     * @param contained judged sessions neither handed over nor followed by a live contact
     * @param liveContacts live (answered, person-handled) contacts
     * @param ignored contacts that are neither: abandoned, or SELF_SERVICE without a session record
     * @param containment {@code contained / judged}
     * @param deflection {@code contained / (judged + liveContacts)}
     * @param byReason per contact reason, by reason key
     * @param liveAfterFailedSession live contacts after a failed session of the same customer and reason
     * @param ahtAfterFailedSession their mean handle time, seconds
     * @param liveStraightToPerson live contacts with no session of the same customer and reason before
     * @param ahtStraightToPerson their mean handle time, seconds
     * @param liveAfterResolvedSession live contacts after only resolved sessions
     */
    public record Summary(Duration window, @Nullable Instant observedUntil, long sessions, long judged,
            long notJudged, long contained, long liveContacts, long ignored, KpiValue containment,
            KpiValue deflection, List<ReasonRow> byReason, long liveAfterFailedSession,
            KpiValue ahtAfterFailedSession, long liveStraightToPerson, KpiValue ahtStraightToPerson,
            long liveAfterResolvedSession) {

        /** Copies the rows. */
        public Summary {
            byReason = List.copyOf(byReason);
        }

        /**
         * Whether the data had any session at all; without one, every figure here is "not recorded".
         *
         * @return {@code true} if {@code sessions > 0}
         */
        public boolean hasSessions() {
            return sessions > 0;
        }
    }
}
