package dev.cxkit.flink.internal;

import org.apache.flink.streaming.api.functions.windowing.WindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Passes a closed group window's accumulator on with its group. */
public final class PartialOf implements WindowFunction<ScorecardAccumulator, GroupPartial, GroupKey, TimeWindow> {

    private static final long serialVersionUID = 1L;

    @Override
    public void apply(GroupKey key, TimeWindow window, Iterable<ScorecardAccumulator> input, Collector<GroupPartial> out) {
        for (ScorecardAccumulator accumulator : input) {
            out.collect(new GroupPartial(key, accumulator));
        }
    }
}
