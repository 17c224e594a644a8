package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.io.ImportException;
import org.junit.jupiter.api.Test;

class ForecastCsvTest {

    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

    private static Forecast forecast(String key) {
        Backtest backtest = new Backtest(4, 7, List.of(
                new MethodScore(SeasonalNaive.ID, OptionalDouble.of(0.2), OptionalDouble.of(0.01), 10, 100, List.of()),
                new MethodScore(WeeklyProfile.ID, OptionalDouble.of(0.1), OptionalDouble.of(-0.02), 10, 100, List.of())),
                List.of(), WeeklyProfile.ID);
        return new Forecast(key, Duration.ofMinutes(30), ZoneId.of("Europe/Berlin"), WeeklyProfile.ID, 0.8, 0.05, List.of(
                new ForecastInterval(START, 12.5, 8, 17, Duration.ofSeconds(300), true),
                new ForecastInterval(START.plus(Duration.ofMinutes(30)), 0, 0, 0, null, false)), backtest);
    }

    @Test
    void writtenForecastsReadBackWithTheirIntervalsAndBacktestSummary() {
        StringWriter out = new StringWriter();
        ForecastCsv.write(List.of(forecast("phone"), forecast("chat")), out);

        List<Forecast> read = ForecastCsv.read(new StringReader(out.toString()), "f.csv");

        assertThat(read).extracting(Forecast::key).containsExactly("phone", "chat");
        Forecast phone = read.get(0);
        assertThat(phone.intervals()).isEqualTo(forecast("phone").intervals());
        assertThat(phone.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(phone.method()).isEqualTo(WeeklyProfile.ID);
        assertThat(phone.dispersion()).isEqualTo(0.05);
        assertThat(phone.backtest().chosenScore().wape()).hasValue(0.1);
        // 1 - 0.1 / 0.2: the skill survives the round trip.
        assertThat(phone.backtest().skillOverBaseline()).hasValue(0.5);
        assertThat(out.toString()).contains("2026-03-02T08:00:00+01:00");
    }

    @Test
    void anIntervalCountsFileIsRejectedWithAHint() {
        assertThatThrownBy(() -> ForecastCsv.read(new StringReader("interval_start,contacts\n2026-03-02T08:00Z,4\n"), "c.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("c.csv:1")
                .hasMessageContaining("Maybe this is an interval-counts file");
    }

    @Test
    void aGapInAQueueIsRejected() {
        StringWriter out = new StringWriter();
        ForecastCsv.write(List.of(forecast("phone")), out);
        String[] lines = out.toString().split("\n");
        String gap = lines[0] + "\n" + lines[1].replace("2026-03-02T08:00:00+01:00", "2026-03-02T07:00:00+01:00") + "\n"
                + lines[2] + "\n";

        assertThatThrownBy(() -> ForecastCsv.read(new StringReader(gap), "g.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("without gaps or repeats");
    }

    @Test
    void twoMethodsUnderOneQueueAreRejected() {
        StringWriter out = new StringWriter();
        ForecastCsv.write(List.of(forecast("phone")), out);
        String mixed = out.toString().replaceFirst("(?s)(.*)weekly-profile", "$1seasonal-naive");

        assertThatThrownBy(() -> ForecastCsv.read(new StringReader(mixed), "m.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("field 'method'");
    }
}
