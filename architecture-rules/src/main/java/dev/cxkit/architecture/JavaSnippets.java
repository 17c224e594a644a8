package dev.cxkit.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The fenced {@code ```java} blocks of a Markdown file, compiled with the JDK's compiler against the
 * calling test's class path at {@code --release 17}, so that documentation examples cannot rot or
 * use a newer Java than the baseline. A block is a method body, optionally after its own
 * {@code import} lines. What it uses without declaring (a variable from an earlier block, say) is
 * named in an HTML comment on the line before the fence, invisible when the page is rendered:
 * {@code <!-- java: given StandardKpis kpis; given List<Interaction> interactions -->}; the
 * comment may also say {@code module cx-flink} for a block whose types only that module's tests see.
 * Stateless; thread-safe.
 */
public final class JavaSnippets {

    private static final Pattern FENCE = Pattern.compile("^```java\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*java:(.*)-->\\s*$");

    /**
     * One block.
     *
     * @param line the file's line of the block's first line
     * @param module the module whose tests compile it, or empty for the one that reads the file
     * @param givens declarations of what the block uses without declaring, such as {@code Policy policy}
     * @param imports the block's own {@code import} lines
     * @param body the rest of the block
     */
    public record Snippet(int line, String module, List<String> givens, List<String> imports, List<String> body) {

        /** Copies the lists. */
        public Snippet {
            givens = List.copyOf(givens);
            imports = List.copyOf(imports);
            body = List.copyOf(body);
        }
    }

    private JavaSnippets() {
    }

    /**
     * Reads every {@code ```java} block of a Markdown file, in order.
     *
     * @param markdown the file
     * @return the blocks
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalStateException if a {@code <!-- java: … -->} marker has a part it does not know
     */
    public static List<Snippet> read(Path markdown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!FENCE.matcher(lines.get(i)).matches()) {
                continue;
            }
            String module = "";
            List<String> givens = new ArrayList<>();
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
            if (marker != null && marker.matches()) {
                for (String part : marker.group(1).split(";")) {
                    String p = part.strip();
                    if (p.startsWith("given ")) {
                        givens.add(p.substring("given ".length()).strip());
                    } else if (p.startsWith("module ")) {
                        module = p.substring("module ".length()).strip();
                    } else if (!p.isEmpty()) {
                        throw new IllegalStateException(markdown + ":" + i + ": unknown part of the java marker: " + p);
                    }
                }
            }
            List<String> imports = new ArrayList<>();
            List<String> body = new ArrayList<>();
            int start = i + 1;
            for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                String line = lines.get(i);
                if (body.isEmpty() && line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.add(line);
                }
            }
            snippets.add(new Snippet(start + 1, module, givens, imports, body));
        }
        return snippets;
    }

    /**
     * Compiles snippets, each as the body of its own method, and returns the compiler's errors and
     * warnings as {@code file:line: message} with the line of the Markdown file.
     *
     * @param markdown the file's name, for messages
     * @param snippets the blocks
     * @param imports the imports every block gets, such as {@code dev.cxkit.core.*}
     * @param classes where the class files go
     * @return the problems, empty when every block compiles without warnings
     */
    public static List<String> compile(String markdown, List<Snippet> snippets, List<String> imports, Path classes) {
        List<JavaFileObject> sources = new ArrayList<>();
        List<Integer> bodyOffsets = new ArrayList<>();
        for (int n = 0; n < snippets.size(); n++) {
            Snippet snippet = snippets.get(n);
            StringBuilder java = new StringBuilder("package snippets;\n");
            imports.forEach(i -> java.append("import ").append(i).append(";\n"));
            snippet.imports().forEach(i -> java.append(i).append('\n'));
            java.append("class Snippet").append(n).append(" {\n");
            java.append("    void run(").append(String.join(", ", snippet.givens())).append(") throws Exception {\n");
            int header = (int) java.chars().filter(c -> c == '\n').count();
            bodyOffsets.add(header);
            snippet.body().forEach(line -> java.append(line).append('\n'));
            java.append("    }\n}\n");
            String name = "Snippet" + n;
            sources.add(new SimpleJavaFileObject(URI.create("string:///snippets/" + name + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return java;
                }
            });
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            compiler.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE || d.getSource() == null) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(markdown + ": " + d.getMessage(Locale.ROOT));
                }
                continue;
            }
            int n = sources.indexOf(d.getSource());
            long bodyLine = d.getLineNumber() - bodyOffsets.get(n);
            Snippet snippet = snippets.get(n);
            long line = bodyLine >= 1 ? snippet.line() + snippet.imports().size() + bodyLine - 1 : snippet.line();
            problems.add(markdown + ":" + line + ": " + d.getKind().name().toLowerCase(Locale.ROOT) + ": "
                    + d.getMessage(Locale.ROOT));
        }
        return problems;
    }
}
