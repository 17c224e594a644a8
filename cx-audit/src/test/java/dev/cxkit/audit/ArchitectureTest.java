package dev.cxkit.audit;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); the audit runs its checks on the policy engine's Drools sessions: a deliberate path. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.audit").mayUse("dev.cxkit.rules.internal.drools.").check();
    }
}
