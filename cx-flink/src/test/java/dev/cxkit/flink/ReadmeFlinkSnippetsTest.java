package dev.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.architecture.JavaSnippets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Flink examples (the {@code ```java} blocks marked {@code module cx-flink}), read from
 * README.md and compiled at {@code --release 17} against this module's test class path, which has
 * Flink; examples' ReadmeJavaSnippetsTest compiles the others.
 */
class ReadmeFlinkSnippetsTest {

    private static final List<String> IMPORTS = List.of("dev.cxkit.core.*", "dev.cxkit.flink.*",
            "dev.cxkit.flink.audit.*", "org.apache.flink.streaming.api.environment.StreamExecutionEnvironment",
            "java.time.*");

    @TempDir
    Path classes;

    @Test
    void theReadmesFlinkBlocksCompileOnJava17() {
        List<JavaSnippets.Snippet> flink = JavaSnippets.read(Path.of("..", "README.md")).stream()
                .filter(s -> s.module().equals("cx-flink")).toList();

        assertThat(flink).as("README blocks marked module cx-flink").hasSizeGreaterThanOrEqualTo(2);
        assertThat(JavaSnippets.compile("README.md", flink, IMPORTS, classes)).isEmpty();
    }
}
