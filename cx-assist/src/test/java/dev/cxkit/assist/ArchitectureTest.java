package dev.cxkit.assist;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); escalation routing and the promise guard work without Drools. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.assist").forbidding("org.kie.", "org.drools.").check();
    }
}
