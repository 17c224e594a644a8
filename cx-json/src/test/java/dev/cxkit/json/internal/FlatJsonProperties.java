package dev.cxkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FlatJsonProperties {

    @Property
    void aStringObjectReadsBackInItsOrder(@ForAll @Size(max = 8) List<String> keys, @ForAll String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : keys) {
            fields.put(key, value + key);
        }
        assertThat(FlatJson.stringObject(FlatJson.object(fields))).containsExactlyEntriesOf(fields);
    }

    @Property
    void aStringArrayReadsBack(@ForAll @Size(max = 8) List<String> items) {
        assertThat(FlatJson.stringArray(FlatJson.array(items))).isEqualTo(items);
    }

    @Test
    void aCorruptColumnFailsNamingWhatWasFound() {
        assertThatThrownBy(() -> FlatJson.stringArray("{\"a\":1}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt")
                .hasMessageContaining("START_ARRAY");
    }
}
