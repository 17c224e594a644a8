package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {

    private static final List<KpiValue> VALUES = List.of(
            KpiValue.of("cx.kpi.fcr", "per-issue/P7D", 0.78, 1000, KpiUnit.RATIO), // 0.78 >= 0.75: met
            KpiValue.of("cx.kpi.csat", "top-box", 0.75, 400, KpiUnit.RATIO), // 0.75 is not > 0.75: not met
            KpiValue.of("cx.kpi.aht", "", 412.0, 950, KpiUnit.SECONDS), // 412 s is not < 360 s: not met
            KpiValue.empty("cx.kpi.ces", "effort-1-5", 0, KpiUnit.SCORE)); // no answers: no data

    @Test
    void scorecardHasTheContractFieldsPerRow() throws Exception {
        String json = ScorecardJson.toJson(Scorecard.ofDefaults().evaluate(VALUES));

        assertThat(json).startsWith("{\"rows\":[{\"id\":\"cx.kpi.fcr\",\"variant\":\"per-issue/P7D\"")
                .contains("\"value\":0.78,\"target\":0.75,\"comparison\":\">=\",\"met\":true,\"status\":\"MET\",\"count\":1000")
                .contains("\"id\":\"cx.kpi.ces\",\"variant\":\"effort-1-5\",\"label\":\"Customer effort (1-5)\",\"value\":null")
                .endsWith("\"met\":1,\"notMet\":2,\"noData\":10}");
        assertWellFormed(json);
    }

    @Test
    void kpiValuesSayNullForNoDataNeverZero() throws Exception {
        String json = KpiJson.toJson(VALUES);

        assertThat(json).startsWith("{\"kpis\":[{\"id\":\"cx.kpi.fcr\",\"variant\":\"per-issue/P7D\",\"value\":0.78,"
                + "\"count\":1000,\"unit\":\"RATIO\"}")
                .contains("{\"id\":\"cx.kpi.ces\",\"variant\":\"effort-1-5\",\"value\":null,\"count\":0,\"unit\":\"SCORE\"}");
        assertThat(KpiJson.toJson(VALUES.get(2))).isEqualTo(
                "{\"id\":\"cx.kpi.aht\",\"variant\":\"\",\"value\":412.0,\"count\":950,\"unit\":\"SECONDS\"}");
        assertWellFormed(json);
    }

    static void assertWellFormed(String json) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                assertThat(parser.currentToken()).isNotEqualTo(JsonToken.NOT_AVAILABLE);
            }
        }
    }
}
