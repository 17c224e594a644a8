package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class AuditThresholdsTest {

    @Test
    void defaultsAreTheCatalogs() {
        AuditThresholds t = AuditThresholds.ofDefaults();

        assertThat(t.holdOverStatedFactor()).isEqualTo(1.5);
        assertThat(t.holdOverStatedMargin()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.longHold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(t.chatFirstReply()).isEqualTo(Duration.ofSeconds(45));
        assertThat(t.phoneAnswer()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.emailFirstReply()).isEqualTo(Duration.ofHours(24));
        // Meta's "very responsive to messages" badge (docs/audit-catalog.md#slow_first_reply).
        assertThat(t.messagingFirstReply()).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.repeatWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(t.followUpBusinessDays()).isEqualTo(2);
        assertThat(t.feedbackLoopOpen()).isEqualTo(Duration.ofDays(14));
        assertThat(t.escalationMinContacts()).isEqualTo(20);
        assertThat(t.escalationMadFactor()).isEqualTo(2.0);
        assertThat(t.spikeSigmas()).isEqualTo(3.0);
        assertThat(t.spikeMinContacts()).isEqualTo(10);
        assertThat(t.spikeTrailingWeeks()).isEqualTo(4);
    }

    @Test
    void toBuilderKeepsEveryValueAndChangesOnlyWhatIsSet() {
        AuditThresholds changed = AuditThresholds.ofDefaults().toBuilder().longHold(Duration.ofMinutes(3)).build();

        assertThat(changed.toBuilder().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
        assertThat(changed).isNotEqualTo(AuditThresholds.ofDefaults());
        assertThat(changed.toBuilder().longHold(Duration.ofMinutes(5)).build()).isEqualTo(AuditThresholds.ofDefaults());
    }

    @Test
    void rejectsValuesOutsideTheirRangeNamingThem() {
        assertThatThrownBy(() -> AuditThresholds.builder().longHold(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longHold").hasMessageContaining("zero");
        assertThatThrownBy(() -> AuditThresholds.builder().holdOverStatedMargin(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdOverStatedMargin (PT-1S)");
        assertThatThrownBy(() -> AuditThresholds.builder().holdOverStatedFactor(0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdOverStatedFactor (0.5)");
        assertThatThrownBy(() -> AuditThresholds.builder().spikeSigmas(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spikeSigmas (NaN)");
        assertThatThrownBy(() -> AuditThresholds.builder().spikeTrailingWeeks(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spikeTrailingWeeks");
        assertThatThrownBy(() -> AuditThresholds.builder().repeatWindow(Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeatWindow (PT9600H)");
    }

    @Test
    void changedThresholdsChangeWhatTheRulesFind() {
        Auditor strict = Auditor.builder().thresholds(AuditThresholds.builder().longHold(Duration.ofMinutes(1)).build())
                .build();

        assertThat(strict.checkContact(Timelines.phone(Timelines.T0).addHold(Timelines.hold(61, true, null)).build(),
                Timelines.AS_OF)).extracting(AuditFinding::code).containsExactly(dev.cxkit.core.MistakeCode.LONG_HOLD);
    }

    @Test
    void survivesJavaSerialisationAsEngineWorkersNeedIt() throws Exception {
        AuditThresholds changed = AuditThresholds.ofDefaults().toBuilder()
                .longHold(Duration.ofMinutes(3)).spikeSigmas(2.5).followUpBusinessDays(3).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(changed);
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }

        assertThat(read).isEqualTo(changed).isNotSameAs(changed);
    }

    @Test
    void readsAThresholdsFileAndKeepsTheDefaultsOfWhatItDoesNotName() {
        AuditThresholds t = AuditThresholds.parse("""
                # Stricter holds, a patient e-mail desk; everything else as the catalog.
                longHold = 3m
                EmailFirstReply = P2D        # names ignore case
                holdOverStatedMargin = PT20S
                escalationMadFactor = 2.5
                followUpBusinessDays = 3
                """, "team.thresholds");

        assertThat(t).isEqualTo(AuditThresholds.builder().longHold(Duration.ofMinutes(3)).emailFirstReply(Duration.ofDays(2))
                .holdOverStatedMargin(Duration.ofSeconds(20)).escalationMadFactor(2.5).followUpBusinessDays(3).build());
    }

    @Test
    void aThresholdsFileNamesTheLineOfItsFirstProblem() {
        assertThatThrownBy(() -> AuditThresholds.parse("longHold = 5m\nlongHolds = 6m\n", "t.txt"))
                .isInstanceOf(dev.cxkit.core.io.SettingsFileException.class)
                .hasMessage("t.txt:2: unknown setting longholds.\nMaybe longHold?");
        assertThatThrownBy(() -> AuditThresholds.parse("longHold = 5m\nlongHold = 6m\n", "t.txt"))
                .hasMessage("t.txt:2: longHold is set again (line 1 set it already).");
        assertThatThrownBy(() -> AuditThresholds.parse("longHold = five minutes\n", "t.txt"))
                .hasMessageStartingWith("t.txt:1: longhold = five minutes is not a duration.");
        assertThatThrownBy(() -> AuditThresholds.parse("spikeTrailingWeeks = 60\n", "t.txt"))
                .hasMessageStartingWith("t.txt:1: ").hasMessageContaining("spikeTrailingWeeks").hasMessageContaining("60");
        assertThatThrownBy(() -> AuditThresholds.parse("spikeSigmas = 0x10\n", "t.txt"))
                .hasMessageStartingWith("t.txt:1: spikesigmas = 0x10 is not a number.");
    }

    @Test
    void theFileTextOfThresholdsReadsBackToTheSameThresholds() {
        AuditThresholds changed = AuditThresholds.builder().longHold(Duration.ofSeconds(299)).spikeSigmas(2.75)
                .repeatWindow(Duration.ofDays(10)).build();

        assertThat(AuditThresholds.parse(changed.toFileText(), "round-trip")).isEqualTo(changed);
        assertThat(AuditThresholds.parse(AuditThresholds.ofDefaults().toFileText(), "defaults")).isEqualTo(AuditThresholds.ofDefaults());
        assertThat(AuditThresholds.ofDefaults().toFileText()).startsWith("holdOverStatedFactor = 1.5\nholdOverStatedMargin = PT30S\n");
    }
}
