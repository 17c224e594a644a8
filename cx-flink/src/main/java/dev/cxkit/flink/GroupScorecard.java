package dev.cxkit.flink;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import org.jspecify.annotations.Nullable;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.json.internal.ScorecardFields;

/**
 * The KPI values of one group, as the Flink job emits them: one per team, channel and week, one per
 * week over all teams and channels, and (for bounded input, if asked) one total. The values are those
 * of {@link dev.cxkit.kpi.StandardKpis#results()}, in that order, with one difference: FCR and the
 * repeat-contact rate count the group's contacts but find their repeats among the customer's contacts
 * in every group, so a customer who calls billing and then support within the window makes a repeat
 * in the billing group (an in-process {@link dev.cxkit.kpi.KpiSet} grouped by team would see two first
 * contacts). Summed over all groups they equal the in-process figures over all the data. Immutable.
 *
 * @param tags {@code team}, {@code channel} and {@code week} for a group; only {@code week} for a
 *        week's roll-up; empty for the total
 * @param values the KPI values
 */
public record GroupScorecard(Map<String, String> tags, List<KpiValue> values) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the tags and values. */
    public GroupScorecard {
        tags = Map.copyOf(Checks.notNull(tags, "tags"));
        values = List.copyOf(Checks.notNull(values, "values"));
    }

    /**
     * Finds a value.
     *
     * @param id the KPI id, for example {@code cx.kpi.fcr}
     * @param variant the variant, for example {@code formula1}; the first value of the id if {@code null}
     * @return the value, or empty if the group has none
     */
    public Optional<KpiValue> value(String id, @Nullable String variant) {
        return values.stream().filter(v -> v.id().equals(id) && (variant == null || v.variant().equals(variant)))
                .findFirst();
    }

    /**
     * Holds the values to the default benchmarks ({@link Scorecard#ofDefaults()}).
     *
     * @return the evaluated scorecard
     */
    public Scorecard.Report report() {
        return report(Scorecard.ofDefaults());
    }

    /**
     * Holds the values to a scorecard.
     *
     * @param scorecard the benchmarks
     * @return the evaluated scorecard
     */
    public Scorecard.Report report(Scorecard scorecard) {
        return Checks.notNull(scorecard, "scorecard").evaluate(values);
    }

    /**
     * One JSON line: {@code {"tags":{…},"kpis":[{"id":…,"variant":…,"value":…,"count":…,"unit":…}, …],
     * "scorecard":{…}}}, the KPI entries shaped as cx-json's {@code KpiJson} ({@code cx kpi --json}) and
     * the scorecard as cx-json's {@code ScorecardJson}, with the default benchmarks.
     *
     * @return the JSON document, without a line end
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("tags");
            for (Map.Entry<String, String> tag : new TreeMap<>(tags).entrySet()) {
                json.writeStringField(tag.getKey(), tag.getValue());
            }
            json.writeEndObject();
            KpiFields.writeArrayField(json, values);
            json.writeFieldName("scorecard");
            ScorecardFields.write(json, report());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
