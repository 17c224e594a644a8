package dev.cxkit.cli;

import dev.cxkit.architecture.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The module's API boundary (architecture-rules' {@link ApiBoundary}); the command line embeds cx-json's shapes in its documents; its commands are picocli commands. */
class ArchitectureTest {

    @Test
    void keepsItsApiBoundary() {
        ApiBoundary.of("dev.cxkit.cli").mayUse("dev.cxkit.json.internal.").exposing("picocli.").check();
    }
}
