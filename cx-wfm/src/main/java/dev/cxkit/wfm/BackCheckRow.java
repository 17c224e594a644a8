package dev.cxkit.wfm;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;

/**
 * One past interval of a {@link BackCheck}: the service level the model predicts for the staffing
 * that was there, next to the one observed. Immutable.
 *
 * @param start the interval's start
 * @param contacts contacts that arrived
 * @param averageHandleTimeSeconds their average handle time
 * @param agents agents that were on the phones
 * @param observedServiceLevel the service level achieved
 * @param modelServiceLevel the model's service level for these agents (0 when Erlang C has no
 *        steady state because the load reaches the agents)
 * @param unstable whether the Erlang C queue was unstable (offered load ≥ agents)
 */
public record BackCheckRow(Instant start, double contacts, double averageHandleTimeSeconds, int agents,
        double observedServiceLevel, double modelServiceLevel, boolean unstable) {

    /** Validates the start. */
    public BackCheckRow {
        Checks.notNull(start, "start");
    }

    /**
     * The model's error.
     *
     * @return model − observed service level
     */
    public double error() {
        return modelServiceLevel - observedServiceLevel;
    }
}
