package dev.cxkit.flink.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditThresholds;
import org.junit.jupiter.api.Test;

/** The settings survive Java serialisation (how Flink ships functions) and rebuild equal values. */
class AuditSettingsTest {

    @Test
    void rebuildsEqualThresholdsCalendarAndAWorkingAuditorAfterJavaSerialisation() throws Exception {
        AuditThresholds thresholds = AuditThresholds.builder().longHold(Duration.ofMinutes(4)).escalationMinContacts(7)
                .spikeSigmas(2.5).repeatWindow(Duration.ofDays(3)).build();
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(13, 0), LocalTime.of(15, 0))
                .holiday(LocalDate.of(2026, 4, 3)).build();
        String drl = """
                package custom;
                import dev.cxkit.core.Channel;
                import dev.cxkit.audit.spi.AuditedContact;
                rule "chat-seen"
                when
                    AuditedContact(channel == Channel.CHAT)
                then
                end
                """;
        AuditSettings settings = new AuditSettings(Instant.parse("2026-04-13T00:00:00Z"), thresholds, calendar, List.of(),
                List.of(PolicySource.drl("chat-seen.drl", drl)), Duration.ofMinutes(5), Duration.ofHours(1));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        AuditSettings back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (AuditSettings) in.readObject();
        }

        assertThat(back.thresholds()).isEqualTo(thresholds);
        assertThat(back.calendar()).isEqualTo(calendar);
        assertThat(back.asOf()).isEqualTo(Instant.parse("2026-04-13T00:00:00Z"));
        // 2026-04-13 00:00 UTC plus one hour of allowed lateness.
        assertThat(back.judgeAtMillis()).isEqualTo(Instant.parse("2026-04-13T01:00:00Z").toEpochMilli());
        assertThat(back.auditor().ruleNames()).contains("chat-seen", "broken-promise");
    }
}
