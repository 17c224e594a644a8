package dev.cxkit.jdbc;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); structured columns are stored as cx-json's flat JSON: a deliberate path. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.jdbc").mayUse("dev.cxkit.json.internal.FlatJson").check();
    }
}
