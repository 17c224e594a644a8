package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Reading on several threads gives what one thread gives: the same records in file order, the
 * same rejects with the same line numbers, warnings, counts and clock-skew adjustments. The files
 * are a few MiB, so they are cut into many chunks of about 64 KiB.
 */
class ParallelReadingTest {

    private static final String VALID = "{\"id\":\"%s\",\"customerId\":\"c-%d\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
            + "\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420%s}";

    /** Lines of every kind the reader distinguishes, with duplicates far apart, in a random order. */
    private static byte[] file(long seed, int lines) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (int i = 1; i <= lines; i++) {
            String id = "i-" + i;
            String line = switch (random.nextInt(40)) {
                case 0 -> "";
                case 1 -> "  \t";
                case 2 -> VALID.formatted(id, i, ",\"colour" + random.nextInt(300) + "\":1");
                case 3 -> VALID.formatted("i-" + (1 + random.nextInt(i)), i, "");
                case 4 -> VALID.formatted(id, i, ",\"talkSeconds\":-1").replace(",\"talkSeconds\":420", "");
                case 5 -> "{\"id\":\"" + id + "\"";
                case 6 -> VALID.formatted(id, i, ",\"handoff\":\"" + "x".repeat(3000) + "\"");
                case 7 -> VALID.formatted(id, i, "").replace("09:00:40Z", "08:59:58Z");
                case 8 -> VALID.formatted(id, i, ",\"note\":\"caf\u00e9\"");
                case 9 -> VALID.formatted(id, i, "") + "\r";
                case 10 -> "[]";
                default -> VALID.formatted(id, i, "");
            };
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(500) == 0) {
                out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static ImportOptions.Builder options() {
        return ImportOptions.builder().maxLineBytes(2048).maxRejectsKept(100_000).clockSkew(Duration.ofSeconds(5));
    }

    private static ImportReport read(ImportOptions options, byte[] file, List<String> sink) {
        return InteractionReader.jsonLines(options).read(new ByteArrayInputStream(file), "in.jsonl",
                (Interaction i) -> sink.add(i.id().value() + "/" + i.customerId().value() + "/" + i.answeredAt()));
    }

    @Property(tries = 4)
    void severalThreadsReadWhatOneThreadReads(@ForAll @IntRange(min = 2, max = 5) int threads, @ForAll long seed) {
        byte[] file = file(seed, 30_000);
        List<String> one = new ArrayList<>();
        List<String> many = new ArrayList<>();

        ImportReport sequential = read(options().threads(1).build(), file, one);
        ImportReport parallel = read(options().threads(threads).build(), file, many);

        assertThat(file.length).as("several chunks").isGreaterThan(4 << 20);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(many).isEqualTo(one);
        assertThat(sequential.rejected()).isPositive();
        assertThat(sequential.warnings()).isNotEmpty();
        assertThat(sequential.clockSkewAdjusted()).isPositive();
    }

    @Test
    void failFastStopsAtTheSameRejectOnSeveralThreads() {
        byte[] file = file(7, 30_000);
        List<String> one = new ArrayList<>();
        List<String> many = new ArrayList<>();

        ImportException sequential = catchThrowableOfType(ImportException.class,
                () -> read(options().threads(1).errorMode(ErrorMode.FAIL_FAST).build(), file, one));
        ImportException parallel = catchThrowableOfType(ImportException.class,
                () -> read(options().threads(3).errorMode(ErrorMode.FAIL_FAST).build(), file, many));

        assertThat(parallel.reject()).isEqualTo(sequential.reject());
        assertThat(many).isEqualTo(one);
    }

    @Test
    void aFailingSinkStopsTheReadWithItsException() {
        byte[] file = file(3, 30_000);
        RuntimeException stop = new IllegalStateException("enough");
        int[] seen = {0};

        Throwable thrown = catchThrowableOfType(IllegalStateException.class,
                () -> InteractionReader.jsonLines(options().threads(2).build())
                        .read(new ByteArrayInputStream(file), "in.jsonl", i -> {
                            if (++seen[0] == 10_000) {
                                throw stop;
                            }
                        }));

        assertThat(thrown).isSameAs(stop);
        assertThat(seen[0]).isEqualTo(10_000);
    }
}
