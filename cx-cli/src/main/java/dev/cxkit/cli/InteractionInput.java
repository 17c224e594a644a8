package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.Pseudonymiser;
import dev.cxkit.exports.ExportOptions;
import dev.cxkit.exports.ExportProfile;
import dev.cxkit.exports.ExportReader;
import dev.cxkit.exports.MappingFile;
import dev.cxkit.exports.MappingFileException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --input} option of the commands that read interactions, with the import options that
 * go with it ({@code --clock-skew}, {@code --pseudonymise-key-file}), and the rule that no partial
 * result is printed as if complete: a rejected record fails the command with exit 2 and the first
 * rejects (file, line, field, reason), unless {@code --skip-bad} says to go on and report the count.
 * {@code --rejects FILE} writes every reject as JSON Lines ({@link Rejects}). {@code --format} names a
 * vendor export instead of cxkit's formats (cx-exports' profiles, docs/exports.md).
 */
final class InteractionInput {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Interactions as JSON Lines (.jsonl) or CSV (.csv), docs/formats.md; or an export of "
                    + "--format (a file, or a directory of its files).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv, zendesk, freshdesk, salesforce, "
            + "amazon-connect or mapped (docs/exports.md). Default: by file extension (.csv is csv, else jsonl).")
    @Nullable String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping file of --format mapped.")
    @Nullable Path mapping;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The team's time zone, e.g. Europe/Berlin: an "
            + "export's local times are read in it (replacing a mapping's zone), and --by hour, day and week group "
            + "in it (default: UTC).")
    @Nullable ZoneId zone;

    /** The {@code --zone} given, else UTC (for grouping; an export with local times needs it given). */
    ZoneId zoneOrUtc() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Column delimiter of a CSV export: one character, or tab, comma, semicolon, pipe.")
    @Nullable String delimiter;

    @Option(names = "--skip-bad",
            description = "Go on past rejected records (they are counted and reported) instead of failing.")
    boolean skipBad;

    @Option(names = "--clock-skew", paramLabel = "DURATION", defaultValue = "PT0S",
            description = "Tolerate a time up to this far before the time it must follow (two systems' clocks, "
                    + "such as an answer stamped a second before the arrival), at most PT1M: it is moved up and "
                    + "counted; talk + hold may exceed the contact by as much. Default: ${DEFAULT-VALUE} (none).")
    Duration clockSkew;

    @Option(names = "--pseudonymise-key-file", paramLabel = "FILE",
            description = "Replace every customer id by a keyed pseudonym (p- and HMAC-SHA256 of the id) as it is "
                    + "read. The key is the content of FILE (at least 32 bytes, e.g. from 'openssl rand -hex 32'); "
                    + "it is never taken from the command line. The same key gives the same pseudonyms in every run.")
    Path pseudonymiseKeyFile;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads that parse a JSON Lines file, 1 to 256; records are still handed on in file order "
                    + "and the output is the same. More than 1 helps only where cores are idle: on 2 busy cores it "
                    + "was slower (benchmarks/README.md). Default: ${DEFAULT-VALUE}.")
    int threads = 1;

    /** The import options the flags ask for; bad values are bad input (exit 2). */
    ImportOptions options(PrintWriter err) {
        ImportOptions.Builder builder = ImportOptions.builder();
        try {
            builder.clockSkew(clockSkewOrZero());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--clock-skew: " + e.getMessage());
        }
        if (threads < 1 || threads > ImportOptions.MAX_THREADS) {
            throw new BadInputException("--threads: " + threads + " is outside 1–" + ImportOptions.MAX_THREADS
                    + ".\nMaybe --threads " + Runtime.getRuntime().availableProcessors() + " (the processors here)?");
        }
        builder.threads(threads);
        if (pseudonymiseKeyFile != null) {
            if (!Files.isRegularFile(pseudonymiseKeyFile)) {
                throw new BadInputException("File not found: " + pseudonymiseKeyFile + " (--pseudonymise-key-file).");
            }
            warnIfOthersCanRead(pseudonymiseKeyFile, err);
            try {
                builder.pseudonymiser(Pseudonymiser.fromKeyFile(pseudonymiseKeyFile));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new BadInputException("--pseudonymise-key-file: " + e.getMessage());
            }
        }
        return builder.build();
    }

    private static void warnIfOthersCanRead(Path keyFile, PrintWriter err) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
                err.println("warning: the key file " + keyFile + " can be read by other users; "
                        + "anyone with the key can check a guessed customer id against its pseudonym (chmod 600).");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
    }

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected record (source, line, field, kind, message) to FILE as JSON Lines.")
    @Nullable Path rejectsFile;

    /** The command this option belongs to, for progress lines. */
    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec mixee;

    ImportReport read(Consumer<Interaction> sink, PrintWriter err, boolean json) {
        String chosen = chosenFormat();
        boolean export = isExport(chosen);
        if (!Files.isRegularFile(file) && !(export && Files.isDirectory(file))) {
            throw new BadInputException("File not found: " + file + " (--input).");
        }
        if (!export && (mapping != null || delimiter != null)) {
            throw new BadInputException("--mapping and --delimiter apply to an export (--format zendesk, "
                    + "freshdesk, salesforce, amazon-connect or mapped), not to " + chosen + ".");
        }
        if (mapping != null && !chosen.equals("mapped")) {
            throw new BadInputException("--mapping applies to --format mapped, not to " + chosen + ".");
        }
        ImportOptions options = options(err);
        if (rejectsFile != null) {
            // With --rejects every reject is kept for the file; otherwise the reader's first thousand.
            options = options.toBuilder().maxRejectsKept(Integer.MAX_VALUE).build();
        }
        Progress progress = mixee == null ? Progress.off() : Progress.of(mixee, "read " + file.getFileName(), json);
        progress.phase("reading " + file);
        long[] interactions = {0};
        Consumer<Interaction> counted = interaction -> {
            interactions[0]++;
            sink.accept(interaction);
            progress.tick();
        };
        ImportReport report = readRecords(chosen, options, counted);
        progress.done();
        if (rejectsFile != null) {
            Rejects.write(rejectsFile, report);
        }
        if (export && report.accepted() != interactions[0]) {
            report = asInteractions(report, interactions[0], err);
        }
        Rejects.check(report, skipBad, rejectsFile, err);
        return report;
    }

    /**
     * Reads the input again, as {@link #read} did (the same format, export profile and import
     * options, so a time moved within {@code --clock-skew} and a pseudonymised id come out the same),
     * but quietly: no progress, no warnings and no reject check, because the first read reported
     * them. For the audit's second pass.
     */
    ImportReport readAgain(Consumer<Interaction> sink) {
        return readRecords(chosenFormat(), options(new PrintWriter(Writer.nullWriter())), sink);
    }

    /** The {@code --clock-skew} tolerance the input is read with. */
    Duration clockSkewOrZero() {
        return clockSkew == null ? Duration.ZERO : clockSkew;
    }

    private String chosenFormat() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return format == null ? (name.endsWith(".csv") ? "csv" : "jsonl") : format.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isExport(String chosen) {
        return !chosen.equals("csv") && !chosen.equals("jsonl");
    }

    private ImportReport readRecords(String chosen, ImportOptions options, Consumer<Interaction> sink) {
        if (isExport(chosen)) {
            return ExportReader.of(profile(chosen), exportOptions(options)).read(file, sink);
        }
        InteractionReader reader = chosen.equals("csv") ? InteractionReader.csv(options) : InteractionReader.jsonLines(options);
        return reader.read(file, sink);
    }

    /**
     * An export's report counts every record of every file; the commands count interactions. The
     * records that were accepted without becoming one (joined metrics and history rows, older copies,
     * rows a mapping skips) are said on standard error and left out of the counts the commands print.
     */
    private static ImportReport asInteractions(ImportReport report, long interactions, PrintWriter err) {
        err.printf(Locale.ROOT, "%s: %,d records read: %,d interactions, %,d records joined into them, replaced by "
                + "a newer copy or left out by rule, %,d rejected%n", report.source(), report.read(), interactions,
                report.accepted() - interactions, report.rejected());
        return new ImportReport(report.source(), interactions + report.rejected(), interactions, report.rejected(),
                report.rejects(), report.rejectsNotKept(), report.warnings(), report.rejectsByKind(),
                report.notRecorded(), report.clockSkewAdjusted());
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

    private ExportOptions exportOptions(ImportOptions options) {
        ExportOptions.Builder builder = ExportOptions.builder().importOptions(options).zone(zone);
        if (delimiter != null) {
            builder.delimiter(switch (delimiter.toLowerCase(Locale.ROOT)) {
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
        return builder.build();
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

    /**
     * The lines that tell a reader of the figures what the input did not carry (issue 19 §2) and
     * what the clock-skew tolerance moved; empty if nothing is missing or moved.
     *
     * @param report the finished import
     * @return lines without line ends
     */
    static List<String> notRecordedLines(ImportReport report) {
        List<String> lines = new ArrayList<>();
        if (!report.notRecorded().isEmpty()) {
            lines.add("Not recorded in the input (KPIs that need these leave those records out; no data is not 0):");
            int width = report.notRecorded().keySet().stream().mapToInt(String::length).max().orElse(10);
            for (Map.Entry<String, Long> entry : report.notRecorded().entrySet()) {
                lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %,d of %,d records", entry.getKey(),
                        entry.getValue(), report.accepted()));
            }
        }
        if (report.clockSkewAdjusted() > 0) {
            lines.add(String.format(Locale.ROOT, "%,d records had a time moved up to the one it follows "
                    + "(within --clock-skew).", report.clockSkewAdjusted()));
        }
        return lines;
    }
}
