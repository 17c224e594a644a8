package dev.cxkit.kpi;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.internal.Checks;

/**
 * A KPI value for one group of a {@link KpiSet}: the name it was added under, the group's tags
 * (empty for the overall group) and the value. Immutable.
 *
 * @param name the name given in {@link KpiSet.Builder#add}, for example {@code fcr}
 * @param tags dimension key to value, sorted by key, for example {@code {channel=PHONE, team=billing}}
 * @param value the KPI value over the group's interactions
 */
public record GroupedKpiValue(String name, Map<String, String> tags, KpiValue value) {

    /** Copies the tags into an unmodifiable map sorted by key. */
    public GroupedKpiValue {
        Checks.identifier(name, "name");
        Checks.notNull(tags, "tags");
        Checks.notNull(value, "value");
        tags.forEach((key, tag) -> {
            Checks.notNull(key, "tag key");
            Checks.notNull(tag, "value of tag " + key);
        });
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /**
     * Whether this is the overall (ungrouped) value.
     *
     * @return {@code true} if there are no tags
     */
    public boolean isOverall() {
        return tags.isEmpty();
    }
}
