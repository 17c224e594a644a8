package dev.cxkit.kpi.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests; every expected instant is hand-computed in a comment. Unless said otherwise the
 * policy is {@link #POLICY}: NORMAL has first response 1 h, next reply 2 h, periodic update 4 h,
 * resolution 8 h, HIGH has resolution 2 h, all in calendar time; PENDING and ON_HOLD pause
 * resolution; warnings at 50 %, 75 %, 90 %. Day: Monday 2026-03-02, UTC.
 */
class SlaClockTest {

    private static final CaseId K = CaseId.of("k-1");
    private static final CaseId K2 = CaseId.of("k-2");

    private static final SlaPolicy POLICY = SlaPolicy.builder().name("test").version("1")
            .target(Priority.NORMAL, SlaMetric.FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofHours(1)))
            .target(Priority.NORMAL, SlaMetric.NEXT_REPLY, SlaTarget.calendarTime(Duration.ofHours(2)))
            .target(Priority.NORMAL, SlaMetric.PERIODIC_UPDATE, SlaTarget.calendarTime(Duration.ofHours(4)))
            .target(Priority.NORMAL, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(8)))
            .target(Priority.HIGH, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(2)))
            .pauseStatuses(SlaMetric.RESOLUTION, Set.of(CaseStatus.PENDING, CaseStatus.ON_HOLD))
            .build();

    private static Instant at(String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z");
    }

    private static SlaInput status(CaseId caseId, String hhmm, CaseStatus status, @Nullable Priority priority) {
        return new SlaInput.StatusChanged(new CaseEvent(caseId, at(hhmm), status, priority));
    }

    private static SlaInput status(String hhmm, CaseStatus status) {
        return status(K, hhmm, status, null);
    }

    private static SlaInput agent(String hhmm) {
        return new SlaInput.AgentReplied(K, at(hhmm));
    }

    private static SlaInput customer(String hhmm) {
        return new SlaInput.CustomerReplied(K, at(hhmm));
    }

    private static SlaReport replay(SlaPolicy policy, List<SlaInput> inputs, Instant asOf) {
        return SlaClock.create(policy, () -> asOf).acceptAll(inputs).report(K, asOf);
    }

    private static List<SlaEvent> eventsOf(SlaReport report, SlaMetric metric) {
        return report.events().stream().filter(e -> e.metric() == metric).toList();
    }

    private static SlaMeasurement only(SlaReport report, SlaMetric metric) {
        assertThat(report.measurements(metric)).hasSize(1);
        return report.measurements(metric).get(0);
    }

    @Test
    void firstResponseIsFulfilledByAReplyBeforeTheTarget() {
        // Opened 10:00, replied 10:40: 40 min of a 1 h target; 50 % (30 min) was reached at 10:30.
        SlaReport report = replay(POLICY, List.of(status(K, "10:00", CaseStatus.NEW, Priority.NORMAL), agent("10:40")),
                at("12:00"));

        SlaMeasurement first = only(report, SlaMetric.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(SlaState.FULFILLED);
        assertThat(first.fulfilledAt()).isEqualTo(at("10:40"));
        assertThat(first.breachedAt()).isNull();
        assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(40));
        assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(20));
        assertThat(eventsOf(report, SlaMetric.FIRST_RESPONSE)).containsExactly(
                new SlaEvent.Started(K, SlaMetric.FIRST_RESPONSE, 1, at("10:00")),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, at("10:30"), Percent.of(50)),
                new SlaEvent.Fulfilled(K, SlaMetric.FIRST_RESPONSE, 1, at("10:40")));
    }

    @Test
    void firstResponseBreachesAtTheTargetWhenTheReplyIsLate() {
        // Opened 10:00, target 1 h: warnings at 10:30 (50 %), 10:45 (75 %), 10:54 (90 % = 54 min),
        // breach at 11:00; the reply at 11:20 only stops the clock (80 min elapsed).
        SlaReport report = replay(POLICY, List.of(status("10:00", CaseStatus.NEW), agent("11:20")), at("12:00"));

        SlaMeasurement first = only(report, SlaMetric.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(SlaState.BREACHED);
        assertThat(first.breachedAt()).isEqualTo(at("11:00"));
        assertThat(first.stoppedAt()).isEqualTo(at("11:20"));
        assertThat(first.fulfilledAt()).isNull();
        assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(80));
        assertThat(first.remaining()).isZero();
        assertThat(eventsOf(report, SlaMetric.FIRST_RESPONSE)).containsExactly(
                new SlaEvent.Started(K, SlaMetric.FIRST_RESPONSE, 1, at("10:00")),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, at("10:30"), Percent.of(50)),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, at("10:45"), Percent.of(75)),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, at("10:54"), Percent.of(90)),
                new SlaEvent.Breached(K, SlaMetric.FIRST_RESPONSE, 1, at("11:00")),
                new SlaEvent.StoppedLate(K, SlaMetric.FIRST_RESPONSE, 1, at("11:20")));
    }

    @Test
    void replyExactlyAtTheTargetFulfils() {
        // Target 1 h from 10:00 is inclusive: a reply at 11:00 sharp is in time, no breach event.
        SlaReport report = replay(POLICY, List.of(status("10:00", CaseStatus.NEW), agent("11:00")), at("12:00"));

        assertThat(only(report, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.FULFILLED);
        assertThat(report.events()).noneMatch(e -> e instanceof SlaEvent.Breached && e.metric() == SlaMetric.FIRST_RESPONSE);
    }

    @Test
    void breachesAtTheTargetInstantWhenNothingStopsTheClock() {
        // As of 11:00 exactly, the 1 h target from 10:00 has been reached with no reply: BREACHED at 11:00.
        SlaReport report = replay(POLICY, List.of(status("10:00", CaseStatus.NEW)), at("11:00"));

        assertThat(only(report, SlaMetric.FIRST_RESPONSE).breachedAt()).isEqualTo(at("11:00"));
        assertThat(only(report, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
        assertThat(only(report, SlaMetric.FIRST_RESPONSE).stoppedAt()).isNull();
    }

    @Test
    void pendingPauseIsExcludedFromResolutionAndShiftsTheBreach() {
        // Resolution 8 h from 08:00; PENDING 10:00–13:00 pauses it. Running time: 08–10 = 2 h, so
        // from 13:00 another 6 h are needed: breach at 19:00 (16:00 without the pause).
        // Warnings: 50 % = 4 h → 13:00 + 2 h = 15:00; 75 % = 6 h → 17:00; 90 % = 7 h 12 min → 18:12.
        List<SlaInput> inputs = List.of(status("08:00", CaseStatus.OPEN), agent("08:30"),
                status("10:00", CaseStatus.PENDING), status("13:00", CaseStatus.OPEN));

        SlaReport duringPause = replay(POLICY, inputs, at("11:00"));
        SlaMeasurement paused = only(duringPause, SlaMetric.RESOLUTION);
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(paused.pausedTime()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.remaining()).isEqualTo(Duration.ofHours(6));

        SlaReport evening = replay(POLICY, inputs, at("20:00"));
        SlaMeasurement resolution = only(evening, SlaMetric.RESOLUTION);
        assertThat(resolution.state()).isEqualTo(SlaState.BREACHED);
        assertThat(resolution.breachedAt()).isEqualTo(at("19:00"));
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(resolution.pausedTime()).isEqualTo(Duration.ofHours(3));
        assertThat(eventsOf(evening, SlaMetric.RESOLUTION)).containsExactly(
                new SlaEvent.Started(K, SlaMetric.RESOLUTION, 1, at("08:00")),
                new SlaEvent.Paused(K, SlaMetric.RESOLUTION, 1, at("10:00")),
                new SlaEvent.Resumed(K, SlaMetric.RESOLUTION, 1, at("13:00")),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("15:00"), Percent.of(50)),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("17:00"), Percent.of(75)),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("18:12"), Percent.of(90)),
                new SlaEvent.Breached(K, SlaMetric.RESOLUTION, 1, at("19:00")));
        // The periodic update (from the 08:30 reply) is not paused by PENDING: 4 h → breach at 12:30.
        assertThat(only(evening, SlaMetric.PERIODIC_UPDATE).breachedAt()).isEqualTo(at("12:30"));
    }

    @Test
    void businessTimeTargetSkipsTheWeekendAndCountsRealHoursAcrossDst() {
        // Calendar Europe/Berlin Mon–Fri 09:00–17:00; first response 8 business hours.
        // Opened Fri 2026-10-23 15:00 CEST (13:00Z): Friday gives 2 h (until 17:00 CEST = 15:00Z).
        // Berlin falls back on Sun 2026-10-25 (03:00 CEST → 02:00 CET), so Monday 09:00 CET = 08:00Z.
        // 50 % = 4 h: 2 h Friday + 2 h Monday → Mon 11:00 CET = 10:00Z; 75 % = 6 h → 12:00Z;
        // 90 % = 7 h 12 min → Mon 14:12 CET = 13:12Z; breach at 8 h → Mon 15:00 CET = 14:00Z.
        // As of Mon 17:00 CET (16:00Z): elapsed 2 h + 8 h = 10 h, far less than the 75 h of wall time.
        BusinessCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        SlaPolicy policy = SlaPolicy.builder()
                .target(Priority.NORMAL, SlaMetric.FIRST_RESPONSE, SlaTarget.businessTime(Duration.ofHours(8), berlin))
                .build();
        Instant opened = Instant.parse("2026-10-23T13:00:00Z");
        Instant asOf = Instant.parse("2026-10-26T16:00:00Z");

        SlaReport report = SlaClock.create(policy, () -> asOf)
                .accept(new SlaInput.StatusChanged(new CaseEvent(K, opened, CaseStatus.NEW, Priority.NORMAL)))
                .report(K);

        SlaMeasurement first = only(report, SlaMetric.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(SlaState.BREACHED);
        assertThat(first.breachedAt()).isEqualTo(Instant.parse("2026-10-26T14:00:00Z"));
        assertThat(first.elapsed()).isEqualTo(Duration.ofHours(10));
        assertThat(report.events()).containsExactly(
                new SlaEvent.Started(K, SlaMetric.FIRST_RESPONSE, 1, opened),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-10-26T10:00:00Z"), Percent.of(50)),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-10-26T12:00:00Z"), Percent.of(75)),
                new SlaEvent.Warning(K, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-10-26T13:12:00Z"), Percent.of(90)),
                new SlaEvent.Breached(K, SlaMetric.FIRST_RESPONSE, 1, Instant.parse("2026-10-26T14:00:00Z")));
    }

    @Test
    void customLadderWarnsAtItsOwnLevels() {
        // Resolution 8 h from 08:00 with a ladder of 25 % and 87.5 %: 2 h → 10:00, 7 h → 15:00.
        SlaPolicy policy = POLICY.toBuilder().warningLadder(Percent.of(25), Percent.of(87.5)).build();

        SlaReport report = replay(policy, List.of(status("08:00", CaseStatus.OPEN)), at("15:30"));

        assertThat(eventsOf(report, SlaMetric.RESOLUTION)).containsExactly(
                new SlaEvent.Started(K, SlaMetric.RESOLUTION, 1, at("08:00")),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("10:00"), Percent.of(25)),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("15:00"), Percent.of(87.5)));
    }

    @Test
    void reopenStartsANewResolutionMeasurementAndKeepsTheFirst() {
        // OPEN 08:00, SOLVED 12:00 (4 h of 8 h: fulfilled), reopened 14:00: resolution #2 from 14:00,
        // 1 h elapsed as of 15:00. First response (1 h, never replied) breached at 09:00 and was
        // stopped by the solve; it is not measured again after the reopen.
        SlaReport report = replay(POLICY, List.of(status("08:00", CaseStatus.OPEN), status("12:00", CaseStatus.SOLVED),
                status("14:00", CaseStatus.OPEN)), at("15:00"));

        List<SlaMeasurement> resolutions = report.measurements(SlaMetric.RESOLUTION);
        assertThat(resolutions).hasSize(2);
        assertThat(resolutions.get(0).state()).isEqualTo(SlaState.FULFILLED);
        assertThat(resolutions.get(0).fulfilledAt()).isEqualTo(at("12:00"));
        assertThat(resolutions.get(0).elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(resolutions.get(1).sequence()).isEqualTo(2);
        assertThat(resolutions.get(1).state()).isEqualTo(SlaState.ACTIVE);
        assertThat(resolutions.get(1).startedAt()).isEqualTo(at("14:00"));
        assertThat(resolutions.get(1).elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(resolutions.get(1).remaining()).isEqualTo(Duration.ofHours(7));
        SlaMeasurement first = only(report, SlaMetric.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(SlaState.BREACHED);
        assertThat(first.breachedAt()).isEqualTo(at("09:00"));
        assertThat(first.stoppedAt()).isEqualTo(at("12:00"));
        assertThat(report.latest(SlaMetric.RESOLUTION)).contains(resolutions.get(1));
    }

    @Test
    void priorityChangeAppliesTheNewTargetToTheElapsedTimeFromThenOn() {
        // NORMAL resolution 8 h from 08:00; at 09:00 (1 h elapsed) the case becomes HIGH (2 h).
        // 50 % of 2 h = 1 h is already reached: warning at the change, 09:00. 75 % = 1.5 h → 09:30,
        // 90 % = 1 h 48 min → 09:48, breach at 2 h → 10:00 (under NORMAL the breach would be 16:00).
        SlaReport report = replay(POLICY, List.of(status(K, "08:00", CaseStatus.OPEN, Priority.NORMAL),
                status(K, "09:00", CaseStatus.OPEN, Priority.HIGH)), at("11:00"));

        SlaMeasurement resolution = only(report, SlaMetric.RESOLUTION);
        assertThat(resolution.priority()).isEqualTo(Priority.HIGH);
        assertThat(resolution.target().duration()).isEqualTo(Duration.ofHours(2));
        assertThat(resolution.breachedAt()).isEqualTo(at("10:00"));
        assertThat(eventsOf(report, SlaMetric.RESOLUTION)).containsExactly(
                new SlaEvent.Started(K, SlaMetric.RESOLUTION, 1, at("08:00")),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("09:00"), Percent.of(50)),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("09:30"), Percent.of(75)),
                new SlaEvent.Warning(K, SlaMetric.RESOLUTION, 1, at("09:48"), Percent.of(90)),
                new SlaEvent.Breached(K, SlaMetric.RESOLUTION, 1, at("10:00")));
        // HIGH has no first-response target in POLICY, so the running one keeps its NORMAL 1 h.
        assertThat(only(report, SlaMetric.FIRST_RESPONSE).target().duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void priorityChangeBeyondTheNewTargetBreachesAtTheChange() {
        // 3 h elapsed at 11:00 when the case becomes HIGH (2 h): all warnings and the breach at 11:00.
        SlaReport report = replay(POLICY, List.of(status(K, "08:00", CaseStatus.OPEN, Priority.NORMAL),
                status(K, "11:00", CaseStatus.OPEN, Priority.HIGH)), at("12:00"));

        assertThat(only(report, SlaMetric.RESOLUTION).breachedAt()).isEqualTo(at("11:00"));
        assertThat(eventsOf(report, SlaMetric.RESOLUTION)).filteredOn(e -> !(e instanceof SlaEvent.Started))
                .extracting(SlaEvent::at).containsOnly(at("11:00")).hasSize(4);
    }

    @Test
    void priorityRaisedAndSolvedAtTheSameInstantIsLateNotFulfilled() {
        // 3 h elapsed at 11:00 when one event both raises the case to HIGH (2 h) and solves it: the
        // lowered target was exceeded at the change, so the breach is at 11:00 and the stop is late.
        // (Found by the property test: the stop used to be checked before the new target.)
        SlaReport report = replay(POLICY, List.of(status(K, "08:00", CaseStatus.OPEN, Priority.NORMAL),
                status(K, "11:00", CaseStatus.SOLVED, Priority.HIGH)), at("12:00"));

        SlaMeasurement resolution = only(report, SlaMetric.RESOLUTION);
        assertThat(resolution.state()).isEqualTo(SlaState.BREACHED);
        assertThat(resolution.breachedAt()).isEqualTo(at("11:00"));
        assertThat(eventsOf(report, SlaMetric.RESOLUTION)).last()
                .isEqualTo(new SlaEvent.StoppedLate(K, SlaMetric.RESOLUTION, 1, at("11:00")));
    }

    @Test
    void policyChangeDoesNotRewriteMeasurementsThatStartedBefore() {
        // v1: first response 1 h, resolution 8 h. At 09:00 v2 takes over: first response 30 min,
        // resolution 2 h, no warnings. Case k-1 (opened 08:00, replied 08:45) keeps v1 entirely: its
        // first response is fulfilled (45 min, though v2 would call it late) and its resolution runs
        // against 8 h (4 h elapsed at 12:00; v2 would have breached at 10:00). Case k-2, opened 10:00,
        // is measured under v2: first response breached at 10:30, no warnings.
        SlaPolicy v1 = SlaPolicy.builder().name("p").version("1")
                .target(Priority.NORMAL, SlaMetric.FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofHours(1)))
                .target(Priority.NORMAL, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(8)))
                .build();
        SlaPolicy v2 = SlaPolicy.builder().name("p").version("2")
                .target(Priority.NORMAL, SlaMetric.FIRST_RESPONSE, SlaTarget.calendarTime(Duration.ofMinutes(30)))
                .target(Priority.NORMAL, SlaMetric.RESOLUTION, SlaTarget.calendarTime(Duration.ofHours(2)))
                .warningLadder(List.of())
                .build();
        List<SlaInput> caseOne = List.of(status("08:00", CaseStatus.OPEN), agent("08:45"));
        List<SlaInput> withChange = new ArrayList<>(caseOne);
        withChange.add(new SlaInput.PolicyChanged(v2, at("09:00")));
        withChange.add(status(K2, "10:00", CaseStatus.NEW, null));

        SlaClock clock = SlaClock.create(v1, () -> at("12:00")).acceptAll(withChange);
        SlaReport one = clock.report(K);
        SlaReport two = clock.report(K2);

        assertThat(one).isEqualTo(SlaClock.create(v1).acceptAll(caseOne).report(K, at("12:00")));
        assertThat(only(one, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.FULFILLED);
        assertThat(only(one, SlaMetric.FIRST_RESPONSE).policyVersion()).isEqualTo("1");
        assertThat(only(one, SlaMetric.RESOLUTION).state()).isEqualTo(SlaState.ACTIVE);
        assertThat(only(one, SlaMetric.RESOLUTION).remaining()).isEqualTo(Duration.ofHours(4));
        SlaMeasurement late = only(two, SlaMetric.FIRST_RESPONSE);
        assertThat(late.policyVersion()).isEqualTo("2");
        assertThat(late.breachedAt()).isEqualTo(at("10:30"));
        assertThat(two.events()).noneMatch(e -> e instanceof SlaEvent.Warning);
    }

    @Test
    void nextReplyStartsAtTheFirstCustomerReplyAfterAnAgentReply() {
        // Agent 08:30 (first response fulfilled); customer 09:00 starts next reply #1 (2 h), the
        // customer's 09:10 follow-up does not restart it; agent 10:30 fulfils it (1 h 30 min).
        // Customer 11:00 starts #2, breached at 13:00. Periodic updates (4 h): #1 08:30–10:30
        // fulfilled, #2 from 10:30 running, 3 h 30 min elapsed at 14:00 (75 % = 3 h was at 13:30).
        SlaReport report = replay(POLICY, List.of(status("08:00", CaseStatus.OPEN), customer("08:10"), agent("08:30"),
                customer("09:00"), customer("09:10"), agent("10:30"), customer("11:00")), at("14:00"));

        List<SlaMeasurement> nextReplies = report.measurements(SlaMetric.NEXT_REPLY);
        assertThat(nextReplies).hasSize(2);
        assertThat(nextReplies.get(0).startedAt()).isEqualTo(at("09:00"));
        assertThat(nextReplies.get(0).fulfilledAt()).isEqualTo(at("10:30"));
        assertThat(nextReplies.get(0).elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(nextReplies.get(1).breachedAt()).isEqualTo(at("13:00"));
        List<SlaMeasurement> updates = report.measurements(SlaMetric.PERIODIC_UPDATE);
        assertThat(updates).extracting(SlaMeasurement::state).containsExactly(SlaState.FULFILLED, SlaState.ACTIVE);
        assertThat(updates.get(1).elapsed()).isEqualTo(Duration.ofMinutes(210));
        assertThat(eventsOf(report, SlaMetric.PERIODIC_UPDATE)).last()
                .isEqualTo(new SlaEvent.Warning(K, SlaMetric.PERIODIC_UPDATE, 2, at("13:30"), Percent.of(75)));
    }

    @Test
    void solvingStopsEveryRunningMeasurementAndClosedIsFinal() {
        // Solved 08:40 after opening 08:00: first response (40 min of 1 h) and resolution are
        // fulfilled at 08:40. Closed 09:00; the reply and the reopen after it are ignored.
        SlaReport report = replay(POLICY, List.of(status("08:00", CaseStatus.OPEN), status("08:40", CaseStatus.SOLVED),
                status("09:00", CaseStatus.CLOSED), agent("09:30"), status("10:00", CaseStatus.OPEN)), at("12:00"));

        assertThat(report.measurements()).extracting(SlaMeasurement::state)
                .containsExactly(SlaState.FULFILLED, SlaState.FULFILLED);
        assertThat(report.measurements()).extracting(SlaMeasurement::stoppedAt).containsOnly(at("08:40"));
        assertThat(report.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void repliesBeforeTheCaseOpensAreIgnored() {
        SlaReport report = replay(POLICY, List.of(agent("07:00"), customer("07:30"), status("08:00", CaseStatus.NEW)),
                at("08:10"));

        assertThat(only(report, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.ACTIVE);
        assertThat(report.measurements(SlaMetric.PERIODIC_UPDATE)).isEmpty();
    }

    @Test
    void answersAsOfTheInjectedInstantSource() {
        AtomicReference<Instant> now = new AtomicReference<>(at("10:20"));
        SlaClock clock = SlaClock.create(POLICY, now::get).accept(status("10:00", CaseStatus.NEW));

        assertThat(only(clock.report(K), SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.ACTIVE);
        now.set(at("11:05"));
        assertThat(only(clock.report(K), SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void ignoresInputsAfterTheReportInstant() {
        // As of 10:30 the 10:40 reply has not happened yet.
        SlaReport report = replay(POLICY, List.of(status("10:00", CaseStatus.NEW), agent("10:40")), at("10:30"));

        assertThat(only(report, SlaMetric.FIRST_RESPONSE).state()).isEqualTo(SlaState.ACTIVE);
        assertThat(only(report, SlaMetric.FIRST_RESPONSE).elapsed()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void unknownCaseHasAnEmptyReport() {
        SlaReport report = replay(POLICY, List.of(status("10:00", CaseStatus.NEW)), at("11:00"));
        SlaReport unknown = SlaClock.create(POLICY).report(K2, at("11:00"));

        assertThat(report.measurements()).isNotEmpty();
        assertThat(unknown.measurements()).isEmpty();
        assertThat(unknown.status()).isNull();
    }

    @Test
    void sameInputsGiveEqualReportsWhateverTheOrderBatchesOrDuplicates() {
        List<SlaInput> inputs = List.of(status(K, "08:00", CaseStatus.NEW, Priority.NORMAL), agent("08:30"),
                customer("09:00"), status("09:15", CaseStatus.PENDING), customer("10:00"), status("10:00", CaseStatus.OPEN),
                status(K, "10:30", CaseStatus.OPEN, Priority.HIGH), agent("11:00"), status("11:30", CaseStatus.SOLVED),
                status("12:00", CaseStatus.OPEN), status(K2, "09:00", CaseStatus.NEW, null),
                new SlaInput.PolicyChanged(SlaPolicy.ofDefaults(), at("09:30")), new SlaInput.AgentReplied(K2, at("10:45")));
        Instant asOf = at("18:00");
        SlaClock reference = SlaClock.create(POLICY).acceptAll(inputs);

        List<SlaInput> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(7));
        SlaClock again = SlaClock.create(POLICY).acceptAll(inputs);
        SlaClock fromShuffled = SlaClock.create(POLICY).acceptAll(shuffled);
        SlaClock inTwoBatches = SlaClock.create(POLICY).acceptAll(inputs.subList(6, inputs.size()))
                .acceptAll(inputs.subList(0, 6));
        SlaClock withDuplicates = SlaClock.create(POLICY).acceptAll(inputs).acceptAll(inputs.subList(0, 4));

        assertThat(reference.reports(asOf)).hasSize(2);
        assertThat(again.reports(asOf)).isEqualTo(reference.reports(asOf));
        assertThat(fromShuffled.reports(asOf)).isEqualTo(reference.reports(asOf));
        assertThat(inTwoBatches.reports(asOf)).isEqualTo(reference.reports(asOf));
        assertThat(withDuplicates.reports(asOf)).isEqualTo(reference.reports(asOf));
    }

    @Test
    void statusAndRepliesAtTheSameInstantApplyStatusFirst() {
        // The customer's reply at 12:00 reopens the solved case at the same instant. Because status
        // changes come before replies, the reply lands on an open case and starts a next reply.
        SlaReport report = replay(POLICY, List.of(customer("12:00"), status("08:00", CaseStatus.OPEN), agent("09:00"),
                status("11:00", CaseStatus.SOLVED), status("12:00", CaseStatus.OPEN)), at("12:30"));

        assertThat(report.measurements(SlaMetric.NEXT_REPLY)).singleElement()
                .satisfies(m -> assertThat(m.startedAt()).isEqualTo(at("12:00")));
    }
}
