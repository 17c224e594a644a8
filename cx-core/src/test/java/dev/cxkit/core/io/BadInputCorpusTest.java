package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.PersonalData;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of the committed corpus in {@code src/test/resources/bad-input/} (described in
 * its README.md) and checks the counts and the first reject. Expected values were derived by hand
 * from the file contents: one record per non-blank line (JSON Lines) or per logical record after
 * the header (CSV).
 */
class BadInputCorpusTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, read, accepted, rejected, first reject (line, field or null, message fragment) or null
                Arguments.of("empty.jsonl", 0, 0, 0, null),
                Arguments.of("empty.csv", 0, 0, 0, null),
                Arguments.of("header-only.csv", 0, 0, 0, null),
                Arguments.of("bom.jsonl", 1, 1, 0, null),
                Arguments.of("bom.csv", 1, 1, 0, null),
                Arguments.of("crlf.jsonl", 2, 2, 0, null),
                Arguments.of("crlf.csv", 2, 2, 0, null),
                Arguments.of("blank-lines.jsonl", 2, 2, 0, null),
                Arguments.of("formats-example.jsonl", 1, 1, 0, null),
                Arguments.of("quoted-newlines.csv", 2, 2, 0, null),
                Arguments.of("extra-columns.csv", 1, 1, 0, null),
                Arguments.of("unknown-fields.jsonl", 2, 2, 0, null),
                // byte 29 is the 0xFF after {"id":"i-2","customerId":"c- (28 bytes)
                Arguments.of("invalid-utf8.jsonl", 2, 1, 1, "2||not valid UTF-8 at byte 29"),
                // byte 7 is the Latin-1 é after i-2,c- (6 bytes)
                Arguments.of("invalid-utf8.csv", 2, 1, 1, "3||not valid UTF-8 at byte 7"),
                Arguments.of("missing-required.jsonl", 2, 0, 2, "1|queuedAt|required field is missing"),
                Arguments.of("missing-column.csv", 2, 0, 2,
                        "2|customer_id|the header lacks the required column 'customer_id'"),
                Arguments.of("wrong-column-count.csv", 3, 1, 2, "3||expected 14 columns as in the header, got 15"),
                Arguments.of("wrong-types.jsonl", 4, 0, 4, "1|talkSeconds|expected a number, got a string ('420')"),
                Arguments.of("wrong-types.csv", 2, 0, 2, "2|talk_seconds|expected a number, got 'four hundred'"),
                Arguments.of("nan-infinity.jsonl", 3, 0, 3, "1||NaN and Infinity are not JSON numbers"),
                Arguments.of("nan-infinity.csv", 2, 0, 2, "2|talk_seconds|expected a number, got 'NaN'"),
                Arguments.of("durations.jsonl", 4, 1, 3, "1|talkSeconds|expected seconds ≥ 0, got -1"),
                Arguments.of("instant-without-zone.jsonl", 1, 0, 1, "1|queuedAt|expected an ISO-8601 instant with offset "
                        + "such as 2026-03-02T09:00:00Z, got '2026-03-02T09:00'"),
                Arguments.of("end-before-start.jsonl", 1, 0, 1, "1|endedAt|is before its queuedAt"),
                // The same three cases in CSV; the data rows start on line 2.
                Arguments.of("durations.csv", 4, 1, 3, "2|talk_seconds|expected seconds ≥ 0, got -1"),
                Arguments.of("instant-without-zone.csv", 1, 0, 1, "2|queued_at|expected an ISO-8601 instant with offset "
                        + "such as 2026-03-02T09:00:00Z, got '2026-03-02T09:00'"),
                Arguments.of("end-before-start.csv", 1, 0, 1, "2|ended_at|is before its queuedAt"),
                // Short texts with huge exponents: 1E-999999999% used to be accepted (a billion-digit percent).
                Arguments.of("huge-exponents.jsonl", 4, 1, 3,
                        "1|grants[0].amount|The percent (1E-999999999%) is not a number such as 10%."),
                Arguments.of("overlapping-holds.jsonl", 1, 0, 1, "1|holds|overlap"),
                Arguments.of("transfer-after-end.jsonl", 1, 0, 1, "1|transfers|lies outside the contact"),
                Arguments.of("promise-due-before-made.jsonl", 1, 0, 1, "1|promises[0].dueBy|is before its madeAt"),
                Arguments.of("duplicate-ids.jsonl", 5, 4, 1, "5|id|duplicate id 'i-7', first seen at line 3"),
                Arguments.of("duplicate-ids.csv", 3, 2, 1, "4|id|duplicate id 'i-7', first seen at line 3"),
                Arguments.of("unknown-enum.jsonl", 2, 0, 2,
                        "1|channel|Unknown channel (FAX). Allowed: PHONE, CHAT, EMAIL, SOCIAL, MESSAGING, SELF_SERVICE."),
                Arguments.of("malformed.jsonl", 4, 1, 3, "1||malformed JSON: Unexpected end-of-input"),
                Arguments.of("deeply-nested.jsonl", 2, 1, 1, "1||nesting depth (33) exceeds the maximum allowed (32"),
                Arguments.of("duplicate-field.jsonl", 2, 1, 1, "1||duplicate field 'id'"),
                // Issue 25 item 7: the quote opened on line 3 costs that record only; line 4 is read on its own.
                Arguments.of("unterminated-quote.csv", 3, 2, 1, "3||unbalanced quote: the quote opened at column 1 "
                        + "does not close by the end of the input"),
                // Issue 25 item 7: a stray quote in a value, one that closes on a later line, text after a
                // closing quote and one that never closes each cost their own record only.
                Arguments.of("stray-quote.csv", 10, 6, 4, "3||stray quote at column 23"),
                // Issue 25 item 6: instants outside 1970-01-01 .. 2200-01-01 (exclusive), the edges themselves accepted.
                Arguments.of("instant-range.jsonl", 6, 2, 4, "1|queuedAt|expected an instant from 1970-01-01T00:00:00Z "
                        + "up to (not including) 2200-01-01T00:00:00Z, got '-999999999-01-01T00:00:00Z'"),
                // Issue 25 item 11: bidi controls and zero-width characters in ids are rejected; ids that start
                // like a formula are data (the writer escapes them), and the escaped '=SUM(A1) reads as =SUM(A1).
                Arguments.of("invisible-ids.csv", 5, 2, 3, "2|customer_id|contains the invisible formatting character "
                        + "U+202E at index 3"),
                Arguments.of("invisible-ids.jsonl", 5, 1, 4, "1|customerId|contains the invisible formatting character "
                        + "U+202E at index 3"),
                // Issue 25 item 10: a file without a header is not echoed (its first line holds an e-mail and a
                // phone number), and its first line is counted and rejected like the second.
                Arguments.of("no-header-personal-data.csv", 2, 0, 2, "1||the file has no header row"),
                // A header of another format (the real help-desk event log) is a header: not counted.
                Arguments.of("foreign-header.csv", 4, 0, 4, "2||the header names none of the columns id, customer_id, "
                        + "channel, queued_at, ended_at (a file of another format?)"),
                // Issue 25 item 8: talk + hold must fit between the answer and the end; after-contact work is
                // not compared (it follows the end).
                Arguments.of("timeline-overflow.jsonl", 5, 1, 4, "1|talkSeconds|talk (300000000 s) and hold (0 s) add up "
                        + "to 300000000 s, more than the 600 s between answeredAt and endedAt"),
                Arguments.of("timeline-overflow.csv", 3, 1, 2, "2|talk_seconds|talk (300000000 s) and hold (0 s) add up "
                        + "to 300000000 s, more than the 600 s between answeredAt and endedAt"),
                // Issue 19 §1: a gap of seconds is clock skew (tolerated only with ImportOptions.clockSkew), an hour a zone.
                Arguments.of("clock-skew.jsonl", 4, 1, 3, "1|answeredAt|Maybe clock skew? The two times may come from "
                        + "clocks that disagree by PT1S"),
                // Issue 19 §2: missing columns, empty cells and JSON nulls are "not recorded", never zero.
                Arguments.of("not-recorded.csv", 5, 4, 1, "6|ended_at|required column is empty"),
                Arguments.of("not-recorded.jsonl", 5, 3, 2, "4|endedAt|required field is missing"),
                // Issue 22: self-service sessions only on SELF_SERVICE, CHAT and MESSAGING, with a known outcome.
                Arguments.of("self-service.jsonl", 6, 1, 5, "2|selfService|has a self-service session, which only "
                        + "SELF_SERVICE, CHAT and MESSAGING contacts can have"),
                Arguments.of("case-events.jsonl", 4, 2, 2,
                        "2|status|Unknown case status (REOPENED). Allowed: NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsCorpusFileWithExpectedOutcome(String file, long read, long accepted, long rejected, String firstReject)
            throws IOException {
        List<Object> received = new ArrayList<>();
        ImportReport report;
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/" + file)) {
            assertThat(in).as("corpus file %s", file).isNotNull();
            ImportOptions options = ImportOptions.ofDefaults();
            if (file.startsWith("case-events")) {
                report = CaseEventReader.jsonLines(options).read(in, file, received::add);
            } else if (file.endsWith(".csv")) {
                report = InteractionReader.csv(options).read(in, file, received::add);
            } else {
                report = InteractionReader.jsonLines(options).read(in, file, received::add);
            }
        }
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        assertThat(report.read()).as("read").isEqualTo(read);
        assertThat(report.accepted()).as("accepted").isEqualTo(accepted);
        assertThat(report.rejected()).as("rejected").isEqualTo(rejected);
        assertThat(received).hasSize((int) accepted);
        assertThat(report.rejects()).hasSize((int) rejected);
        if (firstReject != null) {
            String[] parts = firstReject.split("\\|", 3);
            Reject reject = report.rejects().get(0);
            assertThat(reject.source()).isEqualTo(file);
            assertThat(reject.line()).as("line").isEqualTo(Long.parseLong(parts[0]));
            assertThat(reject.field()).as("field").isEqualTo(parts[1].isEmpty() ? null : parts[1]);
            assertThat(reject.message()).contains(parts[2]);
            assertThat(reject.message()).doesNotContain("\n");
        }
        assertThat(report.rejectsByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rejected);
        // Issue 25 item 10: no reject and no warning quotes an e-mail address or a phone number.
        assertThat(report.rejects()).extracting(Reject::message).noneMatch(PersonalData::containsContactDetails);
        assertThat(report.warnings()).noneMatch(PersonalData::containsContactDetails);
    }
}
