package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx coverage: out-of-hours demand, the closing-hour curve and channel coverage of a file. */
class CoverageCommandTest {

    @TempDir
    static Path dir;
    static Path input;
    static Path calendar;

    @BeforeAll
    static void write() throws Exception {
        // Monday 2 March 2026, Berlin (UTC+1): a call a second before the 20:00 close, one at the close,
        // an e-mail at 23:00 answered the next morning and a switch of channel for the same issue.
        input = dir.resolve("contacts.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"reason\":\"billing\","
                        + "\"queuedAt\":\"2026-03-02T18:59:59Z\",\"answeredAt\":\"2026-03-02T19:00:10Z\","
                        + "\"endedAt\":\"2026-03-02T19:05:00Z\"}",
                "{\"id\":\"i-2\",\"customerId\":\"c-2\",\"channel\":\"PHONE\","
                        + "\"queuedAt\":\"2026-03-02T19:00:00Z\",\"endedAt\":\"2026-03-02T19:01:00Z\"}",
                "{\"id\":\"i-3\",\"customerId\":\"c-1\",\"channel\":\"EMAIL\",\"reason\":\"billing\","
                        + "\"queuedAt\":\"2026-03-02T22:00:00Z\",\"answeredAt\":\"2026-03-03T07:05:00Z\","
                        + "\"endedAt\":\"2026-03-03T07:10:00Z\",\"firstReplyAt\":\"2026-03-03T07:05:00Z\"}",
                "{\"id\":\"i-4\",\"customerId\":\"c-3\",\"channel\":\"EMAIL\","
                        + "\"queuedAt\":\"2026-03-03T09:00:00Z\",\"answeredAt\":\"2026-03-03T09:04:00Z\","
                        + "\"endedAt\":\"2026-03-03T09:10:00Z\",\"firstReplyAt\":\"2026-03-03T09:04:00Z\"}") + "\n");
        calendar = dir.resolve("berlin.calendar");
        Files.writeString(calendar, "zone = Europe/Berlin\nmonday-friday = 08:00-20:00\n");
    }

    @Test
    void printsDemandInAndOutOfHoursTheCurveAndWhatIsNotRecorded() {
        CliRun run = CliRun.of("coverage", "--input", input.toString(), "--calendar", calendar.toString(),
                "--close-until", "22:00");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("50.0 % of 4 contacts arrived while their channel was closed")
                .contains("50.0 % of written contacts had a first reply within 10 min")
                // The abandoned call is left out, as in repeat contacts: one switch in three contacts.
                .contains("33.3 % of contacts switched channel for the same issue")
                .contains("Median wait for opening").contains("12h 00m").contains("9h 00m")
                .contains("customer's own time zone is not recorded")
                .contains("Preferred channel: not recorded")
                .doesNotContain("the generator's calendar");
        // The call at 20:00 is gained by a 21:00 close, not by the 20:00 one; the e-mail at 23:00 by neither.
        assertThat(run.out()).containsPattern("20:00\\s+\\+0 \\(50\\.0 %\\)\\s+\\+0 \\(50\\.0 %\\)")
                .containsPattern("21:00\\s+\\+1 \\(100\\.0 %\\)\\s+\\+0 \\(50\\.0 %\\)")
                .containsPattern("22:00\\s+\\+1").doesNotContainPattern("23:00\\s+\\+");
    }

    @Test
    void jsonCarriesEveryChannelWithItsCurveAndSaysWhatIsNotRecorded() {
        CliRun run = CliRun.of("coverage", "--input", input.toString(), "--calendar", "phone=" + calendar,
                "--calendar", calendar.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"cx.kpi.out_of_hours\"").contains("\"cx.kpi.coverage\"")
                .contains("\"cx.kpi.channel_switch\"").contains("\"cx.kpi.immediate_response\"")
                .contains("\"closingTime\":\"24:00\"").contains("\"preferredChannel\":\"not recorded\"")
                .contains("\"customerZone\":\"not recorded\"");
    }

    @Test
    void refusesABadClosingTimeOrASecondGeneralCalendar() {
        CliRun badTime = CliRun.of("coverage", "--input", input.toString(), "--close-until", "25:00");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--close-until 25:00").contains("Maybe 22:00");

        CliRun twice = CliRun.of("coverage", "--input", input.toString(), "--calendar", calendar.toString(),
                "--calendar", calendar.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("a second calendar for every channel");
    }

    @Test
    void aRealCallLoggedAfterMidnightWaitsForTheMorningOpening() throws Exception {
        // The Anonymous Bank excerpt of cx-exports (Technion SEE lab, February 1999; its README names the
        // source) with the hours its documentation gives: Sunday to Thursday 07:00-24:00, Friday to
        // 14:00, Saturday evening. One call entered the voice menu at 23:59:54 on Monday 15 February and
        // was answered at 00:00:26; its queue start reads 0:00:00, the file's "did not happen", so the
        // mapping takes the answer as arrival: after the 24:00 close, 6 h 59 m 34 s before 07:00.
        Path bank = Path.of("..", "cx-exports", "src", "test", "resources", "mapped");
        Path hours = dir.resolve("bank.calendar");
        Files.writeString(hours, "zone = Asia/Jerusalem\nsunday-thursday = 07:00-24:00\nfriday = 07:00-14:00\n"
                + "saturday = 20:00-24:00\n");

        CliRun run = CliRun.of("coverage", "--input", bank.resolve("anonymous-bank-february-1999-excerpt.txt").toString(),
                "--format", "mapped", "--mapping", bank.resolve("anonymous-bank.mapping").toString(), "--calendar",
                hours.toString(), "--skip-bad");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2.0 % of 50 contacts arrived while their channel was closed")
                .contains("median wait for opening 6h 59m").containsPattern("00:00\\s+1\\n")
                .doesNotContain("switched channel");
    }

    @Test
    void theReportShowsTheOutOfHoursPanel() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", "--input", input.toString(), "--no-audit", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("id=\"out-of-hours\"").contains("Arrivals in and out of opening hours");
    }
}
