package dev.cxkit.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import dev.cxkit.kpi.internal.ContactWeek;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The week arithmetic of the windows agrees with the week labels of cx-kpi. */
class GroupKeyProperties {

    private static final long WEEK = 7 * 86_400_000L;

    @Property
    void weekStartIsTheMondayMidnightUtcAtOrBeforeTheInstantWithTheSameLabel(
            @ForAll @LongRange(min = -2_000_000_000_000L, max = 4_000_000_000_000L) long millis) {
        long start = GroupKey.weekStart(millis);
        ZonedDateTime monday = Instant.ofEpochMilli(start).atZone(ZoneOffset.UTC);

        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday.toLocalTime().toSecondOfDay()).isZero();
        assertThat(start).isLessThanOrEqualTo(millis).isGreaterThan(millis - WEEK);
        ContactWeek weeks = new ContactWeek(ZoneOffset.UTC);
        assertThat(weeks.labelOf(Instant.ofEpochMilli(start))).isEqualTo(weeks.labelOf(Instant.ofEpochMilli(millis)));
    }

    @Example
    void aSundayEveningBelongsToTheWeekThatStartedSixDaysBefore() {
        // 2026-03-08 is a Sunday (2026-03-02 is a Monday, docs/formats.md example dates).
        long sunday = Instant.parse("2026-03-08T23:59:59.999Z").toEpochMilli();
        assertThat(Instant.ofEpochMilli(GroupKey.weekStart(sunday))).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(GroupKey.weekStart(sunday + 1)).isEqualTo(Instant.parse("2026-03-09T00:00:00Z").toEpochMilli());
    }
}
