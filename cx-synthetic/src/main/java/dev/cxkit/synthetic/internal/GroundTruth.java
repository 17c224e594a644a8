package dev.cxkit.synthetic.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.cxkit.core.Action;
import dev.cxkit.core.Agent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Grant;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.TruthLabel;

import org.jspecify.annotations.Nullable;

/**
 * The ground truth of the codes that span contacts, computed from the generated data as it is
 * emitted, with bounded state: repeats within 7 days, grants within the cap period, follow-ups
 * until their deadline, weekly counts per reason, handled and escalated contacts per agent. The
 * per-contact codes are {@link ContactRules}. Draws no random numbers. Not thread-safe.
 */
final class GroundTruth {

    private static final long DAY = 86_400L;
    private static final long REPEAT_WINDOW = 7 * DAY;
    private static final long CAP_WINDOW = AuthorityLimits.CAP_PERIOD.getSeconds();

    private record GrantEntry(Action action, long cents, long at) {
    }

    private static final class PendingFollowUp {
        final CaseId caseId;
        final int customer;
        final Instant resolvedAt;
        final Instant deadline;
        final long seq;
        boolean satisfied;

        PendingFollowUp(CaseId caseId, int customer, Instant resolvedAt, Instant deadline, long seq) {
            this.caseId = caseId;
            this.customer = customer;
            this.resolvedAt = resolvedAt;
            this.deadline = deadline;
            this.seq = seq;
        }
    }

    private final GeneratorConfig config;
    private final ZoneId zone;
    private final Instant periodEnd;
    private final LocalDate lastDay;
    private final AuthorityLimits limits;
    private final ContactReason[] reasons;
    private final Consumer<TruthLabel> label;

    // REPEAT_CONTACT: contacts of the last 7 days per customer.
    private final Map<Integer, ArrayDeque<long[]>> recentContacts = new HashMap<>();
    private final ArrayDeque<long[]> recentOrder = new ArrayDeque<>();
    // OVER_AUTHORITY: grants of the last 30 days per customer.
    private final Map<Integer, ArrayDeque<GrantEntry>> recentGrants = new HashMap<>();
    private final ArrayDeque<long[]> grantOrder = new ArrayDeque<>();
    // NO_FOLLOW_UP: cases waiting for their follow-up.
    private final PriorityQueue<PendingFollowUp> pendingByDeadline = new PriorityQueue<>(
            (a, b) -> a.deadline.equals(b.deadline) ? Long.compare(a.seq, b.seq) : a.deadline.compareTo(b.deadline));
    private final Map<Integer, List<PendingFollowUp>> pendingByCustomer = new HashMap<>();
    // CONTACT_REASON_SPIKE: weekly counts.
    private @Nullable LocalDate currentWeek;
    private int[] weekCounts;
    private final ArrayDeque<int[]> completeWeeks = new ArrayDeque<>();
    // ESCALATION_PATTERN: handled and escalated contacts per agent, team and reason.
    private long[] handled = new long[0];
    private long[] escalated = new long[0];
    private final Map<String, long[]> teamCounts = new TreeMap<>();
    private final Map<String, long[]> reasonCounts = new TreeMap<>();
    // NO_FOLLOW_UP: fulfilled follow-up and callback promises per customer, until they are past.
    private final Map<Integer, List<Instant>> promiseTouches = new HashMap<>();
    private final PriorityQueue<Object[]> touchOrder = new PriorityQueue<>((a, b) -> ((Instant) a[0]).compareTo((Instant) b[0]));
    private Instant cachedDayStart = Instant.MAX;
    private Instant cachedDayEnd = Instant.MIN;
    private LocalDate cachedDay = LocalDate.MIN;

    GroundTruth(GeneratorConfig config, ContactReason[] reasons, Consumer<TruthLabel> label) {
        this.config = config;
        this.zone = config.zone();
        this.periodEnd = config.periodEnd();
        this.lastDay = config.startDate().plusDays(config.days() - 1L);
        this.limits = config.authorityLimits();
        this.reasons = reasons;
        this.label = label;
        this.weekCounts = new int[reasons.length];
    }

    /** Sizes the per-agent counters once the roster is known. */
    void agents(int count) {
        handled = new long[count];
        escalated = new long[count];
    }

    /** Counts a contact handled by an agent for ESCALATION_PATTERN, by agent, team and reason. */
    void handled(int agent, @Nullable TeamId team, int reason, boolean wasEscalated) {
        handled[agent]++;
        if (wasEscalated) {
            escalated[agent]++;
        }
        if (team != null) {
            long[] t = teamCounts.computeIfAbsent(team.value(), k -> new long[2]);
            t[0]++;
            t[1] += wasEscalated ? 1 : 0;
        }
        long[] r = reasonCounts.computeIfAbsent(reasons[reason].key(), k -> new long[2]);
        r[0]++;
        r[1] += wasEscalated ? 1 : 0;
    }

    /**
     * A fulfilled FOLLOW_UP or CALLBACK promise of the customer: a follow-up at {@code fulfilledAt}
     * for the resolutions waiting now and those recorded later.
     */
    void promiseFulfilled(int customer, Instant fulfilledAt) {
        satisfyFollowUps(customer, fulfilledAt);
        promiseTouches.computeIfAbsent(customer, k -> new ArrayList<>(1)).add(fulfilledAt);
        touchOrder.add(new Object[] {fulfilledAt, customer});
    }

    /** Forgets promise fulfilments before {@code now}: every resolution recorded from now on lies after it. */
    private void expireTouches(Instant now) {
        while (!touchOrder.isEmpty() && ((Instant) touchOrder.peek()[0]).isBefore(now)) {
            Object[] old = touchOrder.poll();
            List<Instant> list = promiseTouches.get((Integer) old[1]);
            list.remove((Instant) old[0]);
            if (list.isEmpty()) {
                promiseTouches.remove((Integer) old[1]);
            }
        }
    }

    /** Records a resolution of a case that needs a follow-up by {@code deadline}. */
    void awaitFollowUp(CaseId caseId, int customer, Instant resolvedAt, Instant deadline, long seq) {
        PendingFollowUp pending = new PendingFollowUp(caseId, customer, resolvedAt, deadline, seq);
        pendingByDeadline.add(pending);
        pendingByCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(pending);
        for (Instant touch : promiseTouches.getOrDefault(customer, List.of())) {
            if (!touch.isBefore(resolvedAt) && !touch.isAfter(deadline)) {
                pending.satisfied = true;
            }
        }
    }

    boolean trackRepeat(int customer, int reason, Instant at) {
        long now = at.getEpochSecond();
        while (!recentOrder.isEmpty() && recentOrder.peekFirst()[0] < now - REPEAT_WINDOW) {
            long[] old = recentOrder.pollFirst();
            ArrayDeque<long[]> list = recentContacts.get((int) old[1]);
            list.pollFirst();
            if (list.isEmpty()) {
                recentContacts.remove((int) old[1]);
            }
        }
        ArrayDeque<long[]> list = recentContacts.computeIfAbsent(customer, k -> new ArrayDeque<>(2));
        boolean repeat = false;
        for (long[] entry : list) {
            if (entry[1] == reason && entry[0] < now) {
                repeat = true;
            }
        }
        list.addLast(new long[] {now, reason});
        recentOrder.addLast(new long[] {now, customer});
        return repeat;
    }

    private void expireGrants(long now) {
        while (!grantOrder.isEmpty() && grantOrder.peekFirst()[0] < now - CAP_WINDOW) {
            long[] old = grantOrder.pollFirst();
            ArrayDeque<GrantEntry> list = recentGrants.get((int) old[1]);
            list.pollFirst();
            if (list.isEmpty()) {
                recentGrants.remove((int) old[1]);
            }
        }
    }

    long priorGrants(int customer, Action action, Instant at) {
        expireGrants(at.getEpochSecond());
        ArrayDeque<GrantEntry> list = recentGrants.get(customer);
        long sum = 0;
        if (list != null) {
            for (GrantEntry entry : list) {
                if (entry.action() == action) {
                    sum += entry.cents();
                }
            }
        }
        return sum;
    }

    boolean trackGrants(int customer, Interaction interaction) {
        if (interaction.grants().isEmpty()) {
            return false;
        }
        Tier tier = interaction.agentTier() != null ? interaction.agentTier() : Tier.T1;
        long now = interaction.queuedAt().getEpochSecond();
        boolean over = false;
        for (Grant grant : interaction.grants()) {
            AuthorityLimits.Limit limit = limits.limit(grant.action(), tier);
            if (grant.amount() instanceof Percent percent) {
                over |= percent.compareTo((Percent) limit.allowUpTo()) > 0;
                continue;
            }
            Money amount = (Money) grant.amount();
            long prior = priorGrants(customer, grant.action(), interaction.queuedAt());
            Money cap = limit.periodCap();
            over |= amount.compareTo((Money) limit.allowUpTo()) > 0
                    || (cap != null && prior + cents(amount) > cents(cap));
            recentGrants.computeIfAbsent(customer, k -> new ArrayDeque<>(2))
                    .addLast(new GrantEntry(grant.action(), cents(amount), now));
            grantOrder.addLast(new long[] {now, customer});
        }
        return over;
    }

    private static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    void expireFollowUps(Instant now) {
        expireTouches(now);
        while (!pendingByDeadline.isEmpty() && pendingByDeadline.peek().deadline.isBefore(now)) {
            closeFollowUp(pendingByDeadline.poll());
        }
    }

    private void closeFollowUp(PendingFollowUp pending) {
        List<PendingFollowUp> list = pendingByCustomer.get(pending.customer);
        if (list != null) {
            list.remove(pending);
            if (list.isEmpty()) {
                pendingByCustomer.remove(pending.customer);
            }
        }
        if (!pending.satisfied && !pending.deadline.isAfter(periodEnd)) {
            label.accept(new TruthLabel(MistakeCode.NO_FOLLOW_UP, null, pending.caseId, null, null, null));
        }
    }

    void satisfyFollowUps(int customer, Instant at) {
        List<PendingFollowUp> list = pendingByCustomer.get(customer);
        if (list != null) {
            for (PendingFollowUp pending : list) {
                if (!at.isBefore(pending.resolvedAt) && !at.isAfter(pending.deadline)) {
                    pending.satisfied = true;
                }
            }
        }
    }

    void countForSpikes(int reason, Instant at) {
        LocalDate monday = localDate(at).with(DayOfWeek.MONDAY);
        advanceWeeks(monday);
        weekCounts[reason]++;
    }

    private void advanceWeeks(LocalDate monday) {
        if (currentWeek == null) {
            currentWeek = monday;
        }
        while (currentWeek.isBefore(monday)) {
            closeWeek(currentWeek);
            currentWeek = currentWeek.plusWeeks(1);
            weekCounts = new int[reasons.length];
        }
    }

    private void closeWeek(LocalDate monday) {
        boolean complete = !monday.isBefore(config.startDate()) && !monday.plusDays(6).isAfter(lastDay);
        if (!complete) {
            return;
        }
        if (completeWeeks.size() == 4) {
            for (int r = 0; r < reasons.length; r++) {
                double mean = 0;
                for (int[] week : completeWeeks) {
                    mean += week[r];
                }
                mean /= 4;
                double squares = 0;
                for (int[] week : completeWeeks) {
                    squares += (week[r] - mean) * (week[r] - mean);
                }
                double sd = Math.sqrt(squares / 3);
                if (weekCounts[r] >= 10 && weekCounts[r] > mean + 3 * sd) {
                    String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    label.accept(new TruthLabel(MistakeCode.CONTACT_REASON_SPIKE, null, null, null, reasons[r].key(), week));
                }
            }
            completeWeeks.pollFirst();
        }
        completeWeeks.addLast(weekCounts.clone());
    }

    void finish(List<Agent> agents) {
        while (!pendingByDeadline.isEmpty()) {
            closeFollowUp(pendingByDeadline.poll());
        }
        advanceWeeks(lastDay.with(DayOfWeek.MONDAY).plusWeeks(1));
        for (Tier tier : Tier.values()) {
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                if (agents.get(i).tier() == tier && handled[i] >= 20) {
                    rates.add((double) escalated[i] / handled[i]);
                }
            }
            if (rates.isEmpty()) {
                continue;
            }
            double median = median(rates);
            List<Double> deviations = new ArrayList<>();
            for (double r : rates) {
                deviations.add(Math.abs(r - median));
            }
            double threshold = median + 2 * median(deviations);
            for (int i = 0; i < agents.size(); i++) {
                if (agents.get(i).tier() == tier && handled[i] >= 20 && (double) escalated[i] / handled[i] > threshold) {
                    label.accept(new TruthLabel(MistakeCode.ESCALATION_PATTERN, null, null, agents.get(i).id(), null, null));
                }
            }
        }
        for (String team : outliers(teamCounts)) {
            label.accept(new TruthLabel(MistakeCode.ESCALATION_PATTERN, null, null, null, null, null, team));
        }
        for (String reason : outliers(reasonCounts)) {
            label.accept(new TruthLabel(MistakeCode.ESCALATION_PATTERN, null, null, null, reason, null));
        }
    }

    /** Groups (teams or reasons) whose escalation rate exceeds the median + 2 × MAD of the groups with ≥ 20 handled. */
    private static List<String> outliers(Map<String, long[]> counts) {
        List<String> peers = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        counts.forEach((group, c) -> {
            if (c[0] >= 20) {
                peers.add(group);
                rates.add((double) c[1] / c[0]);
            }
        });
        if (rates.isEmpty()) {
            return List.of();
        }
        double median = median(rates);
        List<Double> deviations = new ArrayList<>();
        for (double r : rates) {
            deviations.add(Math.abs(r - median));
        }
        double threshold = median + 2 * median(deviations);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            if (rates.get(i) > threshold) {
                result.add(peers.get(i));
            }
        }
        return result;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The local date of an instant; caches the last day because most calls ask about the same one. */
    private LocalDate localDate(Instant at) {
        if (at.isBefore(cachedDayStart) || !at.isBefore(cachedDayEnd)) {
            cachedDay = LocalDate.ofInstant(at, zone);
            cachedDayStart = cachedDay.atStartOfDay(zone).toInstant();
            cachedDayEnd = cachedDay.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return cachedDay;
    }
}
