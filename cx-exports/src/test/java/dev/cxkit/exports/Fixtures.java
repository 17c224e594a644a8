package dev.cxkit.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;

/** The fixture files of src/test/resources and what a read of them produced. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource " + resource, e);
        }
    }

    /** The 1-based number of the only line of a file that contains the text. */
    static long lineOf(String resource, String text) {
        try {
            List<String> lines = Files.readAllLines(path(resource), StandardCharsets.UTF_8);
            long found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    if (found > 0) {
                        throw new IllegalStateException(text + " is on lines " + found + " and " + (i + 1));
                    }
                    found = i + 1;
                }
            }
            if (found < 0) {
                throw new IllegalStateException(text + " is not in " + resource);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything one read gave. */
    record Result(ImportReport report, List<Interaction> interactions, List<CaseEvent> events) {

        Interaction interaction(String id) {
            return interactions.stream().filter(i -> i.id().value().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no interaction " + id));
        }

        List<CaseEvent> eventsOf(String caseId) {
            return events.stream().filter(e -> e.caseId().value().equals(caseId)).toList();
        }

        Reject rejectAt(String file, long line) {
            return report.rejects().stream().filter(r -> r.source().equals(file) && r.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("no reject at " + file + ":" + line + " in " + report.rejects()));
        }
    }

    static Result read(ExportProfile profile, ExportOptions options, String... resources) {
        List<Path> files = new ArrayList<>();
        for (String resource : resources) {
            files.add(path(resource));
        }
        List<Interaction> interactions = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();
        ImportReport report = ExportReader.of(profile, options).read(files, interactions::add, events::add);
        return new Result(report, interactions, events);
    }
}
