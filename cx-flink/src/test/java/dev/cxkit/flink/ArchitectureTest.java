package dev.cxkit.flink;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); the jobs take and give Flink streams. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.flink").mayUse("dev.cxkit.json.internal.").exposing("org.apache.flink.").check();
    }
}
