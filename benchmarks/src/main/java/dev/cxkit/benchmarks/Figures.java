package dev.cxkit.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiValue;

/**
 * The ten scorecard values of one implementation: per group (the overall group is {@link #OVERALL},
 * a channel group is the channel's name) the {@link KpiValue} of each KPI name in
 * {@link #KPI_NAMES}. Only {@link KpiValue#value()} and {@link KpiValue#count()} are compared; ids
 * and variant labels are whatever the implementation chose.
 *
 * @param groups the values per group tag and KPI name; copied
 */
public record Figures(Map<String, Map<String, KpiValue>> groups) {

    /** The group tag of the overall (ungrouped) values. */
    public static final String OVERALL = "";

    /** The KPI names, in scorecard order. */
    public static final List<String> KPI_NAMES = List.of("fcr", "csat", "ces", "nps", "aht", "asa",
            "service_level", "abandonment", "hold", "transfer");

    /** The nine KPI names without first-contact resolution. */
    public static final List<String> KPI_NAMES_WITHOUT_FCR = KPI_NAMES.subList(1, KPI_NAMES.size());

    /**
     * Copies the groups, sorted by tag so that two figures print alike.
     */
    public Figures {
        Map<String, Map<String, KpiValue>> copy = new TreeMap<>();
        groups.forEach((tag, values) -> copy.put(tag, Map.copyOf(values)));
        groups = Map.copyOf(copy);
    }

    /**
     * Converts the results of a {@link dev.cxkit.kpi.KpiSet} grouped by at most one dimension.
     *
     * @param values the results
     * @return the figures; a group's tag is its single tag value, or {@link #OVERALL}
     */
    public static Figures of(List<GroupedKpiValue> values) {
        Map<String, Map<String, KpiValue>> groups = new LinkedHashMap<>();
        for (GroupedKpiValue value : values) {
            String tag = value.tags().isEmpty() ? OVERALL : String.join("/", value.tags().values());
            groups.computeIfAbsent(tag, t -> new LinkedHashMap<>()).put(value.name(), value.value());
        }
        return new Figures(groups);
    }

    /**
     * The differences from other figures: missing groups or KPIs, counts that differ, presence that
     * differs, or values further apart than {@code 1e-9} (times {@code max(1, |value|)} for values
     * that are not ratios, such as seconds and NPS points).
     *
     * @param other the figures to compare with
     * @return one line per difference; empty if they agree
     */
    public List<String> differencesFrom(Figures other) {
        List<String> differences = new ArrayList<>();
        if (!groups.keySet().equals(other.groups.keySet())) {
            differences.add("groups " + groups.keySet() + " vs " + other.groups.keySet());
            return differences;
        }
        groups.forEach((tag, values) -> {
            Map<String, KpiValue> others = other.groups.get(tag);
            if (!values.keySet().equals(others.keySet())) {
                differences.add("[" + tag + "] KPIs " + values.keySet() + " vs " + others.keySet());
                return;
            }
            values.forEach((name, value) -> {
                KpiValue that = others.get(name);
                if (value.count() != that.count() || value.isEmpty() != that.isEmpty()
                        || !value.isEmpty() && !close(value.value().getAsDouble(), that.value().getAsDouble())) {
                    differences.add("[" + tag + "] " + name + ": " + value.value() + " (count " + value.count()
                            + ") vs " + that.value() + " (count " + that.count() + ")");
                }
            });
        });
        return differences;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Throws unless these figures agree with {@code other}.
     *
     * @param other the figures to compare with
     * @param what names the two implementations in the message
     * @throws IllegalStateException listing the differences if there are any
     */
    public void requireSameAs(Figures other, String what) {
        List<String> differences = differencesFrom(other);
        if (!differences.isEmpty()) {
            throw new IllegalStateException(what + " disagree:\n  " + String.join("\n  ", differences));
        }
    }
}
