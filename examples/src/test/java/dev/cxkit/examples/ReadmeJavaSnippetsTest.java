package dev.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.architecture.JavaSnippets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the README's examples used a pattern {@code switch} over {@code Decision}, which Java 17
 * does not compile, and the snippet test compiled a copy. This test reads every {@code ```java}
 * block of the root README.md itself and compiles it at {@code --release 17} against the published
 * modules (see {@link JavaSnippets} for the hidden {@code given} declarations). The blocks marked
 * {@code module cx-flink} need Flink, which only cx-flink's tests have; its
 * {@code ReadmeFlinkSnippetsTest} compiles them.
 */
class ReadmeJavaSnippetsTest {

    static final Path README = Path.of("..", "README.md");

    /** What every block may use without importing it: the API packages on this module's test class path. */
    static final List<String> IMPORTS = List.of("dev.cxkit.core.*", "dev.cxkit.core.io.*", "dev.cxkit.kpi.*",
            "dev.cxkit.kpi.sla.*", "dev.cxkit.kpi.staffing.*", "dev.cxkit.wfm.*", "dev.cxkit.rules.*",
            "dev.cxkit.rules.spi.*", "dev.cxkit.test.*", "dev.cxkit.audit.*", "dev.cxkit.jdbc.*",
            "dev.cxkit.micrometer.*", "dev.cxkit.server.*", "io.micrometer.core.instrument.MeterRegistry",
            "io.micrometer.core.instrument.Tags", "java.time.*",
            "java.nio.file.Path", "java.util.List");

    @TempDir
    Path classes;

    @Test
    void everyJavaBlockOfTheReadmeCompilesOnJava17() {
        List<JavaSnippets.Snippet> all = JavaSnippets.read(README);
        List<JavaSnippets.Snippet> here = all.stream().filter(s -> s.module().isEmpty()).toList();

        assertThat(all).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).extracting(JavaSnippets.Snippet::module).containsOnly("", "cx-flink");
        assertThat(JavaSnippets.compile("README.md", here, IMPORTS, classes)).isEmpty();
    }

    @Test
    void aBlockThatDoesNotCompileOnJava17IsReportedAtItsReadmeLine() throws Exception {
        // The kind of example issue 21 found: a pattern switch, final in Java 21, is an error at --release 17,
        // reported at the line of its first case (line 6 of this file).
        Path markdown = classes.resolve("bad.md");
        java.nio.file.Files.writeString(markdown, """
                Some text.

                <!-- java: given Decision decision -->
                ```java
                String text = switch (decision) {
                    case Allowed a -> "go ahead";
                    case NeedsApproval n -> "ask " + n.approverRole();
                    case Denied d -> d.reason();
                };
                ```
                """);

        List<String> problems = JavaSnippets.compile("bad.md", JavaSnippets.read(markdown), IMPORTS,
                classes.resolve("out"));

        assertThat(problems).isNotEmpty().allMatch(p -> p.startsWith("bad.md:")).anyMatch(p -> p.startsWith("bad.md:6: error: patterns in switch"));
    }
}
