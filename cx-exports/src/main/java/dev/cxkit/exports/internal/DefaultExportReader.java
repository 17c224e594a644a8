package dev.cxkit.exports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.exports.ExportOptions;
import dev.cxkit.exports.ExportProfile;
import dev.cxkit.exports.ExportReader;

/** The reader behind {@link ExportReader#of}: expands directories, runs the profile, returns its report. */
public final class DefaultExportReader implements ExportReader {

    private final Profile profile;
    private final ExportOptions options;

    /**
     * @param profile a profile from {@link ExportProfile}'s factories
     * @param options the options
     */
    public DefaultExportReader(ExportProfile profile, ExportOptions options) {
        if (!(profile instanceof Profile p)) {
            throw new IllegalArgumentException("The profile (" + profile.getClass().getName()
                    + ") is not one of cxkit's.\nMaybe ExportProfile.zendesk(), …, ExportProfile.mapped(mapping)?");
        }
        this.profile = p;
        this.options = options;
    }

    @Override
    public ImportReport read(Path fileOrDirectory, Consumer<? super Interaction> sink) {
        Checks.notNull(fileOrDirectory, "file");
        return read(List.of(fileOrDirectory), sink, event -> { });
    }

    @Override
    public ImportReport read(List<Path> files, Consumer<? super Interaction> interactions,
            Consumer<? super CaseEvent> caseEvents) {
        Checks.notNull(files, "files");
        Checks.notNull(interactions, "interactions");
        Checks.notNull(caseEvents, "caseEvents");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No file to read.\nMaybe the export's directory or its files?");
        }
        List<Path> expanded = new ArrayList<>();
        for (Path file : files) {
            Checks.notNull(file, "file");
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    children.filter(Files::isRegularFile)
                            .filter(p -> !Profile.Context.name(p).startsWith("."))
                            .sorted(Comparator.comparing(Profile.Context::name))
                            .forEach(expanded::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + file + ".", e);
                }
            } else {
                expanded.add(file);
            }
        }
        String source = files.size() == 1 ? Profile.Context.name(files.get(0))
                : files.stream().map(Profile.Context::name).collect(Collectors.joining("+"));
        ReadSession session = new ReadSession(source, options.importOptions());
        profile.read(new Profile.Context(List.copyOf(expanded), options, session, interactions, caseEvents));
        return session.report();
    }

    @Override
    public String toString() {
        return "ExportReader[" + profile.name() + ", " + options + "]";
    }
}
