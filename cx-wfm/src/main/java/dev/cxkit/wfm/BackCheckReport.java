package dev.cxkit.wfm;

import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * How far the Erlang model's service level was from the observed one over past intervals. Real
 * centres are not M/M/N: arrivals are over-dispersed, handle times are not exponential, agents are
 * not all on the phones all interval, callers hang up and call back. Immutable.
 *
 * @param key the series key
 * @param model {@code erlang-c} or {@code erlang-a}
 * @param rows the intervals compared, in time order
 * @param skipped intervals with contacts but without agents, handle time or observed service level
 */
public record BackCheckReport(String key, String model, List<BackCheckRow> rows, long skipped) {

    /** Copies the rows. */
    public BackCheckReport {
        Checks.notNull(key, "key");
        Checks.notNull(model, "model");
        rows = List.copyOf(rows);
    }

    /**
     * The mean error: positive when the model promises more than the centre achieved.
     *
     * @return mean of (model − observed), empty without rows
     */
    public OptionalDouble meanError() {
        return rows.stream().mapToDouble(BackCheckRow::error).average();
    }

    /**
     * The mean absolute error, in service-level points (0.05 = 5 points).
     *
     * @return mean of |model − observed|, empty without rows
     */
    public OptionalDouble meanAbsoluteError() {
        return rows.stream().mapToDouble(r -> Math.abs(r.error())).average();
    }

    /**
     * The mean absolute error weighted by contacts (busy intervals count more).
     *
     * @return Σ contacts·|error| / Σ contacts, empty without contacts
     */
    public OptionalDouble contactWeightedAbsoluteError() {
        double weighted = 0;
        double total = 0;
        for (BackCheckRow r : rows) {
            weighted += r.contacts() * Math.abs(r.error());
            total += r.contacts();
        }
        return total > 0 ? OptionalDouble.of(weighted / total) : OptionalDouble.empty();
    }

    /**
     * The root mean squared error.
     *
     * @return √(mean of error²), empty without rows
     */
    public OptionalDouble rootMeanSquaredError() {
        OptionalDouble mean = rows.stream().mapToDouble(r -> r.error() * r.error()).average();
        return mean.isPresent() ? OptionalDouble.of(Math.sqrt(mean.getAsDouble())) : mean;
    }

    /**
     * Intervals where Erlang C had no steady state.
     *
     * @return the count
     */
    public long unstable() {
        return rows.stream().filter(BackCheckRow::unstable).count();
    }

    /**
     * A sentence for people, for example "Erlang C promised 6.1 points more service level than
     * observed on average (mean absolute error 9.8 points over 412 intervals)."
     *
     * @return the summary
     */
    public String summary() {
        if (rows.isEmpty()) {
            return "No interval of (" + key + ") had contacts, agents, handle time and an observed service level"
                    + " to compare.";
        }
        double mean = meanError().orElse(0) * 100;
        return String.format(java.util.Locale.ROOT, "%s %s %.1f points %s service level than observed on average "
                + "(mean absolute error %.1f points, RMSE %.1f, over %d intervals; %d skipped for missing data).",
                model.equals("erlang-a") ? "Erlang A" : "Erlang C", mean >= 0 ? "promised" : "predicted",
                Math.abs(mean), mean >= 0 ? "more" : "less", meanAbsoluteError().orElse(0) * 100,
                rootMeanSquaredError().orElse(0) * 100, rows.size(), skipped);
    }
}
