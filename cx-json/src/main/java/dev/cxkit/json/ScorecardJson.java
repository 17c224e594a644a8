package dev.cxkit.json;

import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.kpi.Scorecard;

/**
 * A scorecard report as JSON, as {@code cx scorecard --json} prints it and the HTTP service's
 * {@code GET /kpis} answers: {@code {"rows":[{"id":…,"variant":…,"label":…,"value":…,"target":…,
 * "comparison":">=","met":true,"status":"MET","count":…,"unit":"RATIO","source":…}],"met":…,
 * "notMet":…,"noData":…}}. A row without data has {@code "value":null} and {@code "met":false}. See
 * docs/formats.md. Stateless and thread-safe.
 */
public final class ScorecardJson {

    private ScorecardJson() {
    }

    /**
     * Renders a report.
     *
     * @param report the evaluated scorecard
     * @return one JSON object, on one line
     */
    public static String toJson(Scorecard.Report report) {
        return JsonText.render(json -> ScorecardFields.write(json, report));
    }
}
