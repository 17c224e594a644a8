package dev.cxkit.kpi.sla;

import java.time.Instant;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.internal.Checks;

/**
 * One input of an {@link SlaClock}: a case status change, an agent or customer reply on a case, or
 * a change of the SLA policy. Immutable.
 *
 * <p>Why replies are inputs of their own: first response, next reply and periodic update are about
 * the conversation, which status events do not show, and an {@link dev.cxkit.core.Interaction}
 * records only the first reply of one contact, not every reply of a long e-mail thread. A helpdesk
 * export has both streams (ticket audits and public comments); feed both.
 */
public sealed interface SlaInput {

    /**
     * When the input happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The status of a case changed (and perhaps its priority).
     *
     * @param event the status event
     */
    record StatusChanged(CaseEvent event) implements SlaInput {

        /** Validates the event. */
        public StatusChanged {
            Checks.notNull(event, "event");
        }

        @Override
        public Instant at() {
            return event.at();
        }
    }

    /**
     * An agent sent a public reply to the customer on a case.
     *
     * @param caseId the case
     * @param at when the reply was sent
     */
    record AgentReplied(CaseId caseId, Instant at) implements SlaInput {

        /** Validates the fields. */
        public AgentReplied {
            Checks.notNull(caseId, "caseId");
            Checks.notNull(at, "at");
        }
    }

    /**
     * The customer replied on a case.
     *
     * @param caseId the case
     * @param at when the reply arrived
     */
    record CustomerReplied(CaseId caseId, Instant at) implements SlaInput {

        /** Validates the fields. */
        public CustomerReplied {
            Checks.notNull(caseId, "caseId");
            Checks.notNull(at, "at");
        }
    }

    /**
     * A new SLA policy applies to every case from {@code at} on, for measurements that start at or
     * after {@code at}; running and finished measurements keep the policy they started with.
     *
     * @param policy the new policy
     * @param at when it takes effect
     */
    record PolicyChanged(SlaPolicy policy, Instant at) implements SlaInput {

        /** Validates the fields. */
        public PolicyChanged {
            Checks.notNull(policy, "policy");
            Checks.notNull(at, "at");
        }
    }
}
