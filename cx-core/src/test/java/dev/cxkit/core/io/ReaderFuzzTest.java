package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the JSON Lines and CSV readers (Jazzer). The property: whatever the
 * bytes, a read ends with accepted records and documented rejects ({@code read = accepted + rejected},
 * one-line messages), never with another exception, a hang or an {@link OutOfMemoryError}; and
 * {@link ErrorMode#FAIL_FAST} stops exactly at the reject that {@link ErrorMode#COLLECT} reports first.
 *
 * <p>In a normal build these run in regression mode over the committed seeds in
 * {@code src/test/resources/dev/cxkit/core/io/ReaderFuzzTestInputs/<method>/}, in well under a second.
 * With {@code JAZZER_FUZZ=1} one of them fuzzes for {@code maxDuration}; RELIABILITY.md at the repository
 * root gives the command. The timeout is per input: a read of a few kilobytes that takes seconds is a hang.
 */
class ReaderFuzzTest {

    /** Small limits so that the fuzzer reaches the line cap and the reject cap with short inputs. */
    private static final ImportOptions COLLECT = ImportOptions.builder().maxLineBytes(512).maxRejectsKept(8).build();
    private static final ImportOptions FAIL_FAST = COLLECT.toBuilder().errorMode(ErrorMode.FAIL_FAST).build();

    /** One read of some bytes into a sink; the three readers differ only in this. */
    private interface Read {
        ImportReport read(ImportOptions options, byte[] input, List<Object> sink);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "5m")
    void interactionJsonLines(byte[] input) {
        check(input, (options, bytes, sink) -> InteractionReader.jsonLines(options)
                .read(new ByteArrayInputStream(bytes), "fuzz.jsonl", sink::add));
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "5m")
    void interactionCsv(byte[] input) {
        check(input, (options, bytes, sink) -> InteractionReader.csv(options)
                .read(new ByteArrayInputStream(bytes), "fuzz.csv", sink::add));
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "5m")
    void caseEventJsonLines(byte[] input) {
        check(input, (options, bytes, sink) -> CaseEventReader.jsonLines(options)
                .read(new ByteArrayInputStream(bytes), "fuzz.jsonl", sink::add));
    }

    private static void check(byte[] input, Read read) {
        List<Object> accepted = new ArrayList<>();
        ImportReport report = read.read(COLLECT, input, accepted);
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        assertThat(accepted).hasSize((int) report.accepted()).doesNotContainNull();
        assertThat(report.rejects()).hasSizeLessThanOrEqualTo(8);
        assertThat(report.rejects()).allSatisfy(reject -> {
            assertThat(reject.line()).isPositive();
            assertThat(reject.message()).isNotBlank().doesNotContain("\n").hasSizeLessThan(400);
        });
        assertThat(report.rejectsByKind().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.rejected());

        List<Object> beforeStop = new ArrayList<>();
        if (report.rejects().isEmpty()) {
            assertThat(read.read(FAIL_FAST, input, beforeStop).accepted()).isEqualTo(report.accepted());
        } else {
            ImportException stop = catchThrowableOfType(ImportException.class,
                    () -> read.read(FAIL_FAST, input, beforeStop));
            assertThat(stop).as("FAIL_FAST must stop at the first reject").isNotNull();
            assertThat(stop.reject()).isEqualTo(report.rejects().get(0));
            assertThat(beforeStop).isEqualTo(accepted.subList(0, beforeStop.size()));
        }
    }
}
