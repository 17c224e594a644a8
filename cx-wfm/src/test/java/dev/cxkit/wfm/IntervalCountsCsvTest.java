package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.RejectKind;
import org.junit.jupiter.api.Test;

class IntervalCountsCsvTest {

    private static List<IntervalSeries> read(IntervalCountsCsv reader, String text) {
        return reader.read(new StringReader(text), "counts.csv");
    }

    @Test
    void writesAndReadsBackEqualSeriesWithMissingIntervalsAndOptionalColumns() {
        IntervalSeries phone = IntervalSeries.builder("phone", Duration.ofMinutes(30))
                .interval(Instant.parse("2026-03-02T07:00:00Z"), 42, Duration.ofMillis(312_500))
                .missing(Instant.parse("2026-03-02T07:30:00Z"))
                .interval(Instant.parse("2026-03-02T08:00:00Z"), 0, null)
                .interval(Instant.parse("2026-03-02T08:30:00Z"), 57.25, Duration.ofSeconds(298))
                .agents(Instant.parse("2026-03-02T08:30:00Z"), 9)
                .serviceLevel(Instant.parse("2026-03-02T08:30:00Z"), 0.83)
                .build();
        IntervalSeries chat = Series.hourly(2, (d, h) -> d * 24 + h).withKey("chat, EU");
        StringWriter out = new StringWriter();
        IntervalCountsCsv.write(List.of(phone, chat), out, ZoneId.of("Europe/Berlin"));
        assertThat(out.toString()).startsWith("queue,interval_start,contacts,aht_seconds,agents,service_level\n"
                + "phone,2026-03-02T08:00:00+01:00,42,312.5,,\n"
                + "phone,2026-03-02T08:30:00+01:00,,,,\n"
                + "phone,2026-03-02T09:00:00+01:00,0,,,\n"
                + "phone,2026-03-02T09:30:00+01:00,57.25,298,9,0.83\n"
                + "\"chat, EU\",");
        List<IntervalSeries> back = read(IntervalCountsCsv.reader(), out.toString());
        assertThat(back).containsExactly(phone, chat);
    }

    @Test
    void aQueueNamedLikeAFormulaIsWrittenAsTextAndReadBackUnchanged() {
        // Issue 25 item 11: a spreadsheet must not run =HYPERLINK(...) or -2+3 from a file cxkit wrote.
        IntervalSeries formula = Series.hourly(1, (d, h) -> h).withKey("=HYPERLINK(\"http://x\")");
        IntervalSeries minus = Series.hourly(1, (d, h) -> h).withKey("-2+3");
        StringWriter out = new StringWriter();

        IntervalCountsCsv.write(List.of(formula, minus), out);

        assertThat(out.toString().lines().skip(1)).allSatisfy(line -> assertThat(line).matches("(\"'=|'-).*"));
        assertThat(read(IntervalCountsCsv.reader(), out.toString())).containsExactly(formula, minus);
    }

    @Test
    void readsLocalTimesInTheGivenZoneAndInfersTheInterval() {
        String text = "Interval_Start,Contacts\n2026-03-02 08:00,5\n2026-03-02 08:15,7\n2026-03-02 09:00,1\n";
        IntervalSeries s = read(IntervalCountsCsv.reader(ZoneId.of("Europe/Berlin")), text).get(0);
        assertThat(s.key()).isEqualTo("all");
        assertThat(s.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.start()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.contacts(2)).isEmpty();
        assertThat(s.contacts(4)).hasValue(1);
    }

    @Test
    void aLocalTimeWithoutAZoneIsRejectedWithTheLine() {
        assertThatThrownBy(() -> read(IntervalCountsCsv.reader(), "interval_start,contacts\n2026-03-02T08:00,5\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("counts.csv:2: field 'interval_start'").hasMessageContaining("reader(ZoneId)");
    }

    @Test
    void badRowsNameFileLineAndColumn() {
        String header = "queue,interval_start,contacts,aht_seconds,agents,service_level\n";
        String ok = "q,2026-03-02T08:00:00Z,5,300,3,0.9\n";
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,-1,300,3,0.9\n", 3, "contacts", RejectKind.INVALID_VALUE);
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,five,300,3,0.9\n", 3, "contacts", RejectKind.WRONG_TYPE);
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,5,300,3.5,0.9\n", 3, "agents", RejectKind.WRONG_TYPE);
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,5,300,3,85\n", 3, "service_level", RejectKind.INVALID_VALUE);
        assertReject(header + ok + "q,2026-03-02T08:00:00Z,6,300,3,0.9\n", 3, "interval_start", RejectKind.DUPLICATE_ID);
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,5,300\n", 3, null, RejectKind.COLUMN_COUNT);
        assertReject("interval_start,aht_seconds\n2026-03-02T08:00:00Z,300\n", 1, "contacts", RejectKind.MISSING_FIELD);
        assertReject(header + ok + "q,2026-03-02T08:30:00Z,5,300,3,0.9\nq,2026-03-02T08:40:00Z,5,300,3,0.9\n", 4,
                "interval_start", RejectKind.INCONSISTENT);
    }

    private static void assertReject(String text, long line, String field, RejectKind kind) {
        assertThatThrownBy(() -> read(IntervalCountsCsv.reader().withInterval(Duration.ofMinutes(30)), text))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reject().line()).as(e.getMessage()).isEqualTo(line);
                    assertThat(e.reject().field()).as(e.getMessage()).isEqualTo(field);
                    assertThat(e.reject().kind()).as(e.getMessage()).isEqualTo(kind);
                });
    }
}
