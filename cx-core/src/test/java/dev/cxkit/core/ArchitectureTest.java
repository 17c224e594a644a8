package dev.cxkit.core;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); cx-core never sees a rule engine (HOUSE-STYLE.md §1). */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.core").forbidding("org.kie.", "org.drools.").check();
    }
}
