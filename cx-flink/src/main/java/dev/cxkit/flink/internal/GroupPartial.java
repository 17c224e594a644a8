package dev.cxkit.flink.internal;

/**
 * The accumulator of one group when its window closed, passed on to be reported and rolled up.
 *
 * @param group the group
 * @param accumulator its accumulator
 */
public record GroupPartial(GroupKey group, ScorecardAccumulator accumulator) implements Grouped {

    /**
     * Merges another partial into this one's accumulator, under this partial's group.
     *
     * @param other the other partial
     * @return this partial
     */
    public GroupPartial combine(GroupPartial other) {
        accumulator.combine(other.accumulator);
        return this;
    }
}
