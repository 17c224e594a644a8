package dev.cxkit.audit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.Action;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;

/**
 * A second implementation of the audit catalog, written from docs/audit-catalog.md alone and as
 * plainly as possible: it loads everything, sorts it, and loops over it. No rules engine, no
 * windows, no streaming, nothing of cx-audit but the codes; the default thresholds are written out
 * here as the catalog gives them. {@link OracleDifferentialTest} compares it with the
 * {@link Auditor}.
 *
 * <p>Each verdict is a line {@code CODE subject occurredAt}: the subject is {@code i:} and the
 * interaction id for contact codes and REPEAT_CONTACT, {@code k:} and the case id for the case codes,
 * {@code a:}, {@code t:} or {@code r:} and the agent, team or reason for ESCALATION_PATTERN, and
 * {@code r:reason@week} for CONTACT_REASON_SPIKE.
 */
final class NaiveAuditOracle {

    // The catalog's defaults (docs/audit-files.md#thresholds).
    private static final Duration STATED_MARGIN = Duration.ofSeconds(30);
    private static final Duration LONG_HOLD = Duration.ofMinutes(5);
    private static final Duration CHAT_REPLY = Duration.ofSeconds(45);
    private static final Duration PHONE_ANSWER = Duration.ofSeconds(60);
    private static final Duration EMAIL_REPLY = Duration.ofHours(24);
    private static final Duration MESSAGING_REPLY = Duration.ofMinutes(15);
    private static final Duration REPEAT_WINDOW = Duration.ofDays(7);
    private static final int FOLLOW_UP_DAYS = 2;
    private static final Duration FEEDBACK_LIMIT = Duration.ofDays(14);
    private static final int ESCALATION_MIN = 20;
    private static final double ESCALATION_MAD = 2;
    private static final double SPIKE_SIGMAS = 3;
    private static final int SPIKE_MIN = 10;
    private static final int SPIKE_WEEKS = 4;
    private static final Duration CAP_PERIOD = Duration.ofDays(30);

    /** One row of an authority matrix with {@code *} segments: allowance and optional customer cap. */
    record MatrixRow(Action action, Tier tier, BigDecimal allowUpTo, boolean percent, String currency,
            BigDecimal periodCap) {
    }

    private final BusinessCalendar calendar;
    private final Map<String, MatrixRow> matrix = new HashMap<>();
    private final List<String> verdicts = new ArrayList<>();
    private final Map<MistakeCode, Long> notJudged = new EnumMap<>(MistakeCode.class);
    /** Resolutions that needed a follow-up but whose case no contact names. */
    private long unchecked;

    /**
     * @param calendar the business calendar of every channel
     * @param matrixCsv an authority matrix as the tests' {@code generator-authority.csv} has it, or
     *     {@code null} for no OVER_AUTHORITY
     */
    NaiveAuditOracle(BusinessCalendar calendar, String matrixCsv) {
        this.calendar = calendar;
        if (matrixCsv != null) {
            String[] lines = matrixCsv.strip().split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", -1);
                boolean percent = cells[4].endsWith("%");
                MatrixRow row = new MatrixRow(Action.valueOf(cells[1]), Tier.valueOf(cells[2]),
                        new BigDecimal(percent ? cells[4].substring(0, cells[4].length() - 1) : cells[4]), percent,
                        cells[7], cells[8].isEmpty() ? null : new BigDecimal(cells[8]));
                matrix.put(row.action() + "/" + row.tier(), row);
            }
        }
    }

    /** The verdicts, one line each, sorted. */
    List<String> verdicts() {
        List<String> sorted = new ArrayList<>(verdicts);
        sorted.sort(null);
        return sorted;
    }

    Map<MistakeCode, Long> notJudged() {
        return notJudged;
    }

    long uncheckedFollowUps() {
        return unchecked;
    }

    private void verdict(MistakeCode code, String subject, Instant at) {
        verdicts.add(code + " " + subject + " " + at);
    }

    /** Judges everything at {@code asOf}. */
    NaiveAuditOracle judge(List<Interaction> input, List<CaseEvent> caseInput, Instant asOf) {
        // Only what happened by asOf is known; contacts in queuedAt order, ties in input order (sort is stable).
        List<Interaction> contacts = new ArrayList<>();
        for (Interaction i : input) {
            if (!i.queuedAt().isAfter(asOf)) {
                contacts.add(i);
            }
        }
        contacts.sort(Comparator.comparing(Interaction::queuedAt));
        for (MistakeCode code : List.of(MistakeCode.HOLD_OVER_STATED, MistakeCode.LONG_HOLD, MistakeCode.UNEXPLAINED_HOLD,
                MistakeCode.COLD_TRANSFER, MistakeCode.MISSING_HANDOFF_SUMMARY, MistakeCode.EMOTION_NOT_ACKNOWLEDGED,
                MistakeCode.BOT_DEAD_END)) {
            notJudged.put(code, 0L);
        }
        for (Interaction i : contacts) {
            perContact(i, asOf);
        }
        overAuthority(contacts);
        repeats(contacts);
        cases(contacts, caseInput, asOf);
        escalations(contacts);
        spikes(contacts, asOf);
        return this;
    }

    // ------------------------------------------------------------------ per contact

    private void perContact(Interaction i, Instant asOf) {
        String subject = "i:" + i.id().value();
        // BOT_DEAD_END: a session abandoned or looped while the bot said it offered no person; an
        // unrecorded offer is not judged. The next contact is only evidence.
        if (i.selfService() != null && (i.selfService().outcome() == SelfServiceSession.Outcome.ABANDONED
                || i.selfService().outcome() == SelfServiceSession.Outcome.LOOPED)) {
            if (i.selfService().personOffered() == null) {
                notJudged.merge(MistakeCode.BOT_DEAD_END, 1L, Long::sum);
            } else if (!i.selfService().personOffered()) {
                verdict(MistakeCode.BOT_DEAD_END, subject, i.endedAt());
            }
        }
        for (Promise p : i.promises()) {
            Instant deadline = p.dueBy().plus(p.grace());
            boolean known = p.fulfilledAt() != null && !p.fulfilledAt().isAfter(asOf);
            boolean broken = known ? p.fulfilledAt().isAfter(deadline) : asOf.isAfter(deadline);
            if (broken) {
                verdict(MistakeCode.BROKEN_PROMISE, subject, deadline);
            }
        }
        boolean longSegment = false;
        boolean unrecordedExplained = false;
        for (HoldSegment h : i.holds()) {
            Duration actual = Duration.between(h.start(), h.end());
            Duration stated = h.statedWait();
            if (stated != null && actual.multipliedBy(2).compareTo(stated.multipliedBy(3)) > 0
                    && actual.compareTo(stated.plus(STATED_MARGIN)) > 0) {
                verdict(MistakeCode.HOLD_OVER_STATED, subject, h.end());
            }
            if (actual.compareTo(LONG_HOLD) > 0) {
                verdict(MistakeCode.LONG_HOLD, subject, h.end());
                longSegment = true;
            }
            if (h.explained() == null) {
                unrecordedExplained = true;
            } else if (!h.explained()) {
                verdict(MistakeCode.UNEXPLAINED_HOLD, subject, h.start());
            }
        }
        if (!longSegment && i.hold() != null && i.hold().compareTo(LONG_HOLD) > 0) {
            verdict(MistakeCode.LONG_HOLD, subject, i.endedAt());
        }
        if (i.answeredAt() != null) {
            Instant reply = i.firstReplyAt() != null ? i.firstReplyAt() : i.answeredAt();
            Duration plain = Duration.between(i.queuedAt(), reply);
            Channel c = i.channel();
            if (c == Channel.PHONE && Duration.between(i.queuedAt(), i.answeredAt()).compareTo(PHONE_ANSWER) > 0) {
                verdict(MistakeCode.SLOW_FIRST_REPLY, subject, i.answeredAt());
            } else if ((c == Channel.CHAT || c == Channel.SOCIAL) && plain.compareTo(CHAT_REPLY) > 0) {
                verdict(MistakeCode.SLOW_FIRST_REPLY, subject, reply);
            } else if (c == Channel.EMAIL && calendar.businessDurationBetween(i.queuedAt(), reply).compareTo(EMAIL_REPLY) > 0) {
                verdict(MistakeCode.SLOW_FIRST_REPLY, subject, reply);
            } else if (c == Channel.MESSAGING
                    && calendar.businessDurationBetween(i.queuedAt(), reply).compareTo(MESSAGING_REPLY) > 0) {
                verdict(MistakeCode.SLOW_FIRST_REPLY, subject, reply);
            }
        }
        boolean unrecordedWarm = false;
        for (Transfer t : i.transfers()) {
            if (t.warm() == null) {
                unrecordedWarm = true;
            } else if (!t.warm()) {
                verdict(MistakeCode.COLD_TRANSFER, subject, t.at());
            }
            if (t.handoffSummary() == null || t.handoffSummary().isBlank()) {
                verdict(MistakeCode.MISSING_HANDOFF_SUMMARY, subject, t.at());
            }
        }
        if (i.customerRepeatedInformation()) {
            verdict(MistakeCode.CUSTOMER_REPEATED_INFO, subject, i.endedAt());
        }
        boolean unrecordedAcknowledged = false;
        for (EmotionalCue cue : i.emotionalCues()) {
            if (cue.acknowledged() == null) {
                unrecordedAcknowledged = true;
            } else if (!cue.acknowledged()) {
                verdict(MistakeCode.EMOTION_NOT_ACKNOWLEDGED, subject, cue.at());
            }
        }
        Feedback f = i.feedback();
        if (f != null) {
            boolean negative = (f.csat() != null && f.csat().score() * 2 < f.csat().scale().max() + 1)
                    || (f.nps() != null && f.nps() <= 6);
            boolean high = f.priority() == Priority.HIGH || f.priority() == Priority.URGENT;
            Instant end = f.loopClosedAt() != null && !f.loopClosedAt().isAfter(asOf) ? f.loopClosedAt() : asOf;
            Duration open = end.isBefore(f.receivedAt()) ? Duration.ZERO : Duration.between(f.receivedAt(), end);
            if ((negative || high) && open.compareTo(FEEDBACK_LIMIT) > 0) {
                verdict(MistakeCode.FEEDBACK_LOOP_OPEN, subject, f.receivedAt().plus(FEEDBACK_LIMIT));
            }
        }
        // Not recorded is not judged: an answered contact without its hold time or its transfers.
        boolean answeredWithout = i.answeredAt() != null;
        boolean noHold = answeredWithout && !i.isRecorded(InteractionFact.HOLD);
        boolean noTransfers = answeredWithout && !i.isRecorded(InteractionFact.TRANSFERS);
        count(noHold, MistakeCode.HOLD_OVER_STATED);
        count(noHold, MistakeCode.LONG_HOLD);
        count(noHold || unrecordedExplained, MistakeCode.UNEXPLAINED_HOLD);
        count(noTransfers || unrecordedWarm, MistakeCode.COLD_TRANSFER);
        count(noTransfers, MistakeCode.MISSING_HANDOFF_SUMMARY);
        count(unrecordedAcknowledged, MistakeCode.EMOTION_NOT_ACKNOWLEDGED);
    }

    private void count(boolean unrecorded, MistakeCode code) {
        if (unrecorded) {
            notJudged.merge(code, 1L, Long::sum);
        }
    }

    /** Grants against the matrix: amount above the allowance, or the customer's 30-day total above the cap. */
    private void overAuthority(List<Interaction> contacts) {
        if (matrix.isEmpty()) {
            return;
        }
        record Given(String customer, Action action, Instant at, BigDecimal amount) {
        }
        Map<String, List<Given>> given = new HashMap<>();
        for (Interaction i : contacts) {
            if (i.agentId() == null || i.agentTier() == null) {
                continue;
            }
            Instant at = i.queuedAt();
            for (Grant g : i.grants()) {
                MatrixRow row = matrix.get(g.action() + "/" + i.agentTier());
                boolean over;
                BigDecimal amount;
                if (g.amount() instanceof Percent p) {
                    amount = p.value();
                    over = row == null || !row.percent() || amount.compareTo(row.allowUpTo()) > 0;
                } else {
                    Money m = (Money) g.amount();
                    amount = m.amount();
                    over = row == null || row.percent() || !m.currency().getCurrencyCode().equals(row.currency())
                            || amount.compareTo(row.allowUpTo()) > 0;
                    if (!over && row.periodCap() != null) {
                        BigDecimal before = BigDecimal.ZERO;
                        for (Given e : given.getOrDefault(i.customerId().value(), List.of())) {
                            // The cap window is (at − period, at].
                            if (e.action() == g.action()
                                    && e.at().isAfter(at.minus(CAP_PERIOD)) && !e.at().isAfter(at)) {
                                before = before.add(e.amount());
                            }
                        }
                        over = before.add(amount).compareTo(row.periodCap()) > 0;
                    }
                }
                if (over) {
                    verdict(MistakeCode.OVER_AUTHORITY, "i:" + i.id().value(), i.endedAt());
                }
                if (g.amount() instanceof Money) {
                    given.computeIfAbsent(i.customerId().value(), k -> new ArrayList<>())
                            .add(new Given(i.customerId().value(), g.action(), at, amount));
                }
            }
        }
    }

    // ------------------------------------------------------------------ across contacts

    private void repeats(List<Interaction> contacts) {
        Map<String, List<Interaction>> byKey = new HashMap<>();
        for (Interaction i : contacts) {
            if (i.reason() == null) {
                continue;
            }
            String key = i.customerId().value() + "|" + i.reason().key();
            List<Interaction> earlier = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Interaction latestBefore = null;
            for (Interaction e : earlier) {
                if (e.queuedAt().isBefore(i.queuedAt())) {
                    latestBefore = e;
                }
            }
            if (latestBefore != null && Duration.between(latestBefore.queuedAt(), i.queuedAt()).compareTo(REPEAT_WINDOW) <= 0) {
                verdict(MistakeCode.REPEAT_CONTACT, "i:" + i.id().value(), i.queuedAt());
            }
            earlier.add(i);
        }
    }

    /** Escalated: a transfer to a tier above the current one, starting from the agent's tier. */
    static boolean escalated(Interaction i) {
        if (i.agentTier() == null) {
            return false;
        }
        Tier current = i.agentTier();
        for (Transfer t : i.transfers()) {
            if (t.toTier() != null) {
                if (t.toTier().ordinal() > current.ordinal()) {
                    return true;
                }
                current = t.toTier();
            }
        }
        return false;
    }

    private void cases(List<Interaction> contacts, List<CaseEvent> caseInput, Instant asOf) {
        Map<String, List<Interaction>> byCase = new HashMap<>();
        Map<String, List<Interaction>> byCustomer = new HashMap<>();
        for (Interaction i : contacts) {
            if (i.caseId() != null) {
                byCase.computeIfAbsent(i.caseId().value(), k -> new ArrayList<>()).add(i);
            }
            byCustomer.computeIfAbsent(i.customerId().value(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<CaseEvent>> events = new LinkedHashMap<>();
        for (CaseEvent e : caseInput) {
            if (!e.at().isAfter(asOf)) {
                events.computeIfAbsent(e.caseId().value(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<CaseEvent>> entry : events.entrySet()) {
            String caseId = entry.getKey();
            List<CaseEvent> history = entry.getValue();
            history.sort(Comparator.comparing(CaseEvent::at));
            Priority priority = Priority.NORMAL;
            for (int n = 0; n < history.size(); n++) {
                CaseEvent e = history.get(n);
                if (e.priority() != null) {
                    priority = e.priority();
                }
                boolean resolved = e.status() == CaseStatus.SOLVED || e.status() == CaseStatus.CLOSED;
                boolean previousResolved = n > 0 && (history.get(n - 1).status() == CaseStatus.SOLVED
                        || history.get(n - 1).status() == CaseStatus.CLOSED);
                if (n > 0 && previousResolved && !resolved) {
                    verdict(MistakeCode.REOPENED_CASE, "k:" + caseId, e.at());
                }
                if (resolved && (n == 0 || !previousResolved)) {
                    followUp(byCase.getOrDefault(caseId, List.of()), byCustomer, caseId, e.at(), priority, asOf);
                }
            }
        }
    }

    private void followUp(List<Interaction> ofCase, Map<String, List<Interaction>> byCustomer, String caseId,
            Instant resolvedAt, Priority priority, Instant asOf) {
        Instant deadline = calendar.endOfNthBusinessDayAfter(calendar.dateOf(resolvedAt), FOLLOW_UP_DAYS);
        if (deadline.isAfter(asOf)) {
            return;
        }
        String customer = ofCase.isEmpty() ? null : ofCase.get(0).customerId().value();
        boolean escalatedByThen = false;
        for (Interaction i : ofCase) {
            if (!i.queuedAt().isAfter(resolvedAt) && escalated(i)) {
                escalatedByThen = true;
            }
        }
        boolean needed = priority == Priority.HIGH || priority == Priority.URGENT || escalatedByThen;
        if (!needed) {
            return;
        }
        if (customer == null) {
            unchecked++;
            return;
        }
        for (Interaction i : byCustomer.get(customer)) {
            if (!i.queuedAt().isBefore(resolvedAt) && !i.queuedAt().isAfter(deadline)) {
                return;
            }
            for (Promise p : i.promises()) {
                Instant done = p.fulfilledAt();
                if ((p.kind() == PromiseKind.FOLLOW_UP || p.kind() == PromiseKind.CALLBACK) && done != null
                        && !done.isAfter(asOf) && !done.isBefore(resolvedAt) && !done.isAfter(deadline)) {
                    return;
                }
            }
        }
        verdict(MistakeCode.NO_FOLLOW_UP, "k:" + caseId, deadline);
    }

    private void escalations(List<Interaction> contacts) {
        Map<String, long[]> agents = new TreeMap<>();
        Map<String, Tier> agentTier = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        Map<String, long[]> teams = new TreeMap<>();
        Map<String, long[]> reasons = new TreeMap<>();
        for (Interaction i : contacts) {
            if (i.answeredAt() == null || i.agentId() == null || !i.isRecorded(InteractionFact.TRANSFERS)) {
                continue;
            }
            boolean up = escalated(i);
            String agent = "a:" + i.agentId().value();
            add(agents, agent, up);
            last.merge(agent, i.queuedAt(), (a, b) -> a.isAfter(b) ? a : b);
            if (i.agentTier() != null) {
                agentTier.put(agent, i.agentTier());
            }
            if (i.team() != null) {
                add(teams, "t:" + i.team().value(), up);
                last.merge("t:" + i.team().value(), i.queuedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            if (i.reason() != null) {
                add(reasons, "r:" + i.reason().key(), up);
                last.merge("r:" + i.reason().key(), i.queuedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Tier tier : Tier.values()) {
            Map<String, long[]> ofTier = new TreeMap<>();
            agents.forEach((agent, c) -> {
                if (agentTier.get(agent) == tier) {
                    ofTier.put(agent, c);
                }
            });
            outliers(ofTier, last);
        }
        outliers(teams, last);
        outliers(reasons, last);
    }

    private static void add(Map<String, long[]> counts, String key, boolean up) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (up) {
            c[1]++;
        }
    }

    private void outliers(Map<String, long[]> counts, Map<String, Instant> last) {
        List<String> peers = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] >= ESCALATION_MIN) {
                peers.add(key);
                rates.add((double) c[1] / c[0]);
            }
        });
        if (peers.isEmpty()) {
            return;
        }
        double median = median(rates);
        List<Double> deviations = new ArrayList<>();
        for (double r : rates) {
            deviations.add(Math.abs(r - median));
        }
        double threshold = median + ESCALATION_MAD * median(deviations);
        for (int n = 0; n < peers.size(); n++) {
            if (rates.get(n) > threshold) {
                verdict(MistakeCode.ESCALATION_PATTERN, peers.get(n), last.get(peers.get(n)));
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    private void spikes(List<Interaction> contacts, Instant asOf) {
        if (contacts.isEmpty()) {
            return;
        }
        ZoneId zone = calendar.zone();
        LocalDate firstDay = LocalDate.ofInstant(contacts.get(0).queuedAt(), zone);
        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        for (Interaction i : contacts) {
            if (i.reason() != null) {
                LocalDate monday = LocalDate.ofInstant(i.queuedAt(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                counts.computeIfAbsent(i.reason().key(), k -> new HashMap<>()).merge(monday, 1, Integer::sum);
            }
        }
        // The complete weeks: Monday not before the first day, next Monday's start not after asOf.
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !monday.plusWeeks(1).atStartOfDay(zone).toInstant().isAfter(asOf); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        counts.forEach((reason, perWeek) -> {
            for (int w = SPIKE_WEEKS; w < weeks.size(); w++) {
                int count = perWeek.getOrDefault(weeks.get(w), 0);
                double sum = 0;
                for (int k = w - SPIKE_WEEKS; k < w; k++) {
                    sum += perWeek.getOrDefault(weeks.get(k), 0);
                }
                double mean = sum / SPIKE_WEEKS;
                double squares = 0;
                for (int k = w - SPIKE_WEEKS; k < w; k++) {
                    double d = perWeek.getOrDefault(weeks.get(k), 0) - mean;
                    squares += d * d;
                }
                double sd = Math.sqrt(squares / (SPIKE_WEEKS - 1));
                if (count >= SPIKE_MIN && count > mean + SPIKE_SIGMAS * sd) {
                    LocalDate monday = weeks.get(w);
                    String week = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    verdict(MistakeCode.CONTACT_REASON_SPIKE, "r:" + reason + "@" + week, monday.atStartOfDay(zone).toInstant());
                }
            }
        });
    }

    /** The same line for a finding of the audit. */
    static String line(AuditFinding f) {
        String subject = switch (f.code()) {
            case REOPENED_CASE, NO_FOLLOW_UP -> "k:" + f.caseId().value();
            case ESCALATION_PATTERN -> f.agentId() != null ? "a:" + f.agentId().value()
                    : f.team() != null ? "t:" + f.team().value() : "r:" + f.evidence().get("reason");
            case CONTACT_REASON_SPIKE -> "r:" + f.evidence().get("reason") + "@" + f.evidence().get("week");
            default -> "i:" + f.interactionId().value();
        };
        return f.code() + " " + subject + " " + f.occurredAt();
    }
}
