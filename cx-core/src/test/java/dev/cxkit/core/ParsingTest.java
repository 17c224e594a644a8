package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Enum parsing, segments and typed identifiers. */
class ParsingTest {

    @Test
    void parsesChannelCaseInsensitively() {
        assertThat(Channel.parse(" chat ")).isEqualTo(Channel.CHAT);
        assertThat(Channel.parse("self-service")).isEqualTo(Channel.SELF_SERVICE);
    }

    @Test
    void rejectsUnknownChannelListingTheAllowedOnes() {
        assertThatThrownBy(() -> Channel.parse("FAX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown channel (FAX)")
                .hasMessageContaining("Allowed: PHONE, CHAT, EMAIL, SOCIAL, MESSAGING, SELF_SERVICE");
    }

    @Test
    void rejectsUnknownTier() {
        assertThat(Tier.parse("t2")).isEqualTo(Tier.T2);
        assertThatThrownBy(() -> Tier.parse("T4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown tier (T4)")
                .hasMessageContaining("Allowed: T1, T2, T3");
    }

    @Test
    void rejectsUnknownAction() {
        assertThat(Action.parse("fee waiver")).isEqualTo(Action.FEE_WAIVER);
        assertThatThrownBy(() -> Action.parse("voucher"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown action (voucher)")
                .hasMessageContaining("REFUND, CREDIT, DISCOUNT, FEE_WAIVER, REPLACEMENT, GOODWILL_GESTURE");
    }

    @Test
    void rejectsUnknownCaseStatusAndPriority() {
        assertThat(CaseStatus.parse("on hold")).isEqualTo(CaseStatus.ON_HOLD);
        assertThatThrownBy(() -> CaseStatus.parse("done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case status (done)")
                .hasMessageContaining("NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED");
        assertThatThrownBy(() -> Priority.parse("critical"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority (critical)")
                .hasMessageContaining("LOW, NORMAL, HIGH, URGENT");
    }

    @Test
    void abbreviatesHugeUnknownValues() {
        String huge = "X".repeat(10_000);

        assertThatThrownBy(() -> Channel.parse(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X".repeat(61) + "...")
                .hasMessageNotContaining("X".repeat(62));
    }

    @Test
    void tierOrderDecidesWhatIsAbove() {
        assertThat(Tier.T2.isAbove(Tier.T1)).isTrue();
        assertThat(Tier.T1.isAbove(Tier.T1)).isFalse();
        assertThat(Tier.T1.isAbove(Tier.T3)).isFalse();
    }

    @Test
    void segmentOfUpperCases() {
        assertThat(Segment.of(" vip ")).isEqualTo(Segment.VIP);
        assertThat(Segment.of("small_business_2")).hasToString("SMALL_BUSINESS_2");
    }

    @Test
    void rejectsBadSegmentNames() {
        assertThatThrownBy(() -> Segment.of("gold member"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment (GOLD MEMBER)")
                .hasMessageContaining("upper-case letters, digits and underscores");
        assertThatThrownBy(() -> Segment.of("2nd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment (2ND)");
        assertThatThrownBy(() -> new Segment("vip"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment (vip)");
        assertThatThrownBy(() -> Segment.of(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBlankIds() {
        assertThatThrownBy(() -> CustomerId.of("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer id must not be blank");
        assertThatThrownBy(() -> AgentId.of(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent id");
    }

    @Test
    void rejectsNullIds() {
        assertThatThrownBy(() -> CaseId.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("case id");
    }

    @Test
    void rejectsTooLongIds() {
        assertThat(InteractionId.of("i".repeat(256)).value()).hasSize(256);
        assertThatThrownBy(() -> InteractionId.of("i".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interaction id")
                .hasMessageContaining("257 characters long; at most 256");
    }

    @Test
    void rejectsControlCharactersInIds() {
        assertThatThrownBy(() -> TeamId.of("team\n1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team id")
                .hasMessageContaining("control character at index 4");
        assertThatThrownBy(() -> PromiseId.of("p\u00001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character at index 1");
    }

    @Test
    void rejectsBadContactReason() {
        assertThat(ContactReason.of("billing.double-charge")).hasToString("billing.double-charge");
        assertThatThrownBy(() -> ContactReason.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contact reason");
    }
}
