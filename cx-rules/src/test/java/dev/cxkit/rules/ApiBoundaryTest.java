package dev.cxkit.rules;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); Drools stays behind dev.cxkit.rules.internal.drools (HOUSE-STYLE.md §5). */
class ApiBoundaryTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.rules").check();
    }
}
