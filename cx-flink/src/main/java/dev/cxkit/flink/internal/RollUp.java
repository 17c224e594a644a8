package dev.cxkit.flink.internal;

import dev.cxkit.flink.GroupScorecard;
import org.apache.flink.streaming.api.functions.windowing.WindowFunction;
import org.apache.flink.streaming.api.windowing.windows.Window;
import org.apache.flink.util.Collector;

/**
 * Reports combined partials under the roll-up's own group (a week, or the total).
 *
 * @param <W> the window type
 */
public final class RollUp<W extends Window> implements WindowFunction<GroupPartial, GroupScorecard, GroupKey, W> {

    private static final long serialVersionUID = 1L;

    @Override
    public void apply(GroupKey key, W window, Iterable<GroupPartial> input, Collector<GroupScorecard> out) {
        for (GroupPartial partial : input) {
            out.collect(new GroupScorecard(key.tags(), partial.accumulator().results()));
        }
    }
}
