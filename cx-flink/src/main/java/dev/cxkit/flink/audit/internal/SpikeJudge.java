package dev.cxkit.flink.audit.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.ContactReason;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * CONTACT_REASON_SPIKE, second step, under one key: gathers the weekly counts of every reason and
 * judges the period's complete weeks with the judgement of the single-machine run. The period starts
 * on the local day of the earliest contact with a reason and ends at {@code asOf}; which weeks are
 * complete is {@link CrossContactJudge#isCompleteWeek}. Each complete week with at least
 * {@code spikeTrailingWeeks} complete weeks before it is judged per reason by
 * {@link CrossContactJudge#reasonSpike} (a week without contacts of the reason counts 0).
 *
 * <p>Runs in one subtask: its input is one record per reason and week, a few thousand a year.
 */
public final class SpikeJudge extends KeyedProcessFunction<String, ReasonWeek, AuditFinding> {

    /** The one key of this step. */
    public static final String KEY = "all";

    private static final long serialVersionUID = 1L;

    private final AuditSettings settings;
    private transient @Nullable ListState<ReasonWeek> counts;

    /**
     * Creates the judge.
     *
     * @param settings the thresholds, the calendar's zone and the period end
     */
    public SpikeJudge(AuditSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        counts = getRuntimeContext().getListState(new ListStateDescriptor<>("cxkit-audit-reason-weeks",
                TypeInformation.of(ReasonWeek.class)));
    }

    private ListState<ReasonWeek> state() {
        if (counts == null) {
            throw new IllegalStateException("SpikeJudge used before open().");
        }
        return counts;
    }

    @Override
    public void processElement(ReasonWeek week, Context ctx, Collector<AuditFinding> out) throws Exception {
        state().add(week);
        ctx.timerService().registerEventTimeTimer(settings.judgeAtMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AuditFinding> out) throws Exception {
        Instant first = null;
        Map<Long, Map<String, Long>> byWeek = new HashMap<>();
        Iterable<ReasonWeek> all = state().get();
        if (all != null) {
            for (ReasonWeek week : all) {
                byWeek.computeIfAbsent(week.monday(), m -> new HashMap<>()).put(week.reason(), week.count());
                if (first == null || week.first().isBefore(first)) {
                    first = week.first();
                }
            }
        }
        state().clear();
        if (first != null) {
            judge(first, byWeek, out);
        }
    }

    private void judge(Instant first, Map<Long, Map<String, Long>> byWeek, Collector<AuditFinding> out) {
        AuditThresholds t = settings.thresholds();
        ZoneId zone = settings.zone();
        Instant asOf = settings.asOf();
        LocalDate firstDay = LocalDate.ofInstant(first, zone);
        LocalDate lastMonday = LocalDate.ofInstant(asOf.minusNanos(1), zone).with(DayOfWeek.MONDAY);
        List<LocalDate> complete = new ArrayList<>();
        for (LocalDate monday = firstDay.with(DayOfWeek.MONDAY); !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            if (CrossContactJudge.isCompleteWeek(monday, firstDay, asOf, zone)) {
                complete.add(monday);
            }
        }
        int n = t.spikeTrailingWeeks();
        for (int i = n; i < complete.size(); i++) {
            LocalDate monday = complete.get(i);
            List<Map<String, Long>> trailing = new ArrayList<>(n);
            for (int j = i - n; j < i; j++) {
                trailing.add(byWeek.getOrDefault(complete.get(j).toEpochDay(), Map.of()));
            }
            Map<String, Long> week = new TreeMap<>(byWeek.getOrDefault(monday.toEpochDay(), Map.of()));
            week.forEach((reason, count) -> {
                List<Long> before = new ArrayList<>(n);
                for (Map<String, Long> earlier : trailing) {
                    before.add(earlier.getOrDefault(reason, 0L));
                }
                CrossContactJudge.reasonSpike(t, zone, monday, ContactReason.of(reason), count, before)
                        .ifPresent(out::collect);
            });
        }
    }
}
