package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the {@code Ruling} Javadoc's DRL example failed when pasted (it had no imports). Every DRL
 * example of the documentation is compiled here as it is written: the {@code ```drl} blocks of the
 * READMEs and {@code docs/} as policy rules, the {@code ```drl audit} blocks as custom audit rules,
 * and the DRL in the {@code Ruling} Javadoc. The repository root is this module's parent directory.
 */
class DocumentationDrlTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("^```drl( audit)?\\s*$");
    private static final Pattern JAVADOC_CODE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

    /** One DRL example: where it is, whether it is an audit rule, its text. */
    record Example(String where, boolean audit, String drl) {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code ```drl} blocks of the root README, the module READMEs and docs/. */
    static List<Example> markdownExamples() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> modules = Files.list(ROOT); Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(files::add);
            docs.filter(d -> d.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = List.of(read(file).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                Matcher fence = FENCE.matcher(lines.get(i));
                if (!fence.matches()) {
                    continue;
                }
                int start = i + 1;
                StringBuilder drl = new StringBuilder();
                for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    drl.append(lines.get(i)).append('\n');
                }
                examples.add(new Example(ROOT.relativize(file).normalize() + ":" + (start + 1), fence.group(1) != null,
                        drl.toString()));
            }
        }
        return examples;
    }

    /** The DRL example in the Javadoc of {@code Ruling}, without the comment's leading stars. */
    static String rulingJavadocExample() {
        String java = read(ROOT.resolve("cx-rules/src/main/java/dev/cxkit/rules/spi/Ruling.java"));
        Matcher code = JAVADOC_CODE.matcher(java);
        assertThat(code.find()).as("a <pre>{@code …}</pre> block in Ruling.java").isTrue();
        return code.group(1).replaceAll("(?m)^ \\* ?", "") + "\n";
    }

    private static void compile(Example example) {
        if (example.audit()) {
            Auditor.builder().customRule("example.drl", example.drl()).build();
        } else {
            Policy.builder().source(PolicySource.drl("example.drl", example.drl())).build();
        }
    }

    @Test
    void everyDrlExampleOfTheDocsCompilesAsWritten() {
        List<Example> examples = markdownExamples();

        assertThat(examples).as("DRL blocks in the docs").hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(Example::audit).anyMatch(e -> !e.audit());
        for (Example example : examples) {
            assertThatCode(() -> compile(example)).as(example.where()).doesNotThrowAnyException();
        }
    }

    @Test
    void theRulingJavadocExampleCompilesAsWritten() {
        String drl = rulingJavadocExample();

        assertThat(drl).startsWith("package ").contains("import dev.cxkit.rules.spi.Ruling;", "scaleLimits(2)");
        assertThatCode(() -> compile(new Example("Ruling.java", false, drl))).doesNotThrowAnyException();
    }

    @Test
    void anExampleWithoutItsImportsFails() {
        // What the Ruling Javadoc used to show: the rule alone, without package or imports.
        String pasted = rulingJavadocExample().replaceAll("(?m)^(package|import) .*\\n", "");

        assertThatThrownBy(() -> compile(new Example("pasted.drl", false, pasted)))
                .isInstanceOf(PolicyCompilationException.class);
    }
}
