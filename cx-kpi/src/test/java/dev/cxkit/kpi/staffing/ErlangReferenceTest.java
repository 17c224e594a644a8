package dev.cxkit.kpi.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/** Compares Erlang B and Erlang C with published values; the sources are named in the CSV files. */
class ErlangReferenceTest {

    static Stream<Map<String, String>> erlangC() {
        return ReferenceRows.read("/staffing/erlang-c-reference.csv").stream();
    }

    static Stream<Map<String, String>> erlangCStaffing() {
        return ReferenceRows.read("/staffing/erlang-c-staffing-reference.csv").stream();
    }

    static Stream<Map<String, String>> erlangB() {
        return ReferenceRows.read("/staffing/erlang-b-reference.csv").stream();
    }

    @ParameterizedTest
    @MethodSource("erlangC")
    void matchesPublishedErlangCFigures(Map<String, String> row) {
        ErlangCResult r = model(row).evaluate(Integer.parseInt(row.get("agents")),
                Duration.parse(row.get("answer_within")));
        double tolerance = Double.parseDouble(row.get("tolerance"));

        assertFigure(row, "offered_load", r.offeredLoad(), tolerance);
        assertFigure(row, "probability_of_waiting", r.probabilityOfWaiting(), tolerance);
        assertFigure(row, "service_level", r.serviceLevel(), tolerance);
        assertFigure(row, "asa_seconds", r.averageSpeedOfAnswerSeconds(), tolerance);
        assertFigure(row, "occupancy", r.occupancy(), tolerance);
    }

    @ParameterizedTest
    @MethodSource("erlangCStaffing")
    void findsThePublishedNumberOfAgents(Map<String, String> row) {
        StaffingOptions.Builder options = StaffingOptions.builder()
                .shrinkage(Double.parseDouble(row.get("shrinkage")));
        if (!row.get("max_occupancy").isEmpty()) {
            options.maxOccupancy(Double.parseDouble(row.get("max_occupancy")));
        }
        ServiceLevelTarget target = ServiceLevelTarget.of(Double.parseDouble(row.get("target_share")),
                Duration.parse(row.get("answer_within")));

        ErlangCResult r = model(row).agentsFor(target, options.build());

        assertThat(r.agents()).as(row.get("source")).isEqualTo(Integer.parseInt(row.get("agents")));
        if (!row.get("scheduled_agents").isEmpty()) {
            assertThat(r.scheduledAgents()).as(row.get("source"))
                    .isEqualTo(Integer.parseInt(row.get("scheduled_agents")));
        }
    }

    @ParameterizedTest
    @MethodSource("erlangB")
    void agreesWithPublishedErlangBTables(Map<String, String> row) {
        int servers = Integer.parseInt(row.get("servers"));
        double load = Double.parseDouble(row.get("load"));
        double blocking = Double.parseDouble(row.get("blocking"));

        if (Boolean.parseBoolean(row.get("exact"))) {
            assertThat(ErlangFormulas.erlangB(load, servers)).as(row.get("source"))
                    .isCloseTo(blocking, within(Double.parseDouble(row.get("tolerance"))));
        } else {
            assertThat(ErlangFormulas.erlangB(load, servers)).as(row.get("source")).isLessThanOrEqualTo(blocking);
            assertThat(ErlangFormulas.erlangB(load, servers - 1)).as(row.get("source")).isGreaterThan(blocking);
        }
    }

    private static ErlangC model(Map<String, String> row) {
        return ErlangC.of(TrafficLoad.perInterval(Double.parseDouble(row.get("calls")),
                Duration.parse(row.get("interval"))), Duration.parse(row.get("aht")));
    }

    private static void assertFigure(Map<String, String> row, String column, double actual, double tolerance) {
        String expected = row.get(column);
        if (!expected.isEmpty()) {
            assertThat(actual).as(row.get("source") + " " + column)
                    .isCloseTo(Double.parseDouble(expected), within(tolerance));
        }
    }
}
