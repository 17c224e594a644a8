package dev.cxkit.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class JobArgsTest {

    private final List<String> inputs = new ArrayList<>();
    private final List<String> lateness = new ArrayList<>();
    private final Map<String, Consumer<String>> options = new LinkedHashMap<>();

    JobArgsTest() {
        options.put("--input", inputs::add);
        options.put("--allowed-lateness", lateness::add);
    }

    @Test
    void handsEachValueToItsOptionInOrder() {
        JobArgs.parse(new String[] {"--input", "a.jsonl", "--allowed-lateness", "PT1H", "--input", "b"}, options);

        assertThat(inputs).containsExactly("a.jsonl", "b");
        assertThat(lateness).containsExactly("PT1H");
    }

    @Test
    void unknownOptionListsTheKnownOnesInOrder() {
        assertThatThrownBy(() -> JobArgs.parse(new String[] {"--inptu", "a.jsonl"}, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown option (--inptu). Known: --input, --allowed-lateness.");
    }

    @Test
    void optionWithoutValueIsRejected() {
        assertThatThrownBy(() -> JobArgs.parse(new String[] {"--input"}, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The option --input needs a value.");
    }

    @Test
    void aValueThatStartsWithADashIsStillTheValue() {
        // Why JobArgs and not Flink's MultipleParameterTool: that one reads "-PT1H" as a key of its own
        // and leaves --allowed-lateness without a value (and accepts unknown and valueless options).
        JobArgs.parse(new String[] {"--allowed-lateness", "-PT1H", "--input", "-"}, options);

        assertThat(lateness).containsExactly("-PT1H");
        assertThat(inputs).containsExactly("-");
    }

    @Test
    void noInputIsRejectedWithAnExample() {
        assertThatThrownBy(() -> JobArgs.requireInput(List.of(), "--input interactions.jsonl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No --input given.\nMaybe: --input interactions.jsonl");
        JobArgs.requireInput(List.of("a.jsonl"), "--input interactions.jsonl");
    }
}
