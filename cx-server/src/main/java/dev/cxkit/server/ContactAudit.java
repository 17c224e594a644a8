package dev.cxkit.server;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

import dev.cxkit.core.Interaction;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Auditor;

/**
 * The per-contact mistake checks behind {@code POST /audit}: what is wrong with one interaction on
 * its own. The service calls it once per posted interaction, from several request threads at once,
 * so implementations must be thread-safe and should be cheap. A finding may name ids, never personal
 * data. An exception fails the whole request with 500 and nothing of it is counted.
 *
 * <p>The cx-audit auditor plugs in with {@link #of(Auditor, InstantSource)}, which also judges at an
 * instant the request names ({@code POST /audit?asOf=2026-04-05T22:00:00Z}); a lambda
 * {@code contact -> auditor.checkContact(contact, clock.instant())} judges at the moment of the
 * request only.
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

    /**
     * Checks one interaction as known at {@code asOf}, for a request that names the instant
     * ({@code POST /audit?asOf=…}): promises and feedback loops are judged at it, and nothing after it
     * is known. The default refuses, so that a check that can only judge at the moment of the
     * request never silently ignores the instant asked for; the service answers 400.
     *
     * @param interaction a valid interaction
     * @param asOf the instant to judge at
     * @return the findings
     * @throws UnsupportedOperationException if this check judges at the moment of the request only
     */
    default List<AuditFinding> check(Interaction interaction, Instant asOf) {
        throw new UnsupportedOperationException("This server's audit judges at the moment of the request only.");
    }

    /**
     * The per-contact checks of an {@link Auditor}, judged at the clock's instant, or at the instant
     * a request names.
     *
     * @param auditor the auditor, thread-safe
     * @param clock the instant a request without {@code asOf} is judged at
     * @return the checks
     */
    static ContactAudit of(Auditor auditor, InstantSource clock) {
        Objects.requireNonNull(auditor, "The auditor must not be null.");
        Objects.requireNonNull(clock, "The clock must not be null.");
        return new ContactAudit() {
            @Override
            public List<AuditFinding> check(Interaction interaction) {
                return auditor.checkContact(interaction, clock.instant());
            }

            @Override
            public List<AuditFinding> check(Interaction interaction, Instant asOf) {
                return auditor.checkContact(interaction, asOf);
            }
        };
    }
}
