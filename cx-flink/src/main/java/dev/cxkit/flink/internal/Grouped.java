package dev.cxkit.flink.internal;

/** Anything that counts in one {@link GroupKey}, so that {@link WeekWindows} can place it. */
public interface Grouped {

    /**
     * The group this counts in.
     *
     * @return the group
     */
    GroupKey group();
}
