package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    @Test
    void defaultsCollectWithOneMebibyteLinesAndAThousandRejects() {
        ImportOptions options = ImportOptions.ofDefaults();

        assertThat(options.errorMode()).isEqualTo(ErrorMode.COLLECT);
        assertThat(options.maxLineBytes()).isEqualTo(1_048_576);
        assertThat(options.maxRejectsKept()).isEqualTo(1_000);
    }

    @Test
    void toBuilderKeepsEveryValue() {
        ImportOptions options = ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).maxLineBytes(100)
                .maxRejectsKept(3).build();

        ImportOptions copy = options.toBuilder().build();

        assertThat(copy.errorMode()).isEqualTo(ErrorMode.FAIL_FAST);
        assertThat(copy.maxLineBytes()).isEqualTo(100);
        assertThat(copy.maxRejectsKept()).isEqualTo(3);
    }

    @Test
    void rejectsOutOfRangeLimitsNamingTheValue() {
        assertThatThrownBy(() -> ImportOptions.builder().maxLineBytes(15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes (15)");
        assertThatThrownBy(() -> ImportOptions.builder().maxRejectsKept(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRejectsKept (-1)");
    }

    @Test
    void threadsDefaultToTheProcessorsAndAreValidated() {
        assertThat(ImportOptions.ofDefaults().threads()).isEqualTo(1);
        assertThat(ImportOptions.builder().threads(3).build().toBuilder().build().threads()).isEqualTo(3);
        assertThatThrownBy(() -> ImportOptions.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads (0)");
        assertThatThrownBy(() -> ImportOptions.builder().threads(257))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads (257)");
    }

    @Test
    void reportRefusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new ImportReport("f", 3, 1, 1, java.util.List.of(), 1, java.util.List.of(),
                java.util.Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read count (3)");
    }
}
