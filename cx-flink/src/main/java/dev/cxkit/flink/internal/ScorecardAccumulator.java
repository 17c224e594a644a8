package dev.cxkit.flink.internal;

import java.util.ArrayList;
import java.util.List;

import dev.cxkit.kpi.FirstContactResolution;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.RepeatContactRate;
import dev.cxkit.kpi.StandardKpis;

/**
 * The state of one scorecard window: a {@link StandardKpis} for the contacts, and the repeat
 * outcomes decided by {@link RepeatClassifier}, which replace the standard set's own FCR and
 * repeat-contact values (those would only see repeats inside the group). Serialised by Flink's Kryo
 * fallback (a generic type): the KPI accumulators keep their state in private fields.
 */
public final class ScorecardAccumulator {

    private final StandardKpis kpis;
    private long contacts;
    private long repeats;
    private long eligible;
    private long resolved;

    /**
     * An empty accumulator.
     *
     * @param kpis an empty standard set
     */
    public ScorecardAccumulator(StandardKpis kpis) {
        this.kpis = kpis;
    }

    /**
     * Adds a contact or a repeat outcome.
     *
     * @param input the input
     */
    public void accept(ScorecardInput input) {
        if (input instanceof ScorecardInput.Contact contact) {
            kpis.accept(contact.interaction());
        } else {
            accept((RepeatOutcome) input);
        }
    }

    private void accept(RepeatOutcome outcome) {
        contacts++;
        if (outcome.repeat()) {
            repeats++;
        } else if (!outcome.censored()) {
            eligible++;
            if (outcome.resolved()) {
                resolved++;
            }
        }
    }

    /**
     * Merges another accumulator with the same configuration.
     *
     * @param other the other; left unchanged
     * @return this accumulator
     */
    public ScorecardAccumulator combine(ScorecardAccumulator other) {
        kpis.combine(other.kpis);
        contacts += other.contacts;
        repeats += other.repeats;
        eligible += other.eligible;
        resolved += other.resolved;
        return this;
    }

    /**
     * The values of {@link StandardKpis#results()}, with FCR and the repeat-contact rate from the
     * repeat outcomes.
     *
     * @return the values, in the standard order
     */
    public List<KpiValue> results() {
        String variant = kpis.config().repeatWindow().label();
        List<KpiValue> values = new ArrayList<>(kpis.results());
        for (int i = 0; i < values.size(); i++) {
            String id = values.get(i).id();
            if (id.equals(FirstContactResolution.ID)) {
                values.set(i, KpiValue.ratio(id, variant, resolved, eligible));
            } else if (id.equals(RepeatContactRate.ID)) {
                values.set(i, KpiValue.ratio(id, variant, repeats, contacts));
            }
        }
        return List.copyOf(values);
    }
}
