package dev.cxkit.server;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); the service embeds cx-json's shapes in its answers: a deliberate path. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.server").mayUse("dev.cxkit.json.internal.").check();
    }
}
