package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdHashSetTest {

    @Test
    void remembersTheFirstLineOfEveryIdAcrossGrowth() {
        IdHashSet set = new IdHashSet();
        // 10 000 ids force several doublings from the initial 1 024 slots.
        for (int i = 0; i < 10_000; i++) {
            assertThat(set.addIfAbsent("i-" + i, i + 1L)).isEqualTo(-1);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(set.addIfAbsent("i-" + i, 99_999L)).isEqualTo(i + 1L);
        }
        assertThat(set.size()).isEqualTo(10_000);
    }

    @Test
    void distinguishesIdsThatDifferOnlyInOrder() {
        assertThat(IdHashSet.hash("ab")).isNotEqualTo(IdHashSet.hash("ba"));
        assertThat(IdHashSet.hash("")).isNotEqualTo(IdHashSet.hash("\0"));
    }
}
