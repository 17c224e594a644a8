package dev.cxkit.json;

import java.util.List;

import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.kpi.KpiValue;

/**
 * KPI values as JSON, as {@code cx kpi --json} prints them: each value is
 * {@code {"id":"cx.kpi.fcr","variant":"per-issue/P7D","value":0.84,"count":83176,"unit":"RATIO"}}, with
 * {@code "value":null} for a KPI without data (never 0). See docs/formats.md. Stateless and thread-safe.
 */
public final class KpiJson {

    private KpiJson() {
    }

    /**
     * Renders one value.
     *
     * @param value the KPI value
     * @return one JSON object, on one line
     */
    public static String toJson(KpiValue value) {
        return JsonText.render(json -> KpiFields.write(json, value));
    }

    /**
     * Renders values as {@code {"kpis":[…]}}.
     *
     * @param values the values, written in this order
     * @return one JSON object, on one line
     */
    public static String toJson(List<? extends KpiValue> values) {
        return JsonText.render(json -> {
            json.writeStartObject();
            KpiFields.writeArrayField(json, values);
            json.writeEndObject();
        });
    }
}
