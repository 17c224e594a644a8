package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Test series built from a formula: hourly intervals from Monday 2026-01-05 00:00 UTC. */
final class Series {

    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    interface Formula {
        double at(int day, int hour);
    }

    private Series() {
    }

    static IntervalSeries hourly(int days, Formula formula) {
        double[] contacts = new double[days * 24];
        double[] aht = new double[days * 24];
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < 24; h++) {
                contacts[d * 24 + h] = formula.at(d, h);
                aht[d * 24 + h] = contacts[d * 24 + h] > 0 ? 300 : Double.NaN;
            }
        }
        return IntervalSeries.of("phone", MONDAY, HOUR, contacts, aht);
    }

    /** A weekly pattern: weekday w (0 = Monday), hour h; quiet at night, busy at 11, light weekends. */
    static double pattern(int day, int hour) {
        int weekday = day % 7;
        double dayWeight = weekday < 5 ? 1.0 + 0.1 * (4 - weekday) : weekday == 5 ? 0.5 : 0.2;
        double intraday = hour < 7 || hour >= 21 ? 1 : 10 + 20 * Math.exp(-Math.pow(hour - 11, 2) / 8.0);
        return Math.round(dayWeight * intraday * 10) / 10.0;
    }

    static double[] values(Forecast f) {
        return f.intervals().stream().mapToDouble(ForecastInterval::contacts).toArray();
    }

    static double[] expected(int fromDay, int days, Formula formula) {
        double[] out = new double[days * 24];
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < 24; h++) {
                out[d * 24 + h] = formula.at(fromDay + d, h);
            }
        }
        return out;
    }

    static String show(double[] values) {
        return Arrays.toString(Arrays.copyOf(values, Math.min(30, values.length)));
    }
}
