package dev.cxkit.flink.internal;

import java.util.Collection;
import java.util.List;

import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * One event-time window over all time, which fires on the final watermark at the end of bounded input.
 * Flink's {@code GlobalWindows.createWithEndOfStreamTrigger()} would do the same but makes Flink switch
 * the edges after it to blocking exchanges, which a streaming job with collect sinks cannot schedule.
 */
public final class EndOfInputWindows extends AbstractEventTimeWindows {

    private static final long serialVersionUID = 1L;
    private static final List<TimeWindow> ALL_TIME = List.of(new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE));

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        return ALL_TIME;
    }

    @Override
    public String toString() {
        return "EndOfInputWindows";
    }
}
