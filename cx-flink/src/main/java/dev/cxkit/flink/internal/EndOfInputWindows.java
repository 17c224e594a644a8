package dev.cxkit.flink.internal;

import java.util.Collection;
import java.util.List;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.triggers.EventTimeTrigger;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * One event-time window over all time, which fires on the final watermark at the end of bounded input.
 * Flink's {@code GlobalWindows.createWithEndOfStreamTrigger()} would do the same but makes Flink switch
 * the edges after it to blocking exchanges, which a streaming job with collect sinks cannot schedule.
 */
public final class EndOfInputWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;
    private static final List<TimeWindow> ALL_TIME = List.of(new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE));

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        return ALL_TIME;
    }

    @Override
    public Trigger<Object, TimeWindow> getDefaultTrigger() {
        return EventTimeTrigger.create();
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(ExecutionConfig executionConfig) {
        return new TimeWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "EndOfInputWindows";
    }
}
