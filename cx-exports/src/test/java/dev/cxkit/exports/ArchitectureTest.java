package dev.cxkit.exports;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/**
 * The module's API boundary (architecture-rules' {@link ApiBoundary}): Jackson and Commons CSV stay
 * inside, and the readers need no rule engine.
 */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.exports").forbidding("org.kie.", "org.drools.", "org.apache.flink.").check();
    }
}
