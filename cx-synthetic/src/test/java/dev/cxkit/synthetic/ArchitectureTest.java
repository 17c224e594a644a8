package dev.cxkit.synthetic;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); the generator needs no rule engine. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.synthetic").forbidding("org.kie.", "org.drools.").check();
    }
}
