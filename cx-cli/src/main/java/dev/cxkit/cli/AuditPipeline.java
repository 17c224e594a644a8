package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.CaseEventReader;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditSummary;
import dev.cxkit.audit.Auditor;
import dev.cxkit.audit.EndOfData;
import org.jspecify.annotations.Nullable;

/**
 * Streams interactions and case events from files through one {@link AuditRun}. Parsing runs on
 * reader threads, auditing on the calling thread, joined by bounded queues of batches: JSON parsing
 * and auditing cost about the same per contact, so on two cores they overlap instead of adding up.
 * The readers start before the rules are compiled (about 2.5 s in a fresh JVM, policy included),
 * so the first batches are parsed meanwhile instead of after.
 *
 * <p>Case events are merged into the contacts ahead of time. The audit's follow-up check needs each
 * resolution no later than the contacts that follow it; feeding one early does no harm. Exports
 * write each case's whole history in one piece, in the order the cases' first contacts were queued,
 * and a history starts when that contact is answered, which for e-mail can be days later. So the
 * starts are not in order, but each lies within the answer delay of its place in the file: feeding
 * every history whose start is at most {@code lookahead} after the current contact meets the need
 * whenever the look-ahead exceeds the longest answer delay, and memory stays bounded by the queues,
 * the look-ahead and the auditor's windows (plus the reader's 16 bytes per interaction for duplicate
 * ids), not by the length of the case file. A history fed after
 * contacts later than its start is counted in {@link Result#lateHistories()}: its follow-up may be
 * misjudged. (Measured on generated data: merging each event by its own time gave NO_FOLLOW_UP a
 * precision of 0.1; a look-ahead of 14 days gives 1.0.)
 *
 * <p>Before that, a survey reads both files once (in parallel, on the reader threads): it checks the
 * records, finds the end of the data (the default as-of, {@link EndOfData}) and measures the order.
 * Input in any order gives the findings of the sorted input: contacts more than
 * {@link #MAX_DISORDER} out of {@code queuedAt} order are sorted on disk first
 * ({@link SortedInteractions}); a case file whose histories are out of order (an event older than
 * the one before it in its case, or a history that starts more than the look-ahead before one
 * listed earlier) is sorted by time in memory, up to {@link #MAX_CASE_EVENTS_SORTED} events, and
 * refused beyond with exit 2 and a way to sort it. So the interactions are read twice (three times
 * when sorted) and the case events twice.
 */
final class AuditPipeline {

    private static final int BATCH = 256;
    /**
     * Batches a reader may be ahead of the auditing thread once auditing runs (2 048 interactions,
     * about 1.7 MB). Whatever waits in the queue is copied by every young collection: 16 k
     * interactions queued made the collector's pauses 60 % longer over 1 M interactions
     * (benchmarks/README.md).
     */
    private static final int QUEUED_BATCHES = 8;
    /**
     * Batches a reader may be ahead before auditing starts, while the rules compile (32 k
     * interactions, about 27 MB): the first batches the auditing thread takes give back no room,
     * until the queue is down to {@link #QUEUED_BATCHES}.
     */
    private static final int STARTUP_BATCHES = 128;

    /** How far out of {@code queuedAt} order contacts may be and still be fed as they come (the run's reorder buffer). */
    static final Duration MAX_DISORDER = Duration.ofHours(1);
    /** The most case events sorted in memory (about 120 bytes each). */
    static final int MAX_CASE_EVENTS_SORTED = 2_000_000;

    /**
     * What a run read and found.
     *
     * @param asOfIsEndOfData whether the as-of is the end of the data (no {@code --as-of})
     * @param disorder how far the contacts were out of order: the longest time a contact was queued
     *     before one above it in the file
     * @param sortedContacts whether the contacts were sorted before the audit
     * @param sortedCaseEvents whether the case events were sorted before the audit
     */
    record Result(AuditSummary summary, ImportReport interactions, @Nullable ImportReport caseEvents,
            long lateHistories, boolean asOfIsEndOfData, Duration disorder, boolean sortedContacts,
            boolean sortedCaseEvents) {
    }

    /** What the survey of the input found. */
    private record Survey(ImportReport interactions, Duration disorder, EndOfData end) {
    }

    private record CaseSurvey(ImportReport events, boolean inOrder, EndOfData end) {
    }

    private AuditPipeline() {
    }

    static Result run(Supplier<Auditor> auditor, @Nullable Instant asOfOption, InteractionInput input, @Nullable Path cases,
            Duration lookahead, Consumer<AuditFinding> sink, PrintWriter err, boolean json) {
        if (cases != null && !Files.isRegularFile(cases)) {
            throw new BadInputException("File not found: " + cases + " (--cases).");
        }
        ExecutorService readers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "cx-audit-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CaseSurvey> caseSurvey = cases == null ? null : readers.submit(() -> surveyCases(cases, lookahead,
                    input.skipBad, err));
            Survey survey = surveyContacts(input, err, json);
            CaseSurvey casesSeen = caseSurvey == null ? null : get(caseSurvey);
            EndOfData end = survey.end();
            if (casesSeen != null) {
                end.combine(casesSeen.end());
            }
            Instant asOf = asOfOption != null ? asOfOption : end.result().orElse(Instant.EPOCH);
            boolean sortContacts = survey.disorder().compareTo(MAX_DISORDER) > 0;
            boolean sortCases = casesSeen != null && !casesSeen.inOrder();
            if (sortCases && casesSeen.events().accepted() > MAX_CASE_EVENTS_SORTED) {
                throw new BadInputException(String.format(Locale.ROOT, "%s: the case events are not in time order, and "
                        + "with %,d events the file is too large to sort here (at most %,d).%nMaybe sort it by time first: "
                        + "jq -c '[.at, .]' %s | LC_ALL=C sort -s -t, -k1,1 | jq -c '.[1]' > sorted-cases.jsonl",
                        cases, casesSeen.events().accepted(), MAX_CASE_EVENTS_SORTED, cases));
            }

            Batches<Interaction> contacts = new Batches<>();
            Future<ImportReport> contactsRead = readers.submit(() -> contacts.fill(each -> {
                if (!sortContacts) {
                    return input.readAgain(each);
                }
                try (SortedInteractions sorted = SortedInteractions.of(input::readAgain, input.clockSkewOrZero())) {
                    sorted.forEach(each);
                }
                return survey.interactions();
            }));
            Batches<CaseEvent> events = new Batches<>();
            Future<ImportReport> eventsRead = cases == null ? null : readers.submit(() -> events.fill(each -> {
                if (!sortCases) {
                    return CaseEventReader.jsonLines(ImportOptions.ofDefaults()).read(cases, each);
                }
                List<CaseEvent> all = new ArrayList<>();
                ImportReport report = CaseEventReader.jsonLines(ImportOptions.ofDefaults()).read(cases, all::add);
                all.sort(Comparator.comparing(CaseEvent::at));
                all.forEach(each);
                return report;
            }));
            AuditRun run = auditor.get().start(asOf, sink);
            CaseHistories histories = new CaseHistories(eventsRead == null ? null : events, lookahead);
            for (List<Interaction> batch = contacts.take(); batch != null; batch = contacts.take()) {
                for (Interaction interaction : batch) {
                    histories.feedUpTo(interaction.queuedAt(), run);
                    run.accept(interaction);
                }
            }
            histories.feedUpTo(null, run);
            ImportReport caseEvents = eventsRead == null ? null : get(eventsRead);
            get(contactsRead);
            return new Result(run.finish(), survey.interactions(), caseEvents, histories.late, asOfOption == null,
                    survey.disorder(), sortContacts, sortCases);
        } finally {
            readers.shutdownNow();
        }
    }

    /** Reads the contacts once: checks them (exit 2 on a reject unless --skip-bad), the end of the data, the order. */
    private static Survey surveyContacts(InteractionInput input, PrintWriter err, boolean json) {
        EndOfData end = EndOfData.create();
        Instant[] newest = {null};
        Duration[] disorder = {Duration.ZERO};
        ImportReport report = input.read(interaction -> {
            end.accept(interaction);
            Instant at = interaction.queuedAt();
            if (newest[0] == null || at.isAfter(newest[0])) {
                newest[0] = at;
            } else {
                Duration behind = Duration.between(at, newest[0]);
                if (behind.compareTo(disorder[0]) > 0) {
                    disorder[0] = behind;
                }
            }
        }, err, json);
        return new Survey(report, disorder[0], end);
    }

    /**
     * Reads the case events once: checks them, the end of the data, and whether they can be fed as
     * they come: every case's run of events in time order, and no history starting more than the
     * look-ahead before the latest start listed above it.
     */
    private static CaseSurvey surveyCases(Path cases, Duration lookahead, boolean skipBad, PrintWriter err) {
        EndOfData end = EndOfData.create();
        boolean[] inOrder = {true};
        CaseId[] current = {null};
        Instant[] last = {null};
        Instant[] latestStart = {null};
        ImportReport report = CaseEventReader.jsonLines(ImportOptions.ofDefaults()).read(cases, event -> {
            end.accept(event);
            if (!event.caseId().equals(current[0])) {
                current[0] = event.caseId();
                if (latestStart[0] != null && event.at().plus(lookahead).isBefore(latestStart[0])) {
                    inOrder[0] = false;
                }
                if (latestStart[0] == null || event.at().isAfter(latestStart[0])) {
                    latestStart[0] = event.at();
                }
            } else if (event.at().isBefore(last[0])) {
                inOrder[0] = false;
            }
            last[0] = event.at();
        });
        InteractionInput.checkRejects(report, skipBad, err);
        return new CaseSurvey(report, inOrder[0], end);
    }

    private static <T> T get(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the input", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The case events in file order, each stamped with the time its case's history starts: the time
     * of the first event of each run of events of one case.
     */
    private static final class CaseHistories {
        private final @Nullable Batches<CaseEvent> events;
        private final Duration lookahead;
        /** The last contact time that can have the look-ahead added without passing Instant.MAX. */
        private final Instant lastAddable;
        private @Nullable CaseEvent next;
        private @Nullable CaseId caseId;
        private Instant historyStart = Instant.MIN;
        private @Nullable Instant lastContact;
        long late;

        CaseHistories(@Nullable Batches<CaseEvent> events, Duration lookahead) {
            this.events = events;
            this.lookahead = lookahead;
            this.lastAddable = Instant.MAX.minus(lookahead);
            pull();
        }

        /**
         * Feeds, before {@code contact}, the events whose case history starts at most the look-ahead
         * after it; with {@code null}, after the last contact, all the rest.
         */
        void feedUpTo(@Nullable Instant contact, AuditRun run) {
            Instant upTo = contact == null ? Instant.MAX
                    : contact.isAfter(lastAddable) ? Instant.MAX : contact.plus(lookahead);
            while (next != null && !historyStart.isAfter(upTo)) {
                run.accept(next);
                pull();
            }
            // Only now is this contact fed: a history pulled above is late only if it starts before one fed earlier.
            if (contact != null) {
                lastContact = contact;
            }
        }

        /** Takes the next event; a history that starts before the contacts already fed is late. */
        private void pull() {
            next = events == null ? null : events.next();
            if (next != null && !next.caseId().equals(caseId)) {
                caseId = next.caseId();
                historyStart = next.at();
                if (lastContact != null && historyStart.isBefore(lastContact)) {
                    late++;
                }
            }
        }
    }

    /**
     * Batches handed from a reader thread to the auditing thread; an empty batch ends them. The
     * reader takes a permit per batch and the auditing thread gives it back when it takes the batch,
     * except for the first {@code STARTUP_BATCHES - QUEUED_BATCHES}, which it keeps: a deep queue
     * while the rules compile, a shallow one after.
     */
    private static final class Batches<T> {
        private final BlockingQueue<List<T>> queue = new LinkedBlockingQueue<>();
        private final Semaphore room = new Semaphore(STARTUP_BATCHES);
        private int kept;
        private List<T> filling = new ArrayList<>(BATCH);
        private @Nullable List<T> draining = new ArrayList<>();
        private int next;

        interface Reader<E> {
            ImportReport read(Consumer<E> sink);
        }

        /** On the reader thread: reads everything, then always ends the batches, even on failure. */
        ImportReport fill(Reader<T> reader) throws InterruptedException {
            try {
                return reader.read(item -> {
                    filling.add(item);
                    if (filling.size() == BATCH) {
                        put(filling);
                        filling = new ArrayList<>(BATCH);
                    }
                });
            } finally {
                // Without waiting for room: the queue is unbounded, so the end is always handed over.
                if (!filling.isEmpty()) {
                    queue.put(filling);
                }
                queue.put(List.of());
            }
        }

        private void put(List<T> batch) {
            try {
                room.acquire();
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while handing over a batch", e);
            }
        }

        /** On the auditing thread: the next batch, or {@code null} at the end. */
        @Nullable List<T> take() {
            try {
                List<T> batch = queue.take();
                if (kept < STARTUP_BATCHES - QUEUED_BATCHES) {
                    kept++;
                } else {
                    room.release();
                }
                return batch.isEmpty() ? null : batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for input", e);
            }
        }

        /** On the auditing thread: the next item, or {@code null} at the end. */
        @Nullable T next() {
            while (draining != null) {
                if (next < draining.size()) {
                    return draining.get(next++);
                }
                draining = take();
                next = 0;
            }
            return null;
        }
    }
}
