package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditSummary;
import dev.cxkit.audit.AuditSummary.ThemeCount;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.audit.CrossContactJudge.RepeatCandidate;
import org.jspecify.annotations.Nullable;

/**
 * A streaming audit: a reorder buffer of {@code maxDisorder}, then per contact the DRL checks and
 * the windows of the cross-contact codes. See {@link AuditRun} for the contract. Not thread-safe.
 */
final class DefaultAuditRun implements AuditRun {

    /** A contact (key: queuedAt) or a case event (key: the newest queuedAt when it arrived) held back. */
    private record Held(Instant key, long seq, Object item) {
    }

    private static final Comparator<Held> HELD_ORDER = (a, b) -> {
        int byKey = a.key().compareTo(b.key());
        return byKey != 0 ? byKey : Long.compare(a.seq(), b.seq());
    };

    private final ContactChecker checker;
    private final AuditThresholds thresholds;
    private final ZoneId zone;
    private final Instant asOf;
    private final Consumer<AuditFinding> sink;
    private final Duration maxDisorder;

    // Held items in arrival order while keys do not decrease (the usual case, O(1)); the few that
    // arrive out of order wait in a priority queue. Release merges the two heads.
    private final ArrayDeque<Held> inOrder = new ArrayDeque<>();
    private final PriorityQueue<Held> outOfOrder = new PriorityQueue<>(HELD_ORDER);
    private long seq;
    private @Nullable Instant newest;
    private @Nullable Instant processedUpTo;

    private final GrantWindow grants;
    private final RepeatTracker repeats;
    private final CaseTracker cases;
    private final ReasonWeeks weeks;
    private final EscalationTracker escalations;
    private final BotDeadEndTracker deadEnds;
    private final Map<String, Map<String, long[]>> themes = new TreeMap<>();

    private final Map<MistakeCode, Long> perCode = new EnumMap<>(MistakeCode.class);
    private final Map<AgentId, Long> perAgent = new HashMap<>();
    private final Map<TeamId, Long> perTeam = new HashMap<>();
    private long interactions;
    private long lateContacts;
    private long afterAsOf;
    private final Map<MistakeCode, Long> notJudged = new EnumMap<>(MistakeCode.class);
    private @Nullable AuditSummary summary;

    DefaultAuditRun(ContactChecker checker, AuditThresholds thresholds, BusinessCalendar calendar, Instant asOf,
            Consumer<AuditFinding> sink, Duration maxDisorder, Duration grantHistory, Duration caseMemory) {
        this.checker = checker;
        this.thresholds = thresholds;
        this.zone = calendar.zone();
        this.asOf = asOf;
        this.sink = sink;
        this.maxDisorder = maxDisorder;
        Consumer<AuditFinding> counted = this::emit;
        this.grants = new GrantWindow(grantHistory);
        this.repeats = new RepeatTracker(thresholds.repeatWindow());
        this.cases = new CaseTracker(asOf, calendar, thresholds.followUpBusinessDays(), caseMemory, counted);
        this.weeks = new ReasonWeeks(zone, asOf, thresholds, counted);
        this.escalations = new EscalationTracker(thresholds);
        this.deadEnds = new BotDeadEndTracker(thresholds.repeatWindow(), counted);
    }

    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        requireOpen();
        Instant at = interaction.queuedAt();
        if (at.isAfter(asOf)) {
            // Outside the audited period, which ends at asOf: nothing after it is known.
            afterAsOf++;
            return;
        }
        interactions++;
        if (processedUpTo != null && at.isBefore(processedUpTo)) {
            lateContacts++;
            process(interaction, true);
            return;
        }
        if (newest == null || at.isAfter(newest)) {
            newest = at;
        }
        hold(new Held(at, seq++, interaction));
        release(newest.minus(maxDisorder));
    }

    @Override
    public void accept(CaseEvent event) {
        Checks.notNull(event, "case event");
        requireOpen();
        if (newest == null) {
            cases.accept(event);
        } else {
            // Keep the event's place among the contacts, so that the contact that opened its case is linked first.
            hold(new Held(newest, seq++, event));
        }
    }

    private void hold(Held item) {
        if (inOrder.isEmpty() || !item.key().isBefore(inOrder.peekLast().key())) {
            inOrder.addLast(item);
        } else {
            outOfOrder.add(item);
        }
    }

    private void release(@Nullable Instant upTo) {
        while (true) {
            Held first = inOrder.peekFirst();
            Held other = outOfOrder.peek();
            Held next = first == null ? other : other == null || HELD_ORDER.compare(first, other) <= 0 ? first : other;
            if (next == null || (upTo != null && next.key().isAfter(upTo))) {
                return;
            }
            Object item = (next == first ? inOrder.pollFirst() : outOfOrder.poll()).item();
            if (item instanceof Interaction interaction) {
                process(interaction, false);
            } else {
                cases.accept((CaseEvent) item);
            }
        }
    }

    @Override
    public AuditSummary finish() {
        if (summary != null) {
            return summary;
        }
        release(null);
        cases.finish();
        weeks.finish();
        deadEnds.finish();
        List<TrainingGap> gaps = escalations.finish(this::emit);
        Map<MistakeCode, Long> codes = new LinkedHashMap<>();
        for (MistakeCode code : MistakeCode.values()) {
            codes.put(code, perCode.getOrDefault(code, 0L));
        }
        Map<String, List<ThemeCount>> top = new LinkedHashMap<>();
        themes.forEach((quarter, counts) -> {
            List<ThemeCount> list = new ArrayList<>();
            counts.forEach((theme, count) -> list.add(new ThemeCount(theme, count[0])));
            list.sort(Comparator.comparingLong(ThemeCount::count).reversed().thenComparing(ThemeCount::theme));
            top.put(quarter, list.subList(0, Math.min(3, list.size())));
        });
        Map<MistakeCode, Long> unjudged = new LinkedHashMap<>();
        for (MistakeCode code : AuditSummary.notJudgedCodes()) {
            unjudged.put(code, notJudged.getOrDefault(code, 0L));
        }
        unjudged.put(MistakeCode.BOT_DEAD_END, deadEnds.notJudged());
        summary = new AuditSummary(asOf, interactions, cases.acceptedEvents, codes, mostFirst(perAgent),
                mostFirst(perTeam), top, gaps, lateContacts, cases.lateEvents, cases.ignoredEvents, cases.unchecked,
                unjudged, afterAsOf);
        return summary;
    }

    private void requireOpen() {
        if (summary != null) {
            throw new IllegalStateException("The audit run (as of " + asOf + ") is finished.\nMaybe start a new one?");
        }
    }

    private void process(Interaction interaction, boolean late) {
        Instant at = interaction.queuedAt();
        if (!late) {
            processedUpTo = at;
            grants.advance(at);
            repeats.advance(at);
            cases.advance(at);
            deadEnds.advance(at);
        }
        for (AuditFinding finding : checker.check(interaction, asOf, grants)) {
            emit(finding);
        }
        countUnrecordedFlags(interaction);
        if (interaction.reason() != null) {
            RepeatTracker.Earlier earlier = repeats.accept(interaction.customerId(), interaction.reason(), interaction.id(), at);
            if (earlier != null) {
                CrossContactJudge.repeatContact(thresholds.repeatWindow(), RepeatCandidate.of(interaction), earlier.id(),
                        earlier.queuedAt()).ifPresent(this::emit);
            }
            weeks.accept(interaction.reason().key(), at);
        }
        cases.contact(interaction);
        escalations.accept(interaction);
        deadEnds.accept(interaction);
        Feedback feedback = interaction.feedback();
        if (feedback != null && !feedback.themes().isEmpty()) {
            LocalDate date = LocalDate.ofInstant(feedback.receivedAt(), zone);
            String quarter = date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            Map<String, long[]> counts = themes.computeIfAbsent(quarter, q -> new HashMap<>());
            for (String theme : feedback.themes()) {
                counts.computeIfAbsent(theme, t -> new long[1])[0]++;
            }
        }
    }

    /**
     * Counts the contact once per code it cannot be judged for, wholly or in part, because the record
     * lacks what the code needs: its hold time (the hold codes), its transfers (the transfer codes), or
     * the flag of a hold segment, transfer or cue. Abandoned contacts have neither holds nor transfers.
     */
    private void countUnrecordedFlags(Interaction interaction) {
        boolean answered = interaction.answeredAt() != null;
        boolean holdUnknown = answered && !interaction.isRecorded(InteractionFact.HOLD);
        boolean transfersUnknown = answered && !interaction.isRecorded(InteractionFact.TRANSFERS);
        if (holdUnknown) {
            notJudged.merge(MistakeCode.HOLD_OVER_STATED, 1L, Long::sum);
            notJudged.merge(MistakeCode.LONG_HOLD, 1L, Long::sum);
        }
        if (holdUnknown || interaction.holds().stream().anyMatch(h -> h.explained() == null)) {
            notJudged.merge(MistakeCode.UNEXPLAINED_HOLD, 1L, Long::sum);
        }
        if (transfersUnknown || interaction.transfers().stream().anyMatch(t -> t.warm() == null)) {
            notJudged.merge(MistakeCode.COLD_TRANSFER, 1L, Long::sum);
        }
        if (transfersUnknown) {
            notJudged.merge(MistakeCode.MISSING_HANDOFF_SUMMARY, 1L, Long::sum);
        }
        if (interaction.emotionalCues().stream().anyMatch(c -> c.acknowledged() == null)) {
            notJudged.merge(MistakeCode.EMOTION_NOT_ACKNOWLEDGED, 1L, Long::sum);
        }
    }

    private void emit(AuditFinding finding) {
        perCode.merge(finding.code(), 1L, Long::sum);
        if (finding.agentId() != null) {
            perAgent.merge(finding.agentId(), 1L, Long::sum);
        }
        if (finding.team() != null) {
            perTeam.merge(finding.team(), 1L, Long::sum);
        }
        sink.accept(finding);
    }

    private static <K extends Comparable<K>> Map<K, Long> mostFirst(Map<K, Long> counts) {
        List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<K, Long> result = new LinkedHashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
