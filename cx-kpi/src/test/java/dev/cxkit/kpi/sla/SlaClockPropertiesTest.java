package dev.cxkit.kpi.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Priority;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the replay over random inputs of one case spanning a weekend and the Berlin
 * spring-forward (Sun 2026-03-29), with business- and calendar-time targets, pauses on several
 * metrics, priority changes and an occasional policy change.
 */
class SlaClockPropertiesTest {

    private static final CaseId K = CaseId.of("k-1");
    private static final Instant ORIGIN = Instant.parse("2026-03-27T06:00:00Z"); // a Friday
    private static final int SPAN_MINUTES = 5 * 24 * 60;

    private static final BusinessCalendar BERLIN = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    private static final SlaPolicy POLICY = SlaPolicy.builder().name("mixed").version("1")
            .target(Priority.NORMAL, SlaMetric.FIRST_RESPONSE, SlaTarget.businessTime(Duration.ofHours(2), BERLIN))
            .target(Priority.NORMAL, SlaMetric.NEXT_REPLY, SlaTarget.calendarTime(Duration.ofHours(3)))
            .target(Priority.NORMAL, SlaMetric.PERIODIC_UPDATE, SlaTarget.calendarTime(Duration.ofHours(5)))
            .target(Priority.NORMAL, SlaMetric.RESOLUTION, SlaTarget.businessTime(Duration.ofHours(16), BERLIN))
            .target(Priority.HIGH, SlaMetric.RESOLUTION, SlaTarget.businessTime(Duration.ofHours(4), BERLIN))
            .target(Priority.URGENT, SlaMetric.FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofMinutes(20)))
            .target(Priority.URGENT, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(1)))
            .pauseStatuses(SlaMetric.RESOLUTION, Set.of(CaseStatus.PENDING, CaseStatus.ON_HOLD))
            .pauseStatuses(SlaMetric.NEXT_REPLY, Set.of(CaseStatus.PENDING))
            .pauseStatuses(SlaMetric.PERIODIC_UPDATE, Set.of(CaseStatus.ON_HOLD))
            .build();

    @Provide
    Arbitrary<List<SlaInput>> inputs() {
        Arbitrary<Instant> instants = Arbitraries.integers().between(0, SPAN_MINUTES).map(m -> ORIGIN.plus(Duration.ofMinutes(m)));
        Arbitrary<SlaInput> status = Combinators.combine(instants, Arbitraries.of(CaseStatus.class),
                Arbitraries.of(Priority.class).injectNull(0.6))
                .as((at, s, p) -> new SlaInput.StatusChanged(new CaseEvent(K, at, s, p)));
        Arbitrary<SlaInput> agent = instants.map(at -> new SlaInput.AgentReplied(K, at));
        Arbitrary<SlaInput> customer = instants.map(at -> new SlaInput.CustomerReplied(K, at));
        Arbitrary<SlaInput> policy = instants.map(at -> new SlaInput.PolicyChanged(SlaPolicy.ofDefaults(), at));
        return Arbitraries.frequencyOf(
                Tuple.of(5, status), Tuple.of(3, agent),
                Tuple.of(3, customer), Tuple.of(1, policy))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void measurementsAndEventsAreConsistent(@ForAll("inputs") List<SlaInput> inputs,
            @ForAll @IntRange(min = 0, max = 3 * 24 * 60) int minutesAfterLast, @ForAll long seed) {
        Instant first = inputs.stream().map(SlaInput::at).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = inputs.stream().map(SlaInput::at).max(Comparator.naturalOrder()).orElseThrow();
        Instant asOf = last.plus(Duration.ofMinutes(minutesAfterLast));

        SlaReport report = SlaClock.create(POLICY).acceptAll(inputs).report(K, asOf);

        for (SlaMeasurement m : report.measurements()) {
            assertThat(m.startedAt()).isBetween(first, asOf);
            Instant end = m.stoppedAt() != null ? m.stoppedAt() : asOf;
            assertThat(end).isBetween(m.startedAt(), asOf);
            if (m.breachedAt() != null) {
                assertThat(m.breachedAt()).isBetween(m.startedAt(), end);
            }
            assertThat(m.pausedTime().isNegative()).isFalse();
            assertThat(m.elapsed().plus(m.pausedTime())).isLessThanOrEqualTo(Duration.between(m.startedAt(), end));
            if (m.state() == SlaState.FULFILLED) {
                assertThat(m.elapsed()).isLessThanOrEqualTo(m.target().duration());
            }
            if (m.state() == SlaState.ACTIVE || m.state() == SlaState.PAUSED) {
                assertThat(m.elapsed()).isLessThan(m.target().duration());
            }
        }

        assertThat(report.events()).isSortedAccordingTo(Comparator.comparing(SlaEvent::at));
        Map<String, List<SlaEvent>> perMeasurement = new LinkedHashMap<>();
        for (SlaEvent event : report.events()) {
            perMeasurement.computeIfAbsent(event.metric() + "#" + event.sequence(), key -> new ArrayList<>()).add(event);
        }
        assertThat(perMeasurement).hasSameSizeAs(report.measurements());
        for (List<SlaEvent> events : perMeasurement.values()) {
            assertThat(events.get(0)).isInstanceOf(SlaEvent.Started.class);
            List<SlaEvent.Warning> warnings = events.stream().filter(SlaEvent.Warning.class::isInstance)
                    .map(SlaEvent.Warning.class::cast).toList();
            assertThat(warnings).extracting(SlaEvent.Warning::level).isSortedAccordingTo(Comparator.naturalOrder())
                    .doesNotHaveDuplicates();
            List<SlaEvent> breaches = events.stream().filter(SlaEvent.Breached.class::isInstance).toList();
            assertThat(breaches).hasSizeLessThanOrEqualTo(1);
            if (!breaches.isEmpty()) {
                int breachIndex = events.indexOf(breaches.get(0));
                assertThat(events.subList(breachIndex, events.size())).noneMatch(SlaEvent.Warning.class::isInstance);
                assertThat(warnings).allSatisfy(w -> assertThat(w.at()).isBeforeOrEqualTo(breaches.get(0).at()));
            }
            SlaEvent lastEvent = events.get(events.size() - 1);
            long stops = events.stream()
                    .filter(e -> e instanceof SlaEvent.Fulfilled || e instanceof SlaEvent.StoppedLate).count();
            assertThat(stops).isLessThanOrEqualTo(1);
            if (stops == 1) {
                assertThat(lastEvent).isInstanceOfAny(SlaEvent.Fulfilled.class, SlaEvent.StoppedLate.class);
            }
        }

        List<SlaInput> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(seed));
        int cut = shuffled.size() / 2;
        SlaReport again = SlaClock.create(POLICY).acceptAll(shuffled.subList(cut, shuffled.size()))
                .acceptAll(shuffled.subList(0, cut)).report(K, asOf);
        assertThat(again).isEqualTo(report);
    }
}
