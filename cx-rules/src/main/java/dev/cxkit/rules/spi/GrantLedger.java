package dev.cxkit.rules.spi;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import java.time.Instant;
import java.util.Currency;

/**
 * Where the engine looks up what was already granted when a {@link dev.cxkit.rules.DecisionRequest}
 * does not say. Called only when a cumulative cap applies, with the period of the deciding rule: the
 * window is {@code (after, upTo]} with {@code upTo} the instant of the decision (the engine's clock
 * for a {@link dev.cxkit.rules.PolicyEngine}, the request's {@code at} for
 * {@link dev.cxkit.rules.Policy#decide}) and {@code after} that instant minus the rule's period (in
 * UTC for month and year periods). A CRM implements this over its
 * own records; {@link InMemoryGrantLedger} keeps grants in memory. Implementations must be
 * thread-safe.
 */
public interface GrantLedger {

    /**
     * The sum granted to one customer for one action within a window.
     *
     * @param customer the customer
     * @param action the action
     * @param currency only grants in this currency count
     * @param after the start of the window, exclusive
     * @param upTo the end of the window, inclusive
     * @return the sum in {@code currency}, zero if nothing was granted
     */
    Money grantedToCustomer(CustomerId customer, Action action, Currency currency, Instant after, Instant upTo);

    /**
     * The sum one agent granted for one action within a window.
     *
     * @param agent the agent
     * @param action the action
     * @param currency only grants in this currency count
     * @param after the start of the window, exclusive
     * @param upTo the end of the window, inclusive
     * @return the sum in {@code currency}, zero if nothing was granted
     */
    Money grantedByAgent(AgentId agent, Action action, Currency currency, Instant after, Instant upTo);
}
