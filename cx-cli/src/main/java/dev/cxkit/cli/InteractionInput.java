package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import picocli.CommandLine.Option;

/**
 * The {@code --input} option of the commands that read interactions, and the rule that no partial
 * result is printed as if complete: a rejected record fails the command with exit 2 and the first
 * reject (file, line, field, reason), unless {@code --skip-bad} says to go on and report the count.
 */
final class InteractionInput {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Interactions as JSON Lines (.jsonl) or CSV (.csv), FORMATS.md §1–2.")
    Path file;

    @Option(names = "--skip-bad",
            description = "Go on past rejected records (they are counted and reported) instead of failing.")
    boolean skipBad;

    ImportReport read(Consumer<Interaction> sink, PrintWriter err, boolean json) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File not found: " + file + " (--input).");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ImportOptions options = ImportOptions.ofDefaults();
        InteractionReader reader = name.endsWith(".csv") ? InteractionReader.csv(options)
                : InteractionReader.jsonLines(options);
        Progress progress = Progress.of(err, "read " + file.getFileName(), json);
        ImportReport report = reader.read(file, interaction -> {
            sink.accept(interaction);
            progress.tick();
        });
        progress.done();
        checkRejects(report, skipBad, err);
        return report;
    }

    /**
     * Prints the import's warnings and fails with the first reject, unless {@code skipBad}.
     *
     * @param report the finished import
     * @param skipBad whether rejects are reported and left out instead of failing
     * @param err where warnings go
     * @throws BadInputException naming the first reject, if any and not {@code skipBad}
     */
    static void checkRejects(ImportReport report, boolean skipBad, PrintWriter err) {
        report.warnings().forEach(warning -> err.println("warning: " + warning));
        if (report.rejected() > 0) {
            String first = report.rejects().isEmpty() ? "" : report.rejects().get(0).toString();
            if (!skipBad) {
                throw new BadInputException(first + String.format(Locale.ROOT,
                        " (%,d of %,d records rejected; nothing printed. Use --skip-bad to go on without them.)",
                        report.rejected(), report.read()));
            }
            err.printf(Locale.ROOT, "warning: %,d of %,d records rejected and left out; first: %s%n",
                    report.rejected(), report.read(), first);
        }
    }
}
