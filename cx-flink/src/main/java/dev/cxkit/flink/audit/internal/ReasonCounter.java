package dev.cxkit.flink.audit.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * CONTACT_REASON_SPIKE, first step, keyed by reason key: counts the reason's contacts per local week
 * (Monday in the calendar's zone) and, when the watermark passes the period end plus the allowed
 * lateness (at the end of bounded input at the latest), sends one {@link ReasonWeek} per week with
 * contacts to {@link SpikeJudge}. State: a count per week of the period and the earliest queuedAt.
 */
public final class ReasonCounter extends KeyedProcessFunction<String, ReasonContact, ReasonWeek> {

    private static final long serialVersionUID = 1L;

    private final AuditSettings settings;
    private transient @Nullable MapState<Long, Long> weeks;
    private transient @Nullable ValueState<Instant> first;
    private transient @Nullable ZoneId zone;

    /**
     * Creates the counter.
     *
     * @param settings the calendar's zone, the period end and the allowed lateness
     */
    public ReasonCounter(AuditSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        weeks = getRuntimeContext().getMapState(new MapStateDescriptor<>("cxkit-audit-reason-weeks", Types.LONG,
                Types.LONG));
        first = getRuntimeContext().getState(new ValueStateDescriptor<>("cxkit-audit-reason-first", Types.INSTANT));
        zone = settings.zone();
    }

    @Override
    public void processElement(ReasonContact contact, Context ctx, Collector<ReasonWeek> out) throws Exception {
        if (weeks == null || first == null || zone == null) {
            throw new IllegalStateException("ReasonCounter used before open().");
        }
        Instant queuedAt = contact.queuedAt();
        long monday = LocalDate.ofInstant(queuedAt, zone).with(DayOfWeek.MONDAY).toEpochDay();
        Long count = weeks.get(monday);
        weeks.put(monday, count == null ? 1L : count + 1);
        Instant earliest = first.value();
        if (earliest == null) {
            ctx.timerService().registerEventTimeTimer(settings.judgeAtMillis());
        }
        if (earliest == null || queuedAt.isBefore(earliest)) {
            first.update(queuedAt);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ReasonWeek> out) throws Exception {
        if (weeks == null || first == null) {
            throw new IllegalStateException("ReasonCounter used before open().");
        }
        Instant earliest = first.value();
        if (earliest != null) {
            for (Map.Entry<Long, Long> week : weeks.entries()) {
                out.collect(new ReasonWeek(ctx.getCurrentKey(), week.getKey(), week.getValue(), earliest));
            }
        }
        weeks.clear();
        first.clear();
    }
}
