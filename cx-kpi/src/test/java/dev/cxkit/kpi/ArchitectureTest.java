package dev.cxkit.kpi;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); KPIs need no rule engine, and their JSON is cx-json's. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.kpi").forbidding("org.kie.", "org.drools.", "com.fasterxml.jackson.").check();
    }
}
