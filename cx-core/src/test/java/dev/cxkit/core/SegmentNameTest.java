package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Segment names are checked by hand; they must accept exactly what the documented pattern accepts. */
class SegmentNameTest {

    private static final Pattern DOCUMENTED = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    @Provide
    Arbitrary<String> names() {
        // Mostly near-valid names: the characters of the pattern, a few others, lengths 0 to 70.
        return Arbitraries.strings().withChars("ABZaz09_-@[ ").ofMinLength(0).ofMaxLength(70);
    }

    @Property
    void acceptsExactlyTheDocumentedPattern(@ForAll("names") String name) {
        boolean valid;
        try {
            new Segment(name);
            valid = true;
        } catch (IllegalArgumentException e) {
            valid = false;
            assertThat(e).hasMessageContaining("must be upper-case letters, digits and underscores");
        }
        assertThat(valid).as(name).isEqualTo(DOCUMENTED.matcher(name).matches());
    }

    @Example
    void acceptsNamesUpTo64Characters() {
        assertThat(new Segment("V" + "_".repeat(63)).name()).hasSize(64);
        assertThatThrownBy(() -> new Segment("V" + "_".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }
}
