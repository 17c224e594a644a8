package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 25 item 6: instants outside 1970–2200 are rejected at the reader, with line and field. */
class InstantRangeReaderTest {

    private static final String LINE = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"%s\",\"answeredAt\":\"2026-03-02T09:00:40Z\",\"endedAt\":\"2026-03-02T09:10:00Z\"}";

    private static ImportReport readJson(String text, List<Interaction> sink) {
        return InteractionReader.jsonLines(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.jsonl", sink::add);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-1000000-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2200-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "1970-01-01T00:30:00+01:00"})
    void rejectsAnInstantOutsideTheRangeNamingLineAndField(String queuedAt) {
        List<Interaction> sink = new ArrayList<>();

        ImportReport report = readJson("\n" + LINE.formatted(queuedAt) + "\n", sink);

        assertThat(sink).isEmpty();
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(2);
            assertThat(reject.field()).isEqualTo("queuedAt");
            assertThat(reject.kind()).isEqualTo(RejectKind.INVALID_VALUE);
            assertThat(reject.message()).isEqualTo("expected an instant from 1970-01-01T00:00:00Z up to (not including) "
                    + "2200-01-01T00:00:00Z, got '" + queuedAt + "'");
        });
    }

    @Test
    void acceptsTheEdgesOfTheRange() {
        List<Interaction> sink = new ArrayList<>();
        String early = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
                + "\"queuedAt\":\"1970-01-01T00:00:00Z\",\"endedAt\":\"1970-01-01T00:00:01Z\"}";
        String late = "{\"id\":\"i-2\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
                + "\"queuedAt\":\"2199-12-31T23:59:58Z\",\"endedAt\":\"2199-12-31T23:59:59.999999999Z\"}";

        ImportReport report = readJson(early + "\n" + late + "\n", sink);

        assertThat(report.accepted()).isEqualTo(2);
    }

    @Test
    void boundsNestedInstantsCsvCellsAndCaseEventsToo() {
        String nested = LINE.formatted("2026-03-02T09:00:00Z").replace("}", ",\"promises\":[{\"id\":\"p-1\","
                + "\"kind\":\"CALLBACK\",\"madeAt\":\"2026-03-02T09:05:00Z\",\"dueBy\":\"+10000-01-01T00:00:00Z\"}]}");
        ImportReport json = readJson(nested + "\n", new ArrayList<>());
        ImportReport csv = InteractionReader.csv(ImportOptions.ofDefaults()).read(new ByteArrayInputStream(
                ("id,customer_id,channel,queued_at,ended_at\ni-1,c-1,PHONE,2026-03-02T09:00:00Z,+275760-09-13T00:00:00Z\n")
                        .getBytes(StandardCharsets.UTF_8)), "in.csv", i -> { });
        ImportReport events = CaseEventReader.jsonLines(ImportOptions.ofDefaults()).read(new ByteArrayInputStream(
                "{\"caseId\":\"k-1\",\"at\":\"-0001-01-01T00:00:00Z\",\"status\":\"OPEN\"}\n"
                        .getBytes(StandardCharsets.UTF_8)), "cases.jsonl", e -> { });

        assertThat(json.rejects()).singleElement().extracting(Reject::field).isEqualTo("promises[0].dueBy");
        assertThat(csv.rejects()).singleElement().extracting(Reject::field).isEqualTo("ended_at");
        assertThat(events.rejects()).singleElement().extracting(Reject::field).isEqualTo("at");
    }
}
