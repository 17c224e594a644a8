package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing and reading back gives equal values, and writing is deterministic. */
class RoundTripTest {

    @Provide
    Arbitrary<List<Interaction>> full() {
        return InteractionGenerators.fullInteractions().list().ofMaxSize(8).uniqueElements(i -> i.id());
    }

    @Provide
    Arbitrary<List<Interaction>> flat() {
        return InteractionGenerators.flatInteractions().list().ofMaxSize(8).uniqueElements(i -> i.id());
    }

    @Provide
    Arbitrary<List<CaseEvent>> events() {
        return InteractionGenerators.caseEvents().list().ofMaxSize(8);
    }

    @Property(tries = 150)
    void jsonLinesRoundTripsEveryField(@ForAll("full") List<Interaction> interactions) {
        byte[] bytes = write(out -> InteractionWriter.jsonLines(out), interactions);
        List<Interaction> read = new ArrayList<>();
        ImportReport report = InteractionReader.jsonLines(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(bytes), "round-trip.jsonl", read::add);
        assertThat(report.rejects()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(read).isEqualTo(interactions);
    }

    @Property(tries = 150)
    void csvRoundTripsFlatInteractions(@ForAll("flat") List<Interaction> interactions) {
        byte[] bytes = write(out -> InteractionWriter.csv(out), interactions);
        List<Interaction> read = new ArrayList<>();
        ImportReport report = InteractionReader.csv(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(bytes), "round-trip.csv", read::add);
        assertThat(report.rejects()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(read).isEqualTo(interactions);
    }

    @Property(tries = 150)
    void caseEventsRoundTrip(@ForAll("events") List<CaseEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaseEventWriter writer = CaseEventWriter.jsonLines(out)) {
            events.forEach(writer::write);
        }
        List<CaseEvent> read = new ArrayList<>();
        ImportReport report = CaseEventReader.jsonLines(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(out.toByteArray()), "events.jsonl", read::add);
        assertThat(report.rejects()).isEmpty();
        assertThat(read).isEqualTo(events);
    }

    @Property(tries = 50)
    void writingIsDeterministic(@ForAll("full") List<Interaction> interactions) {
        assertThat(write(out -> InteractionWriter.jsonLines(out), interactions))
                .isEqualTo(write(out -> InteractionWriter.jsonLines(out), interactions));
        assertThat(write(out -> InteractionWriter.csv(out), interactions))
                .isEqualTo(write(out -> InteractionWriter.csv(out), interactions));
    }

    private static byte[] write(Function<ByteArrayOutputStream, InteractionWriter> factory, List<Interaction> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InteractionWriter writer = factory.apply(out)) {
            values.forEach(writer::write);
        }
        return out.toByteArray();
    }
}
