package dev.cxkit.wfm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.ErlangA;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.TrafficLoad;

/**
 * Checks the staffing model against history: for every past interval with contacts, handle time,
 * the agents that were on the phones and the service level achieved (columns {@code agents} and
 * {@code service_level} of the interval-counts CSV), the model's service level for those agents is
 * compared with the observed one. The answer says how much to trust a plan: a model that promised 90
 * % where the centre achieved 80 % needs a margin. Immutable and thread-safe.
 *
 * <p>The model's service level uses the threshold of the {@link PlanConfig}'s target. Erlang C with
 * a load at or above the agents has no steady state; such intervals count with a model service level
 * of 0 and are flagged {@link BackCheckRow#unstable()}. Erlang A always has one.
 */
public final class BackCheck {

    private final PlanConfig config;

    private BackCheck(PlanConfig config) {
        this.config = Checks.notNull(config, "config");
    }

    /**
     * A back-check with a model and threshold.
     *
     * @param config the model (Erlang C or A with patience) and the target's threshold
     * @return the back-check
     */
    public static BackCheck create(PlanConfig config) {
        return new BackCheck(config);
    }

    /**
     * Compares model and observation over a history.
     *
     * @param history a series with agents and service levels
     * @return the report
     */
    public BackCheckReport check(IntervalSeries history) {
        Checks.notNull(history, "history");
        Duration length = history.interval();
        Duration within = config.answerWithin();
        List<BackCheckRow> rows = new ArrayList<>();
        long skipped = 0;
        for (int i = 0; i < history.size(); i++) {
            OptionalDouble contacts = history.contacts(i);
            if (contacts.isEmpty() || contacts.getAsDouble() <= 0) {
                continue;
            }
            OptionalDouble aht = history.averageHandleTimeSeconds(i);
            OptionalInt agents = history.agents(i);
            OptionalDouble observed = history.serviceLevel(i);
            if (aht.isEmpty() || agents.isEmpty() || agents.getAsInt() < 1 || observed.isEmpty()) {
                skipped++;
                continue;
            }
            TrafficLoad load = TrafficLoad.perInterval(contacts.getAsDouble(), length);
            Duration handle = Duration.ofNanos(Math.max(1, Math.round(aht.getAsDouble() * 1e9)));
            int n = agents.getAsInt();
            double model;
            boolean unstable = false;
            if (config.patience() != null) {
                model = ErlangA.of(load, handle, config.patience()).evaluate(n, within).serviceLevel();
            } else {
                ErlangC erlang = ErlangC.of(load, handle);
                if (erlang.offeredLoad() >= n) {
                    model = 0;
                    unstable = true;
                } else {
                    model = erlang.evaluate(n, within).serviceLevel();
                }
            }
            rows.add(new BackCheckRow(history.startOf(i), contacts.getAsDouble(), aht.getAsDouble(), n,
                    observed.getAsDouble(), model, unstable));
        }
        return new BackCheckReport(history.key(), config.model(), rows, skipped);
    }
}
