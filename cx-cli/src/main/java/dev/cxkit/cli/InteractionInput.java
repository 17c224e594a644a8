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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --input} option of the commands that read interactions, and the rule that no partial
 * result is printed as if complete: a rejected record fails the command with exit 2 and the first
 * rejects (file, line, field, reason), unless {@code --skip-bad} says to go on and report the count.
 * {@code --rejects FILE} writes every reject as JSON Lines ({@link Rejects}).
 */
final class InteractionInput {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Interactions as JSON Lines (.jsonl) or CSV (.csv); docs/formats.md.")
    Path file;

    @Option(names = "--skip-bad",
            description = "Go on past rejected records (they are counted and reported) instead of failing.")
    boolean skipBad;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected record (source, line, field, kind, message) to FILE as JSON Lines.")
    @Nullable Path rejectsFile;

    /** The command this option belongs to, for progress lines. */
    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec mixee;

    ImportReport read(Consumer<Interaction> sink, PrintWriter err, boolean json) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File not found: " + file + " (--input).");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // With --rejects every reject is kept for the file; otherwise the reader's first thousand.
        ImportOptions options = rejectsFile == null ? ImportOptions.ofDefaults()
                : ImportOptions.builder().maxRejectsKept(Integer.MAX_VALUE).build();
        InteractionReader reader = name.endsWith(".csv") ? InteractionReader.csv(options)
                : InteractionReader.jsonLines(options);
        Progress progress = mixee == null ? Progress.off() : Progress.of(mixee, "read " + file.getFileName(), json);
        progress.phase("reading " + file);
        ImportReport report = reader.read(file, interaction -> {
            sink.accept(interaction);
            progress.tick();
        });
        progress.done();
        if (rejectsFile != null) {
            Rejects.write(rejectsFile, report);
        }
        Rejects.check(report, skipBad, rejectsFile, err);
        return report;
    }

    /**
     * Prints the import's warnings and fails with the first rejects, unless {@code skipBad}.
     *
     * @param report the finished import
     * @param skipBad whether rejects are reported and left out instead of failing
     * @param err where warnings go
     * @throws BadInputException naming the first reject, if any and not {@code skipBad}
     */
    static void checkRejects(ImportReport report, boolean skipBad, PrintWriter err) {
        Rejects.check(report, skipBad, null, err);
    }
}
