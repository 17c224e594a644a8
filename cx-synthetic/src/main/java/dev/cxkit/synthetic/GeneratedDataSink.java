package dev.cxkit.synthetic;

import dev.cxkit.core.Agent;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.Interaction;

/**
 * Receives generated data as it is produced, so that nothing needs to be held in memory. Callbacks
 * come from the thread that called {@link SyntheticContactCentre#generate}, one at a time. All
 * methods do nothing by default; override what you need.
 *
 * <p>Order: all agents first; then interactions in non-decreasing {@code queuedAt}, each followed by
 * its contact truth labels; case events of a case are delivered together, in time order, when the
 * case is opened (so they are not globally ordered); cross-contact labels (spikes, escalation
 * patterns, missing follow-ups) come when they become known, at the latest at the end.
 */
public interface GeneratedDataSink {

    /**
     * Receives an agent (including agents hired during the period).
     *
     * @param agent the agent
     */
    default void agent(Agent agent) {
    }

    /**
     * Receives an interaction.
     *
     * @param interaction the interaction; {@code queuedAt} never decreases from call to call
     */
    default void interaction(Interaction interaction) {
    }

    /**
     * Receives a case status change inside the period.
     *
     * @param event the event
     */
    default void caseEvent(CaseEvent event) {
    }

    /**
     * Receives a customer event: a churn after the customer's first answered contact, more likely when
     * that contact was not resolved. Events come in the order they are decided, not in time order.
     *
     * @param event the event
     */
    default void customerEvent(CustomerEvent event) {
    }

    /**
     * Receives a ground-truth label.
     *
     * @param label the label
     */
    default void truth(TruthLabel label) {
    }
}
