package dev.cxkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryValidationTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> DecisionQuery.builder().between(T, T.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from (2026-11-23T10:00:00Z) is after its to (2026-11-23T09:59:59Z)")
                .hasMessageContaining("Maybe");
    }

    @Test
    void rejectsANegativeCursorAndLimitsOutsideTheRange() {
        assertThatThrownBy(() -> FindingQuery.builder().after(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after (-1)");
        assertThatThrownBy(() -> DecisionQuery.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit (0)");
        assertThatThrownBy(() -> FindingQuery.builder().limit(1_001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit (1001)");
    }

    @Test
    void aQueryRebuiltFromItselfIsEqual() {
        DecisionQuery q = DecisionQuery.builder().ruleId("refund-t1").between(T, null).after(7).limit(5).build();
        FindingQuery f = FindingQuery.builder().between(null, T).after(3).limit(9).build();

        assertThat(q.toBuilder().build()).isEqualTo(q);
        assertThat(f.toBuilder().build()).isEqualTo(f);
        assertThat(DecisionQuery.builder().build().limit()).isEqualTo(DecisionQuery.DEFAULT_LIMIT);
    }

    @Test
    void needsExactlyOneOfEmbeddedAndUrl() {
        assertThatThrownBy(() -> CxDatabase.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("neither is set");
        assertThatThrownBy(() -> CxDatabase.builder().embedded(Path.of("x")).jdbcUrl("jdbc:h2:mem:x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both are set");
        assertThatThrownBy(() -> CxDatabase.builder().maxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPoolSize (0)");
    }
}
