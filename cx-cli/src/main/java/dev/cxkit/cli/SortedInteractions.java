package dev.cxkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.InteractionWriter;
import dev.cxkit.core.io.ParsedLine;
import org.jspecify.annotations.Nullable;

/**
 * Interactions sorted by {@code queuedAt} on disk, for input that is not in time order: an external
 * merge sort. The input is cut into runs of {@value #RUN} interactions, each sorted in memory and
 * written as JSON Lines (full fidelity, whatever the input's format) to a temporary directory; the
 * runs are then merged by reading one line of each at a time. Memory: one run (about 90 MB) while
 * writing, one interaction per run while merging. Ties keep the input's order: runs are consecutive
 * pieces of the input and the sort is stable, so equal instants are ordered by run, then position.
 * The temporary files are deleted by {@link #close()}.
 */
final class SortedInteractions implements AutoCloseable {

    /** Interactions per sorted run. */
    static final int RUN = 100_000;

    private final Path directory;
    private final List<Path> runs = new ArrayList<>();
    private final InteractionReader lines;

    private SortedInteractions(Path directory, Duration clockSkew) {
        this.directory = directory;
        this.lines = InteractionReader.jsonLines(ImportOptions.builder().clockSkew(clockSkew).build());
    }

    /**
     * Sorts what {@code source} delivers into runs on disk.
     *
     * @param source calls its argument with every interaction, in input order
     * @param clockSkew the tolerance the input was read with: a contact it accepted (talk up to that
     *        much longer than the contact) must read back from a run as well
     * @return the sorted runs, to {@link #forEach} and then close
     */
    static SortedInteractions of(Consumer<Consumer<Interaction>> source, Duration clockSkew) {
        Path directory;
        try {
            directory = Files.createTempDirectory("cx-audit-sort-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory to sort the input in", e);
        }
        SortedInteractions sorted = new SortedInteractions(directory, clockSkew);
        try {
            List<Interaction> run = new ArrayList<>(RUN);
            source.accept(interaction -> {
                run.add(interaction);
                if (run.size() == RUN) {
                    sorted.write(run);
                    run.clear();
                }
            });
            if (!run.isEmpty()) {
                sorted.write(run);
            }
            return sorted;
        } catch (RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    private void write(List<Interaction> run) {
        run.sort(Comparator.comparing(Interaction::queuedAt));
        Path file = directory.resolve("run-" + runs.size() + ".jsonl");
        try (InteractionWriter writer = InteractionWriter.jsonLines(file)) {
            run.forEach(writer::write);
        }
        runs.add(file);
    }

    /** One open run and its next interaction. */
    private static final class Head {
        final int run;
        final BufferedReader reader;
        @Nullable Interaction next;

        Head(int run, BufferedReader reader) {
            this.run = run;
            this.reader = reader;
        }
    }

    /**
     * Delivers every interaction in {@code queuedAt} order, ties in input order.
     *
     * @param sink receives them
     */
    void forEach(Consumer<Interaction> sink) {
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.<Head, Instant>comparing(
                h -> h.next == null ? Instant.MAX : h.next.queuedAt()).thenComparingInt(h -> h.run));
        List<BufferedReader> open = new ArrayList<>();
        try {
            for (int i = 0; i < runs.size(); i++) {
                BufferedReader reader = Files.newBufferedReader(runs.get(i), StandardCharsets.UTF_8);
                open.add(reader);
                Head head = new Head(i, reader);
                if (advance(head)) {
                    heads.add(head);
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                sink.accept(head.next);
                if (advance(head)) {
                    heads.add(head);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a sorted run back from " + directory, e);
        } finally {
            for (BufferedReader reader : open) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // A read-only close; the directory is deleted by close().
                }
            }
        }
    }

    private boolean advance(Head head) throws IOException {
        String line = head.reader.readLine();
        if (line == null) {
            head.next = null;
            return false;
        }
        ParsedLine<Interaction> parsed = lines.parseLine(line, runs.get(head.run).getFileName().toString());
        if (parsed instanceof ParsedLine.Accepted<Interaction> accepted) {
            head.next = accepted.value();
            return true;
        }
        // What this program wrote from valid interactions reads back; anything else is a bug, never skipped.
        throw new IllegalStateException("A sorted run does not read back: " + ((ParsedLine.Rejected<Interaction>) parsed).reject());
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // Best effort: the files are in the system's temporary directory.
            }
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // Best effort, as above.
        }
    }
}
