package dev.cxkit.server.internal;

import java.util.List;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;

/**
 * The standard KPIs over every interaction posted to the service. Thread-safe: a batch is accumulated
 * on the request's own thread into a fresh {@link StandardKpis} and then combined into the total under
 * a lock (combining is associative, so the total equals one pass over all batches in arrival order);
 * the scorecard is read under the same lock.
 */
final class RunningKpis {

    /** The scorecard and how many interactions it covers. */
    record Snapshot(Scorecard.Report scorecard, long interactions) {
    }

    private final StandardKpis.Config config;
    private final Scorecard scorecard;
    private final StandardKpis total;
    private long interactions;

    RunningKpis(StandardKpis.Config config, Scorecard scorecard) {
        this.config = config;
        this.scorecard = scorecard;
        this.total = StandardKpis.create(config);
    }

    /** Adds a batch of interactions as one step: a reader sees all of it or none. */
    void add(List<Interaction> batch) {
        StandardKpis part = StandardKpis.create(config);
        batch.forEach(part::accept);
        synchronized (this) {
            total.combine(part);
            interactions += batch.size();
        }
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(scorecard.evaluate(total.results()), interactions);
    }
}
