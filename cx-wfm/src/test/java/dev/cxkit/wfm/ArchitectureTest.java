package dev.cxkit.wfm;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); forecasting needs no rule engine, stream job or database. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.wfm")
                .forbidding("org.kie.", "org.drools.", "org.apache.flink.", "java.sql.", "com.zaxxer.")
                .check();
    }
}
