package dev.cxkit.server;

import java.util.List;

import dev.cxkit.core.Interaction;
import dev.cxkit.audit.AuditFinding;

/**
 * The per-contact mistake checks behind {@code POST /audit}: what is wrong with one interaction on
 * its own. The service calls it once per posted interaction, from several request threads at once,
 * so implementations must be thread-safe and should be cheap. A finding may name ids, never personal
 * data. An exception fails the whole request with 500 and nothing of it is counted.
 *
 * <p>The cx-rules auditor plugs in as {@code contact -> auditor.checkContact(contact, clock.instant())}.
 */
@FunctionalInterface
public interface ContactAudit {

    /**
     * Checks one interaction.
     *
     * @param interaction a valid interaction, as read from the posted JSON Lines
     * @return the findings, in the order they should be reported; empty if nothing is wrong
     */
    List<AuditFinding> check(Interaction interaction);
}
