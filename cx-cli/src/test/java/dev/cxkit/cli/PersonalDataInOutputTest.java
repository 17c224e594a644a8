package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No name, e-mail or phone number reaches the output or the logs of {@code cx}. The commands run
 * in-process; everything written to {@code System.out} and {@code System.err} while they run is
 * captured as well, which is where slf4j-simple writes log lines ({@code simplelogger.properties}).
 *
 * <p>The exchange formats have no personal fields, so personal data arrives the way a CRM export
 * brings it: as extra JSON fields and extra CSV columns, on accepted and on rejected records. The
 * readers must name such a field at most, never echo its value. {@code cx demo} generates its data
 * and has no input; its output and logs are scanned for anything shaped like an e-mail or a phone number.
 */
class PersonalDataInOutputTest {

    private static final String NAME = "Mariella Quandtberger";
    private static final String EMAIL = "mariella.quandtberger@example.de";
    private static final String PHONE = "+49 170 9876543";
    /** Every piece that would identify her: the values and their parts. */
    private static final List<String> PIECES = List.of(NAME, "Mariella", "Quandtberger", "quandtberger", EMAIL,
            "mariella.quandtberger", "example.de", PHONE, "170 9876543", "9876543", "491709876543");

    private static final Pattern ANY_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]+");
    /** International numbers as people write them: +49 170 1234567, +1-555-123-4567, +44 (20) 7946 0000. */
    private static final Pattern ANY_PHONE = Pattern.compile("\\+\\d{1,3}(?:[ ./-]?\\(?\\d{2,}\\)?){2,}");

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.log.dev.cxkit";

    private static final String VALID = "\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
            + "\"answeredAt\":\"2026-03-02T09:00:40Z\",\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420";
    private static final String PERSON = "\"customerName\":\"" + NAME + "\",\"email\":\"" + EMAIL + "\",\"phone\":\""
            + PHONE + "\"";

    @TempDir
    Path dir;

    @BeforeAll
    static void logEverythingOfCxkit() {
        // Best effort: cxkit loggers created from now on log at every level. Loggers another test class
        // created earlier in this JVM keep their level (warn, from simplelogger.properties).
        System.setProperty(LOG_LEVEL, "trace");
    }

    @AfterAll
    static void restoreLogLevel() {
        System.clearProperty(LOG_LEVEL);
    }

    /** What a command printed, and what anything else wrote to the standard streams meanwhile. */
    private record Captured(CliRun run, String streams) {
        String all() {
            return run.out() + run.err() + streams;
        }
    }

    private static Captured capture(Supplier<CliRun> command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream streams = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(streams, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            CliRun run = command.get();
            both.flush();
            return new Captured(run, streams.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertNoPersonalData(Captured captured) {
        String all = captured.all();
        assertThat(PIECES).as("personal data in the output or logs").noneMatch(all::contains);
        assertThat(ANY_EMAIL.matcher(all).results().map(m -> m.group()).toList()).as("e-mail addresses").isEmpty();
        assertThat(ANY_PHONE.matcher(all).results().map(m -> m.group()).toList()).as("phone numbers").isEmpty();
    }

    @Test
    void kpiOnJsonLinesWithPersonalFieldsNamesTheFieldsButNeverTheirValues() throws IOException {
        Path file = dir.resolve("crm-export.jsonl");
        Files.writeString(file, "{\"id\":\"i-1\",\"customerId\":\"c-1\"," + VALID + "," + PERSON + "}\n"
                // Rejected: no queuedAt. The reject message must not carry the rest of the line.
                + "{\"id\":\"i-2\",\"customerId\":\"c-1\"," + PERSON + ",\"channel\":\"PHONE\"}\n");

        Captured skipping = capture(() -> CliRun.of("kpi", "--input", file.toString(), "--skip-bad"));
        Captured failing = capture(() -> CliRun.of("kpi", "--input", file.toString(), "--json"));

        // The personal fields were read and reported by name, and one record was rejected: the scan
        // below looks at output that had every chance to carry them.
        assertThat(skipping.run().exitCode()).isZero();
        assertThat(skipping.run().err()).contains("unknown field 'email' ignored")
                .contains("1 of 2 records rejected and left out");
        assertThat(failing.run().exitCode()).isEqualTo(2);
        assertThat(failing.run().err()).contains("crm-export.jsonl:2: field 'queuedAt'");
        assertNoPersonalData(skipping);
        assertNoPersonalData(failing);
    }

    @Test
    void scorecardOnCsvWithPersonalColumnsNamesTheColumnsButNeverTheirValues() throws IOException {
        Path file = dir.resolve("crm-export.csv");
        Files.writeString(file, "id,customer_id,channel,queued_at,ended_at,talk_seconds,name,email,phone\n"
                + "i-1,c-1,PHONE,2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,420,\"" + NAME + "\"," + EMAIL + ",\""
                + PHONE + "\"\n"
                // Rejected: talk_seconds is not a number.
                + "i-2,c-1,PHONE,2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,lots,\"" + NAME + "\"," + EMAIL + ",\""
                + PHONE + "\"\n");

        Captured run = capture(() -> CliRun.of("scorecard", "--input", file.toString(), "--skip-bad"));

        assertThat(run.run().exitCode()).isZero();
        assertThat(run.run().err()).contains("unknown column 'email'").contains("1 of 2 records rejected");
        assertNoPersonalData(run);
    }

    @Test
    void demoOutputAndLogsHoldNoEmailOrPhoneNumber() {
        Captured run = capture(() -> CliRun.of("demo"));

        assertThat(run.run().exitCode()).isZero();
        assertThat(run.run().out()).contains("Empowerment decisions");
        assertNoPersonalData(run);
    }

    @Test
    void theScannersRecogniseWhatTheyLookFor() {
        // Guards the guards: each pattern finds its kind of value in a plausible log line.
        String line = "WARN dev.cxkit customer " + NAME + " <" + EMAIL + ">, " + PHONE
                + ", +1-555-123-4567, +44 (20) 7946 0000";
        assertThat(ANY_EMAIL.matcher(line).results().map(m -> m.group()).toList()).containsExactly(EMAIL);
        assertThat(ANY_PHONE.matcher(line).results().map(m -> m.group()).toList())
                .containsExactly(PHONE, "+1-555-123-4567", "+44 (20) 7946 0000");
        assertThat(ANY_PHONE.matcher("2026-03-02T09:00:00Z 52,340 contacts +3.5 % 1 of 2").find()).isFalse();
    }
}
