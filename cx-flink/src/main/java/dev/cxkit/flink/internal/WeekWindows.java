package dev.cxkit.flink.internal;

import java.util.Collection;
import java.util.List;

import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * One event-time window per UTC ISO week of the contact, placed by the contact's {@code queuedAt}
 * (through its {@link GroupKey}) rather than by the record timestamp, and held open one decision delay
 * ({@link JobSettings#decisionDelayMillis()}) after the week ends: a repeat outcome is stamped with
 * the instant it was decided, up to that delay after its contact, and must still land in its
 * contact's week. Elements must be {@link Grouped}. The window fires once, when the watermark passes the week's end plus the delay.
 */
public final class WeekWindows extends AbstractEventTimeWindows {

    private static final long serialVersionUID = 1L;
    private static final long WEEK_MILLIS = 7 * 86_400_000L;

    private final long delayMillis;

    /**
     * Creates the assigner.
     *
     * @param delayMillis how long after the week's end the window closes
     */
    public WeekWindows(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        long start = ((Grouped) element).group().weekStart();
        return List.of(new TimeWindow(start, start + WEEK_MILLIS + delayMillis));
    }

    @Override
    public String toString() {
        return "WeekWindows(+" + delayMillis + " ms)";
    }
}
