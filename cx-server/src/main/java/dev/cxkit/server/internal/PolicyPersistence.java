package dev.cxkit.server.internal;

import java.util.List;
import java.util.Optional;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.jdbc.JdbcPolicyStore;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a policy applied by {@code POST /policy} across restarts (issue 25 item 11): with a database,
 * each applied policy is saved with the version of the policy the server was started with. At start, the
 * newest saved policy is resumed if it was applied to a server started with the same policy as now; if
 * the starting policy changed since (an operator edited the files), the new files win and the saved one
 * is left, with a warning. Without a database nothing is saved, and the reply to {@code POST /policy}
 * says so. Thread-safe.
 */
final class PolicyPersistence {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyPersistence.class);

    private final @Nullable CxDatabase database;
    private final String startedFrom;

    PolicyPersistence(@Nullable CxDatabase database, Policy startingPolicy) {
        this.database = database;
        this.startedFrom = startingPolicy.version();
    }

    /** The policy to start with: the newest saved one if it applies to this start, else the given one. */
    Policy initial(Policy given) {
        CxDatabase db = database;
        if (db == null) {
            return given;
        }
        Optional<JdbcPolicyStore.SavedPolicy> latest = db.policies().latest();
        if (latest.isEmpty()) {
            return given;
        }
        JdbcPolicyStore.SavedPolicy saved = latest.get();
        if (!saved.startedFrom().equals(startedFrom)) {
            LOG.warn("The policy {} applied over HTTP at {} was applied to a server started with policy {}; this one "
                    + "starts with {}, so the policy given at start is in force and the saved one is left.",
                    saved.version(), saved.appliedAt(), saved.startedFrom(), startedFrom);
            return given;
        }
        try {
            Policy resumed = Policy.compile(saved.sources());
            LOG.info("Resuming policy {}, applied over HTTP at {} ({} source(s)).", resumed.version(), saved.appliedAt(),
                    saved.sources().size());
            return resumed;
        } catch (RuntimeException e) {
            LOG.warn("The policy {} applied over HTTP at {} no longer compiles ({}); the policy given at start is in "
                    + "force.", saved.version(), saved.appliedAt(), e.getClass().getName());
            return given;
        }
    }

    /**
     * Saves an applied policy.
     *
     * @return {@code true} if saved (durable), {@code false} for a server without a database
     */
    boolean save(List<PolicySource> sources, String version) {
        CxDatabase db = database;
        if (db == null) {
            return false;
        }
        db.policies().save(sources, version, startedFrom);
        return true;
    }
}
