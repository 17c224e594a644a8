package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastPlanCommandTest {

    @TempDir
    Path dir;

    /**
     * Six weeks of hourly counts that repeat exactly every week: 100 contacts at 10:00 on weekdays,
     * 20 in every other hour, AHT 180 s. Seasonal naive and the weekly profile both forecast it
     * exactly, so the forecast for next Monday 10:00 is 100.
     */
    private Path weeklyCounts() throws IOException {
        StringBuilder csv = new StringBuilder("queue,interval_start,contacts,aht_seconds\n");
        Instant monday = Instant.parse("2026-01-05T00:00:00Z");
        for (int h = 0; h < 6 * 7 * 24; h++) {
            Instant start = monday.plus(Duration.ofHours(h));
            int dayOfWeek = h / 24 % 7;
            int hour = h % 24;
            int contacts = dayOfWeek < 5 && hour == 10 ? 100 : 20;
            csv.append("phone,").append(start).append(',').append(contacts).append(",180\n");
        }
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void forecastsAnExactWeeklyPatternAndWritesAFileThePlanReads() throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        CliRun run = CliRun.of("forecast", "--counts", weeklyCounts().toString(), "--interval", "PT1H",
                "--horizon", "P7D", "--output", forecast.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Forecast for phone").contains("<- chosen").contains("Backtest, 4 origins of 7 days")
                .contains("Peak interval 2026-02-16T10:00: 100.0 contacts");
        assertThat(Files.readAllLines(forecast)).hasSize(1 + 7 * 24);

        CliRun plan = CliRun.of("plan", "--forecast", forecast.toString(), "--target", "80/20", "--shrinkage", "30%",
                "--json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("\"plans\"");
    }

    @Test
    void planAgreesWithTheSingleIntervalStaffingCommandAtThePeak() throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        assertThat(CliRun.of("forecast", "--counts", weeklyCounts().toString(), "--interval", "PT1H", "--output",
                forecast.toString()).exitCode()).isZero();
        Path rows = dir.resolve("plan.csv");

        CliRun plan = CliRun.of("plan", "--forecast", forecast.toString(), "--target", "80/20", "--shrinkage", "0.3",
                "--output", rows.toString());
        // 100 contacts per hour at 180 s: what cx staffing says for that one interval.
        CliRun single = CliRun.of("staffing", "erlang-c", "--calls", "100", "--interval", "PT1H", "--aht", "PT3M",
                "--target-service-level", "0.8", "--answer-within", "PT20S", "--shrinkage", "0.3", "--json");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        Map<String, Object> expected = JsonTestSupport.parseObject(single.out());
        String peakRow = Files.readAllLines(rows).stream().filter(l -> l.contains("T10:00:00Z,100,")).findFirst().orElseThrow();
        List<String> cells = List.of(peakRow.split(",", -1));
        assertThat(Integer.parseInt(cells.get(6))).isEqualTo(expected.get("agents"));
        assertThat(Integer.parseInt(cells.get(7))).isEqualTo(expected.get("scheduledAgents"));
        assertThat(Double.parseDouble(cells.get(8))).isCloseTo((Double) expected.get("serviceLevel"), within(1e-4));
    }

    @Test
    void forecastJsonCarriesTheBacktest() throws IOException {
        CliRun run = CliRun.of("forecast", "--counts", weeklyCounts().toString(), "--interval", "PT1H", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsKeys("forecasts", "notForecast");
        assertThat(run.out()).contains("\"backtest\"").contains("\"chosen\"").contains("\"wape\"");
    }

    @Test
    void tooLittleHistoryIsBadInputWithAHint() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "interval_start,contacts\n2026-01-05T09:00:00Z,5\n2026-01-05T10:00:00Z,7\n");

        CliRun run = CliRun.of("forecast", "--counts", file.toString(), "--interval", "PT1H");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Maybe use a shorter --horizon");
    }

    @Test
    void planOptionsAreCheckedWithTheExpectedForm() throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        assertThat(CliRun.of("forecast", "--counts", weeklyCounts().toString(), "--interval", "PT1H", "--output",
                forecast.toString()).exitCode()).isZero();

        assertThat(CliRun.of("plan", "--forecast", forecast.toString(), "--target", "80").err())
                .contains("e.g. 80/20");
        assertThat(CliRun.of("plan", "--forecast", forecast.toString(), "--shrinkage", "130%").err())
                .contains("such as 30% or 0.3");
        assertThat(CliRun.of("plan", "--forecast", dir.resolve("counts.csv").toString()).err())
                .contains("Maybe this is an interval-counts file");
    }

    @Test
    void aForecastWithoutHandleTimeAsksForAht() throws IOException {
        String counts = Files.readString(weeklyCounts()).replace(",180\n", ",\n");
        Path noAht = dir.resolve("no-aht.csv");
        Files.writeString(noAht, counts);
        Path forecast = dir.resolve("forecast.csv");
        assertThat(CliRun.of("forecast", "--counts", noAht.toString(), "--interval", "PT1H", "--output",
                forecast.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("plan", "--forecast", forecast.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Maybe give --aht").hasLineCount(1);
        assertThat(CliRun.of("plan", "--forecast", forecast.toString(), "--aht", "PT3M").exitCode()).isZero();
    }
}
