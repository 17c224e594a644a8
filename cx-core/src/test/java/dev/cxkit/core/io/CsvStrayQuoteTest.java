package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 7: an unbalanced quote costs its own record only. Before, a stray quote in record 11
 * of 1,000 read "read 11, accepted 10, rejected 1": the rest of the file was swallowed into one
 * unterminated record.
 */
class CsvStrayQuoteTest {

    private static final String HEADER = "id,customer_id,channel,reason,queued_at,answered_at,ended_at,talk_seconds\n";

    private static String row(int n, String reason) {
        return "i-" + n + ",c-" + (n % 37) + ",PHONE," + reason + ",2026-03-02T09:00:00Z,2026-03-02T09:00:40Z,"
                + "2026-03-02T09:10:00Z,420\n";
    }

    private static String file(int records, java.util.function.IntFunction<String> reason) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int n = 1; n <= records; n++) {
            text.append(row(n, reason.apply(n)));
        }
        return text.toString();
    }

    private static ImportReport read(ImportOptions options, String text, List<Interaction> sink) {
        return InteractionReader.csv(options)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.csv", sink::add);
    }

    @Test
    void aQuoteThatNeverClosesCostsOneRecordOfAThousand() {
        List<Interaction> sink = new ArrayList<>();
        String text = file(1_000, n -> n == 11 ? "\"billing" : "billing");

        ImportReport report = read(ImportOptions.ofDefaults(), text, sink);

        assertThat(report.read()).isEqualTo(1_000);
        assertThat(report.accepted()).isEqualTo(999);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(12);
            assertThat(reject.kind()).isEqualTo(RejectKind.MALFORMED);
            assertThat(reject.message()).isEqualTo("unbalanced quote: the quote opened at column 17 does not close by "
                    + "the end of the input; this line is rejected and reading goes on at the next line");
        });
        assertThat(sink).extracting(i -> i.id().value()).doesNotContain("i-11").contains("i-12", "i-1000");
    }

    @Test
    void aStrayQuoteInsideAValueCostsOneRecord() {
        List<Interaction> sink = new ArrayList<>();
        String text = file(1_000, n -> n == 11 ? "5\" screen" : "billing");

        ImportReport report = read(ImportOptions.ofDefaults(), text, sink);

        assertThat(report.read()).isEqualTo(1_000);
        assertThat(report.accepted()).isEqualTo(999);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(12);
            assertThat(reject.message()).startsWith("stray quote at column 18: a value that holds a quote must be quoted");
        });
    }

    @Test
    void twoStrayQuotesDoNotSwallowTheRecordsBetweenThem() {
        List<Interaction> sink = new ArrayList<>();
        // The quote of record 500 would close the one opened in record 11 and make lines 12..500 one record.
        String text = file(1_000, n -> n == 11 || n == 500 ? "\"billing" : "billing");

        ImportReport report = read(ImportOptions.ofDefaults(), text, sink);

        assertThat(report.read()).isEqualTo(1_000);
        assertThat(report.accepted()).isEqualTo(998);
        assertThat(report.rejects()).extracting(Reject::line).containsExactly(12L, 501L);
        assertThat(report.rejects().get(0).message()).contains("closes only on line 501");
    }

    @Test
    void theLineCapBoundsWhatAStrayQuoteCanHoldBack() {
        List<Interaction> sink = new ArrayList<>();
        String text = file(1_000, n -> n == 3 ? "\"billing" : "billing");

        ImportReport report = read(ImportOptions.builder().maxLineBytes(512).build(), text, sink);

        assertThat(report.read()).isEqualTo(1_000);
        assertThat(report.accepted()).isEqualTo(999);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(4);
            assertThat(reject.message()).contains("does not close within 512 bytes (maxLineBytes)");
        });
    }

    @Test
    void aQuotedLineBreakIsStillOneRecord() {
        List<Interaction> sink = new ArrayList<>();
        String text = HEADER.replace("\n", ",notes\n") + row(1, "billing").replace("\n", ",\"two,\nlines \"\"quoted\"\"\"\n")
                + row(2, "billing").replace("\n", ",\n");

        ImportReport report = read(ImportOptions.ofDefaults(), text, sink);

        assertThat(report.rejects()).isEmpty();
        assertThat(sink).extracting(i -> i.id().value()).containsExactly("i-1", "i-2");
    }

    @Test
    void failFastStopsAtTheStrayQuoteWithTheRecordsBeforeItDelivered() {
        List<Interaction> sink = new ArrayList<>();
        String text = file(20, n -> n == 11 ? "\"billing" : "billing");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> read(ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).build(), text, sink));

        assertThat(thrown).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reject().line()).isEqualTo(12));
        assertThat(sink).hasSize(10);
    }
}
