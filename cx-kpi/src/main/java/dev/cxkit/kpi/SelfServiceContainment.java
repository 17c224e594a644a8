package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.PairIndex;
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
 * <p>Order- and shard-independent: the accumulator keeps one entry per session and live contact
 * (24 bytes in primitive arrays, plus about 25 bytes per distinct customer and reason) and matches
 * them when the result is read (O(n log n)); {@link #combine} concatenates. Not thread-safe: use one per thread and {@link #combine}.
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

    /** No reason: the contact is counted but cannot be matched. */
    private static final int NONE = -1;
    private static final SelfServiceSession.Outcome[] OUTCOMES = SelfServiceSession.Outcome.values();

    /**
     * Sessions or live contacts as parallel arrays: the (customer, reason) key id, the reason id, the
     * queue instant in epoch milliseconds and a value (a session's outcome ordinal; a live contact's
     * handle time in seconds, or -1 if not recorded). 24 bytes per contact, no object.
     */
    private static final class Entries {
        int size;
        int[] keys = new int[16];
        int[] reasons = new int[16];
        long[] at = new long[16];
        double[] values = new double[16];

        void add(int key, int reason, long instant, double value) {
            if (size == keys.length) {
                int capacity = size + (size >> 1);
                keys = Arrays.copyOf(keys, capacity);
                reasons = Arrays.copyOf(reasons, capacity);
                at = Arrays.copyOf(at, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            keys[size] = key;
            reasons[size] = reason;
            at[size] = instant;
            values[size] = value;
            size++;
        }
    }

    private final Duration window;
    private final long windowMillis;
    /** (customer id, reason key) of every contact with a reason. */
    private final PairIndex keys = new PairIndex();
    /** The reasons seen, by id, and their ids by key. */
    private final List<ContactReason> reasons = new ArrayList<>();
    private final Map<String, Integer> reasonIds = new HashMap<>();
    private final Entries sessions = new Entries();
    private final Entries live = new Entries();
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
        SelfServiceSession session = interaction.selfService();
        boolean isLive = session == null && interaction.channel() != Channel.SELF_SERVICE && !interaction.isAbandoned();
        if (session == null && !isLive) {
            ignored++;
            return;
        }
        ContactReason reason = interaction.reason();
        int key = reason == null ? NONE : keys.idOf(interaction.customerId().value(), reason.key());
        int reasonId = reason == null ? NONE : reasonId(reason);
        if (session != null) {
            sessions.add(key, reasonId, at, session.outcome().ordinal());
        } else {
            Duration handle = interaction.handleTime();
            live.add(key, reasonId, at, handle == null ? -1 : handle.toNanos() / 1e9);
        }
    }

    private int reasonId(ContactReason reason) {
        Integer id = reasonIds.get(reason.key());
        if (id == null) {
            id = reasons.size();
            reasons.add(reason);
            reasonIds.put(reason.key(), id);
        }
        return id;
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
        // Sizes first: when other == this, adding grows the arrays being read.
        int otherSessions = other.sessions.size;
        int otherLive = other.live.size;
        int[] keyIds = new int[other.keys.size()];
        for (int k = 0; k < keyIds.length; k++) {
            keyIds[k] = keys.idOf(other.keys.first(k), other.keys.second(k));
        }
        int[] reasonIdsOfOther = new int[other.reasons.size()];
        for (int r = 0; r < reasonIdsOfOther.length; r++) {
            reasonIdsOfOther[r] = reasonId(other.reasons.get(r));
        }
        append(sessions, other.sessions, otherSessions, keyIds, reasonIdsOfOther);
        append(live, other.live, otherLive, keyIds, reasonIdsOfOther);
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
        Grouped liveAt = Grouped.of(live, keys.size(), false);
        Grouped failedAt = Grouped.of(sessions, keys.size(), true);
        Grouped sessionAt = Grouped.of(sessions, keys.size(), false);
        // Per reason id: sessions, live contacts, judged sessions, contained sessions.
        long[][] perReason = new long[reasons.size()][4];
        long judged = 0;
        long contained = 0;
        long notJudged = 0;
        for (int i = 0; i < sessions.size; i++) {
            int key = sessions.keys[i];
            long at = sessions.at[i];
            long[] row = sessions.reasons[i] == NONE ? null : perReason[sessions.reasons[i]];
            if (row != null) {
                row[0]++;
            }
            if (key == NONE || at > end - windowMillis) {
                notJudged++;
                continue;
            }
            judged++;
            if (row != null) {
                row[2]++;
            }
            boolean handedOver = OUTCOMES[(int) sessions.values[i]] == SelfServiceSession.Outcome.HANDED_OVER;
            if (!handedOver && !liveAt.any(key, at + 1, at + windowMillis)) {
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
        for (int i = 0; i < live.size; i++) {
            if (live.reasons[i] != NONE) {
                perReason[live.reasons[i]][1]++;
            }
            int key = live.keys[i];
            if (key == NONE) {
                continue;
            }
            long at = live.at[i];
            if (failedAt.any(key, at - windowMillis, at - 1)) {
                afterFailedCount++;
                add(afterFailed, live.values[i]);
            } else if (sessionAt.any(key, at - windowMillis, at - 1)) {
                afterResolved++;
            } else {
                straightCount++;
                add(straight, live.values[i]);
            }
        }
        String variant = window.toString();
        Integer[] byKey = new Integer[reasons.size()];
        Arrays.setAll(byKey, r -> r);
        Arrays.sort(byKey, (a, b) -> reasons.get(a).key().compareTo(reasons.get(b).key()));
        List<ReasonRow> rows = new ArrayList<>();
        for (int id : byKey) {
            long[] r = perReason[id];
            rows.add(new ReasonRow(reasons.get(id), r[0], r[1], KpiValue.ratio(AUTOMATION_ID, variant, r[0], r[0] + r[1]),
                    KpiValue.ratio(ID, variant, r[3], r[2])));
        }
        return new Summary(window, observedUntil, sessions.size, judged, notJudged, contained, live.size, ignored,
                KpiValue.ratio(ID, variant, contained, judged),
                KpiValue.ratio(DEFLECTION_ID, variant, contained, judged + live.size), rows,
                afterFailedCount, mean(afterFailed, "after-failed-session"), straightCount,
                mean(straight, "straight-to-person"), afterResolved);
    }

    private static void append(Entries into, Entries from, int count, int[] keyIds, int[] reasonIds) {
        for (int i = 0; i < count; i++) {
            int key = from.keys[i];
            int reason = from.reasons[i];
            into.add(key == NONE ? NONE : keyIds[key], reason == NONE ? NONE : reasonIds[reason], from.at[i],
                    from.values[i]);
        }
    }

    /**
     * Per key id, the sorted instants of some entries, laid out one key after the other: key
     * {@code k}'s instants are {@code at[start[k] .. start[k + 1])}.
     */
    private record Grouped(int[] start, long[] at) {

        /** Groups the entries with a key (only failed sessions, not RESOLVED ones, if {@code failedOnly}). */
        static Grouped of(Entries entries, int keyCount, boolean failedOnly) {
            int[] start = new int[keyCount + 1];
            for (int i = 0; i < entries.size; i++) {
                if (included(entries, i, failedOnly)) {
                    start[entries.keys[i] + 1]++;
                }
            }
            for (int k = 0; k < keyCount; k++) {
                start[k + 1] += start[k];
            }
            int[] next = Arrays.copyOf(start, keyCount);
            long[] at = new long[start[keyCount]];
            for (int i = 0; i < entries.size; i++) {
                if (included(entries, i, failedOnly)) {
                    at[next[entries.keys[i]]++] = entries.at[i];
                }
            }
            for (int k = 0; k < keyCount; k++) {
                if (start[k + 1] - start[k] > 1) {
                    Arrays.sort(at, start[k], start[k + 1]);
                }
            }
            return new Grouped(start, at);
        }

        private static boolean included(Entries entries, int i, boolean failedOnly) {
            return entries.keys[i] != NONE && !(failedOnly
                    && OUTCOMES[(int) entries.values[i]] == SelfServiceSession.Outcome.RESOLVED);
        }

        /** Whether key {@code k} has an instant in {@code [from, to]}. */
        boolean any(int k, long from, long to) {
            int lo = start[k];
            int hi = start[k + 1];
            // The first instant not below from.
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < start[k + 1] && at[lo] <= to;
        }
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
