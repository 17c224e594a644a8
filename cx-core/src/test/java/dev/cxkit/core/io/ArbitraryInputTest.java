package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input makes a reader throw, hang or lose count: random bytes and random JSON-/CSV-like text
 * always end as accepted records and rejects with {@code read = accepted + rejected}.
 */
class ArbitraryInputTest {

    private static final ImportOptions SMALL = ImportOptions.builder().maxLineBytes(256).maxRejectsKept(5).build();

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE nultrfa\\\r\n\uFEFFidchanelPHONquedAtZ")
                .ofMaxLength(600);
    }

    @Provide
    Arbitrary<String> csvish() {
        String header = "id,customer_id,channel,queued_at,ended_at,talk_seconds\n";
        return Arbitraries.strings().withChars("i-1c,\"\r\n PHONE2026-03-02T09:00:00Z.5x")
                .ofMaxLength(600).map(body -> header + body);
    }

    @Property(tries = 300)
    void randomBytesNeverEscapeAsExceptions(@ForAll("bytes") byte[] input) {
        assertCounts(InteractionReader.jsonLines(SMALL).read(new ByteArrayInputStream(input), "r.jsonl", i -> { }));
        assertCounts(InteractionReader.csv(SMALL).read(new ByteArrayInputStream(input), "r.csv", i -> { }));
        assertCounts(CaseEventReader.jsonLines(SMALL).read(new ByteArrayInputStream(input), "e.jsonl", e -> { }));
    }

    @Property(tries = 300)
    void jsonLikeTextNeverEscapesAsExceptions(@ForAll("jsonish") String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        assertCounts(InteractionReader.jsonLines(SMALL).read(new ByteArrayInputStream(bytes), "r.jsonl", i -> { }));
        assertCounts(CaseEventReader.jsonLines(SMALL).read(new ByteArrayInputStream(bytes), "e.jsonl", e -> { }));
    }

    @Property(tries = 300)
    void csvLikeTextNeverEscapesAsExceptions(@ForAll("csvish") String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        assertCounts(InteractionReader.csv(SMALL).read(new ByteArrayInputStream(bytes), "r.csv", i -> { }));
    }

    private static void assertCounts(ImportReport report) {
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        assertThat(report.rejects().size()).isLessThanOrEqualTo(5);
        assertThat(report.rejects()).allSatisfy(r -> assertThat(r.message()).doesNotContain("\n").hasSizeLessThan(400));
    }
}
