package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantBoundsTest {

    @Test
    void acceptsFrom1970UpToButNotIncluding2200() {
        assertThat(InstantBounds.contains(Instant.parse("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(InstantBounds.contains(Instant.parse("2199-12-31T23:59:59.999999999Z"))).isTrue();
        assertThat(InstantBounds.contains(Instant.parse("1969-12-31T23:59:59.999999999Z"))).isFalse();
        assertThat(InstantBounds.contains(Instant.parse("2200-01-01T00:00:00Z"))).isFalse();
        assertThat(InstantBounds.contains(Instant.MIN)).isFalse();
        assertThat(InstantBounds.contains(Instant.MAX)).isFalse();
    }

    @Test
    void parseNamesTheOptionAndTheRange() {
        assertThat(InstantBounds.parse(" 2026-03-02T10:00:00+01:00 ", "--as-of"))
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThatThrownBy(() -> InstantBounds.parse("+999999999-12-31T23:59:59Z", "--as-of"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The --as-of (+999999999-12-31T23:59:59Z) is outside the supported range "
                        + "from 1970-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z.");
        assertThatThrownBy(() -> InstantBounds.parse("yesterday", "at"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The at (yesterday) is not an ISO-8601 instant with an offset.");
    }

    @Test
    void checkReturnsTheValueInside() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(InstantBounds.check(at, "at")).isSameAs(at);
        assertThatThrownBy(() -> InstantBounds.check(Instant.ofEpochSecond(-1), "at"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("The at (1969-12-31T23:59:59Z)");
    }
}
