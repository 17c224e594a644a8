package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.internal.Checks;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 11: bidi controls and zero-width characters in ids are rejected (not stripped, which
 * would merge ids silently), and no message quotes them raw.
 */
class InvisibleCharactersInIdsTest {

    @Test
    void rejectsABidiOverrideNamingTheCodePointWithoutPrintingIt() {
        assertThatThrownBy(() -> CustomerId.of("c-1\u202Egpj.exe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The customer id (c-1\\u202Egpj.exe) contains the invisible formatting "
                        + "character U+202E at index 3.")
                .message().doesNotContain("\u202E");
    }

    @Test
    void rejectsZeroWidthCharactersAndTheByteOrderMark() {
        for (String id : new String[] {"c\u200B1", "c\u200C1", "c\u200D1", "c\u20601", "\uFEFFc1", "c\u00AD1",
                "c\u2066x\u2069", "c\u200F1", "c" + new String(Character.toChars(0xE0041)) + "1"}) {
            assertThatThrownBy(() -> CustomerId.of(id)).as(id)
                    .hasMessageContaining("invisible formatting character");
        }
    }

    @Test
    void acceptsVisibleTextInAnyScript() {
        assertThat(AgentId.of("סוכן-7").value()).isEqualTo("סוכן-7");
        assertThat(ContactReason.of("billing.double-charge").key()).isEqualTo("billing.double-charge");
        assertThat(CustomerId.of("c-ü-東京").value()).isEqualTo("c-ü-東京");
    }

    @Test
    void abbreviatedValuesHideContactDetailsAndNeverSplitACharacter() {
        assertThat(Checks.abbreviate("jane.doe@example.com")).isEqualTo("j***@***.com");
        assertThat(Checks.abbreviate("call +44 20 7946 0958")).isEqualTo("call ***58");
        String emoji = "x".repeat(60) + new String(Character.toChars(0x1F600)) + "tail";
        assertThat(Checks.abbreviate(emoji)).isEqualTo("x".repeat(60) + "...");
    }
}
