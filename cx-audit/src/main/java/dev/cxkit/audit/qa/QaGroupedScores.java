package dev.cxkit.audit.qa;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.cxkit.core.internal.Checks;

/**
 * {@link QaScoreStatistics} per team or per agent. A contact without the grouping's id falls in the
 * group {@value #UNKNOWN}. Mergeable like its parts; not thread-safe.
 */
public final class QaGroupedScores {

    /** The group of contacts without a team (or agent). */
    public static final String UNKNOWN = "(unknown)";

    /** What to group by. */
    public enum By {
        /** The agent's team. */
        TEAM,
        /** The agent. */
        AGENT
    }

    private final By by;
    private final Map<String, QaScoreStatistics> groups = new TreeMap<>();

    private QaGroupedScores(By by) {
        this.by = by;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param by the grouping
     * @return the accumulator
     */
    public static QaGroupedScores create(By by) {
        return new QaGroupedScores(Checks.notNull(by, "by"));
    }

    /**
     * The grouping.
     *
     * @return team or agent
     */
    public By by() {
        return by;
    }

    /**
     * Adds one contact's result to its group.
     *
     * @param result the result
     */
    public void accept(QaResult result) {
        Object key = by == By.TEAM ? result.team() : result.agentId();
        String name = key == null ? UNKNOWN
                : key instanceof dev.cxkit.core.TeamId team ? team.value() : ((dev.cxkit.core.AgentId) key).value();
        groups.computeIfAbsent(name, k -> QaScoreStatistics.create()).accept(result);
    }

    /**
     * Adds another accumulator's groups to this one.
     *
     * @param other the other accumulator, with the same grouping; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException if the groupings differ
     */
    public QaGroupedScores combine(QaGroupedScores other) {
        if (other.by != by) {
            throw new IllegalArgumentException("Cannot combine QA scores grouped by " + other.by + " into scores grouped by "
                    + by + ".");
        }
        other.groups.forEach((name, stats) -> groups.computeIfAbsent(name, k -> QaScoreStatistics.create()).combine(stats));
        return this;
    }

    /**
     * The summary of each group.
     *
     * @return group name → summary, sorted by name
     */
    public SortedMap<String, QaScoreSummary> results() {
        SortedMap<String, QaScoreSummary> out = new TreeMap<>();
        groups.forEach((name, stats) -> out.put(name, stats.result()));
        return Collections.unmodifiableSortedMap(out);
    }
}
