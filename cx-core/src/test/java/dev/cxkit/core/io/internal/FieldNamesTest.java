package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    private final FieldNames names = FieldNames.of("id", "at", "status");

    @Test
    void knowsItsNamesAtAnyPositionAndInAnyInstance() {
        assertThat(names.contains(0, "id")).isTrue();
        assertThat(names.contains(0, new String("id"))).isTrue();
        assertThat(names.contains(5, "status")).isTrue();
        assertThat(names.contains(99, "at")).isTrue();
    }

    @Test
    void anUnknownNameIsUnknownWhereAKnownOneWasConfirmed() {
        assertThat(names.contains(1, "at")).isTrue();

        assertThat(names.contains(1, "color")).isFalse();
        assertThat(names.contains(1, "color")).isFalse();
        assertThat(names.contains(1, "at")).isTrue();
    }
}
