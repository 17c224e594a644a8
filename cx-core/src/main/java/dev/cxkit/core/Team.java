package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * A team of agents, for example {@code billing}. Immutable.
 *
 * @param id the team's id
 * @param name a display name
 */
public record Team(TeamId id, String name) {

    /** Validates required fields. */
    public Team {
        Checks.notNull(id, "team id");
        Checks.identifier(name, "team name");
    }
}
