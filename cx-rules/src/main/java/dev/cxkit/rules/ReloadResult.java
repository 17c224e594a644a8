package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;

/**
 * What {@link PolicyEngine#reload(java.util.List)} did: swapped in the new policy, or kept the old
 * one because the new sources do not compile. Callers {@code switch} over the two.
 */
public sealed interface ReloadResult {

    /**
     * The version of the policy in force after the reload.
     *
     * @return the new version if applied, the kept one if rejected
     */
    String currentVersion();

    /**
     * The new policy is in force; decisions started before the swap finished on the old one.
     *
     * @param previousVersion the version that was replaced
     * @param currentVersion the version now in force
     */
    record Applied(String previousVersion, String currentVersion) implements ReloadResult {

        /** Validates the fields. */
        public Applied {
            Checks.notNull(previousVersion, "previousVersion");
            Checks.notNull(currentVersion, "currentVersion");
        }
    }

    /**
     * The new sources do not compile; the old policy stays in force.
     *
     * @param currentVersion the version that stays in force
     * @param error what is wrong with the new sources
     */
    record Rejected(String currentVersion, PolicyCompilationException error) implements ReloadResult {

        /** Validates the fields. */
        public Rejected {
            Checks.notNull(currentVersion, "currentVersion");
            Checks.notNull(error, "error");
        }
    }
}
