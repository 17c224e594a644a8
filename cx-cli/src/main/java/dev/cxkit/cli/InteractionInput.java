package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.exports.ExportOptions;
import dev.cxkit.exports.ExportProfile;
import dev.cxkit.exports.ExportReader;
import dev.cxkit.exports.MappingFile;
import dev.cxkit.exports.MappingFileException;
import picocli.CommandLine.Option;

/**
 * The {@code --input} option of the commands that read interactions, and the rule that no partial
 * result is printed as if complete: a rejected record fails the command with exit 2 and the first
 * reject (file, line, field, reason), unless {@code --skip-bad} says to go on and report the count.
 * {@code --format} names a vendor export instead (cx-exports' profiles, docs/exports.md).
 */
final class InteractionInput {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Interactions as JSON Lines (.jsonl) or CSV (.csv), FORMATS.md §1–2; or an export of"
                    + " --format (a file or a directory of its files).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv, zendesk, freshdesk, salesforce,"
            + " amazon-connect or mapped (docs/exports.md); default: by file extension (.csv is csv, else jsonl).")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping file of --format mapped.")
    Path mapping;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of an export's local times, e.g. Europe/Berlin (replaces a mapping's zone).")
    ZoneId zone;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Column delimiter of a CSV export: one character, or tab, comma, semicolon, pipe.")
    String delimiter;

    @Option(names = "--clock-skew", paramLabel = "DURATION", description = "Clamp an export's times that are"
            + " out of order by at most this (e.g. PT2S, at most PT1M) and count them; larger gaps stay rejects.")
    Duration clockSkew;

    /** Interactions passed on by the last read; an export's report also counts joined and left-out records. */
    long interactions;

    @Option(names = "--skip-bad",
            description = "Go on past rejected records (they are counted and reported) instead of failing.")
    boolean skipBad;

    ImportReport read(Consumer<Interaction> sink, PrintWriter err, boolean json) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String chosen = format == null ? (name.endsWith(".csv") ? "csv" : "jsonl") : format.trim().toLowerCase(Locale.ROOT);
        boolean export = !chosen.equals("csv") && !chosen.equals("jsonl");
        if (!Files.isRegularFile(file) && !(export && Files.isDirectory(file))) {
            throw new BadInputException("File not found: " + file + " (--input).");
        }
        if (!export && (mapping != null || zone != null || delimiter != null || clockSkew != null)) {
            throw new BadInputException("--mapping, --zone, --delimiter and --clock-skew apply to an export"
                    + " (--format zendesk, freshdesk, salesforce, amazon-connect or mapped), not to " + chosen + ".");
        }
        if (mapping != null && !chosen.equals("mapped")) {
            throw new BadInputException("--mapping applies to --format mapped, not to " + chosen + ".");
        }
        Progress progress = Progress.of(err, "read " + file.getFileName(), json);
        interactions = 0;
        Consumer<Interaction> counted = interaction -> {
            interactions++;
            sink.accept(interaction);
            progress.tick();
        };
        ImportReport report;
        if (export) {
            report = ExportReader.of(profile(chosen), exportOptions()).read(file, counted);
        } else {
            ImportOptions options = ImportOptions.ofDefaults();
            InteractionReader reader = chosen.equals("csv") ? InteractionReader.csv(options)
                    : InteractionReader.jsonLines(options);
            report = reader.read(file, counted);
        }
        progress.done();
        checkRejects(report, skipBad, err);
        return report;
    }

    private ExportProfile profile(String chosen) {
        if (!chosen.equals("mapped")) {
            try {
                return ExportProfile.named(chosen);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Unknown --format " + format + ". Allowed: jsonl, csv, "
                        + String.join(", ", ExportProfile.NAMES) + ".");
            }
        }
        if (mapping == null) {
            throw new BadInputException("--format mapped needs --mapping FILE (docs/exports.md, \"mapped\").");
        }
        if (!Files.isRegularFile(mapping)) {
            throw new BadInputException("File not found: " + mapping + " (--mapping).");
        }
        try {
            return ExportProfile.mapped(MappingFile.read(mapping));
        } catch (MappingFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private ExportOptions exportOptions() {
        ExportOptions.Builder options = ExportOptions.builder().zone(zone);
        if (delimiter != null) {
            options.delimiter(switch (delimiter.toLowerCase(Locale.ROOT)) {
                case "tab", "\\t" -> '\t';
                case "comma" -> ',';
                case "semicolon" -> ';';
                case "pipe" -> '|';
                default -> {
                    if (delimiter.length() != 1) {
                        throw new BadInputException("--delimiter is one character, or tab, comma, semicolon, pipe; got '"
                                + delimiter + "'.");
                    }
                    yield delimiter.charAt(0);
                }
            });
        }
        if (clockSkew != null) {
            options.clockSkew(clockSkew);
        }
        return options.build();
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
