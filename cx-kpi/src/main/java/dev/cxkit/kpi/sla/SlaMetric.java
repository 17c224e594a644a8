package dev.cxkit.kpi.sla;

/**
 * What an SLA target measures. The start and stop rules are those of {@link SlaClock}; in short:
 *
 * <ul>
 *   <li>{@link #FIRST_RESPONSE}: from the case's opening to the first agent reply;</li>
 *   <li>{@link #NEXT_REPLY}: from a customer reply that follows an agent reply to the next agent reply;</li>
 *   <li>{@link #PERIODIC_UPDATE}: from each agent reply to the next one, while the case is active;</li>
 *   <li>{@link #RESOLUTION}: from the opening (or a reopen) to SOLVED or CLOSED.</li>
 * </ul>
 *
 * <p>All four stop when the case is solved or closed. The model follows Zendesk's SLA metrics
 * (first reply time, next reply time, periodic update, requester wait time / resolution).
 */
public enum SlaMetric {
    /** Time from the case's opening to the first agent reply. */
    FIRST_RESPONSE,
    /** Time from a customer reply (after an agent has replied) to the next agent reply. */
    NEXT_REPLY,
    /** Time until the case is solved; a reopen starts a new measurement. */
    RESOLUTION,
    /** Time between agent replies while the case is active. */
    PERIODIC_UPDATE
}
