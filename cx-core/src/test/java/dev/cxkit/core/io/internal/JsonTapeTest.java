package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.io.RejectKind;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JsonTapeTest {

    private final JsonTree tree = new JsonTree(1 << 20);

    @Property(tries = 50)
    void findsEveryFieldOfAWideObjectAfterTheIndexGrows(@ForAll @IntRange(min = 1, max = 600) int fields) {
        String line = IntStream.range(0, fields).mapToObj(i -> "\"f" + i + "\":" + i)
                .collect(Collectors.joining(",", "{", "}"));
        JsonTape tape = new JsonTape();

        tree.parseObject(line, tape);

        for (int i = 0; i < fields; i++) {
            int entry = tape.find(0, "f" + i);
            assertThat(tape.kind(entry)).isEqualTo(JsonTape.LONG);
            assertThat(tape.longValue(entry)).isEqualTo(i);
        }
        assertThat(tape.find(0, "f" + fields)).isNegative();
    }

    @Property(tries = 50)
    void aRepeatedNameIsADuplicateWhereverItComes(@ForAll @IntRange(min = 1, max = 300) int fields,
            @ForAll @IntRange(min = 0, max = 299) int repeated) {
        int name = repeated % fields;
        String line = IntStream.range(0, fields).mapToObj(i -> "\"f" + i + "\":[{\"f" + i + "\":{}}]")
                .collect(Collectors.joining(",", "{", ",\"f" + name + "\":null}"));

        assertThatThrownBy(() -> tree.parseObject(line, new JsonTape()))
                .isInstanceOfSatisfying(RecordException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RejectKind.MALFORMED);
                    assertThat(e.getMessage()).isEqualTo("duplicate field 'f" + name + "'");
                });
    }

    @Test
    void theSameNameInNestedObjectsIsNoDuplicateAndATapeForgetsThePreviousLine() {
        JsonTape tape = new JsonTape();
        tree.parseObject("{\"a\":{\"a\":{\"a\":\"deep\"}},\"b\":[{\"a\":1},{\"a\":2}]}", tape);

        int outer = tape.find(0, "a");
        int inner = tape.find(outer, "a");
        assertThat(tape.string(tape.find(inner, "a"))).isEqualTo("deep");

        tree.parseObject("{\"b\":true}", tape);

        assertThat(tape.find(0, "a")).isNegative();
        assertThat(tape.kind(tape.find(0, "b"))).isEqualTo(JsonTape.TRUE);
    }

    @Test
    void keepsWholeNumbersBeyondALongAndFractionsExactly() {
        JsonTape tape = new JsonTape();
        tree.parseObject("{\"big\":123456789012345678901234567890,\"small\":-0.25,\"max\":9223372036854775807}", tape);

        assertThat(tape.decimal(tape.find(0, "big"))).hasToString("123456789012345678901234567890");
        assertThat(tape.decimal(tape.find(0, "small"))).hasToString("-0.25");
        assertThat(tape.kind(tape.find(0, "max"))).isEqualTo(JsonTape.LONG);
        assertThat(tape.longValue(tape.find(0, "max"))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aSharedValueIsMadeOncePerTextAcrossLinesAndAFailureIsNotKept() {
        JsonTape tape = new JsonTape();
        AtomicInteger made = new AtomicInteger();
        Function<String, ContactReason> factory = text -> {
            made.incrementAndGet();
            return ContactReason.of(text);
        };
        tree.parseObject("{\"reason\":\"billing\"}", tape);
        ContactReason first = JsonObject.root(tape).requiredShared("reason", factory);
        tree.parseObject("{\"reason\":\"billing\"}", tape);
        ContactReason second = JsonObject.root(tape).optionalShared("reason", factory);

        assertThat(second).isSameAs(first).isEqualTo(ContactReason.of("billing"));
        assertThat(made).hasValue(1);

        tree.parseObject("{\"reason\":\" \"}", tape);
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> JsonObject.root(tape).requiredShared("reason", factory))
                    .isInstanceOfSatisfying(RecordException.class, e -> {
                        assertThat(e.kind()).isEqualTo(RejectKind.INVALID_VALUE);
                        assertThat(e.field()).isEqualTo("reason");
                    });
        }
        assertThat(made).hasValue(3);
    }

    @Test
    void sharedValuesStopBeingKeptPastTheBoundButStayCorrect() {
        JsonTape tape = new JsonTape();
        Function<String, ContactReason> factory = ContactReason::of;
        for (int i = 0; i < JsonTape.MAX_SHARED_VALUES + 10; i++) {
            assertThat(tape.shared("r" + i, factory)).isEqualTo(ContactReason.of("r" + i));
        }
        String past = "r" + (JsonTape.MAX_SHARED_VALUES + 5);

        assertThat(tape.shared(past, factory)).isNotSameAs(tape.shared(past, factory)).isEqualTo(ContactReason.of(past));
        assertThat(tape.shared("r0", factory)).isSameAs(tape.shared("r0", factory));
    }
}
