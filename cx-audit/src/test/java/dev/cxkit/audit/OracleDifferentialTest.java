package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.WEEKDAYS;
import static dev.cxkit.audit.Timelines.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.Action;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The audit against {@link NaiveAuditOracle}, a plain second implementation of the catalog written
 * from docs/audit-catalog.md only (issue 26): on generated months and on hand-made near misses, any
 * verdict that one gives and the other does not fails the test, with both sides printed.
 */
class OracleDifferentialTest {

    /** The generator's default limits as the audit's default policy (AuthorityLimits, cx-core). */
    private static final String GENERATOR_MATRIX = AuthorityLimits.ofDefaults().toAuthorityMatrix();

    /** Israel's week: Sunday to Thursday 08:00–17:00 in Asia/Jerusalem, and one holiday (the first day of Pesach 2026). */
    private static final BusinessCalendar ISRAEL = BusinessCalendar.builder(ZoneId.of("Asia/Jerusalem"))
            .open(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))
            .open(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))
            .open(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))
            .open(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))
            .open(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))
            .holiday(LocalDate.of(2026, 4, 2)).build();

    static Stream<Arguments> months() {
        return Stream.of(
                // The generator's defaults (35 days, Berlin, Saturday mornings open) at 1 000 contacts a day, seed 7.
                Arguments.of("defaults, 1 000 a day, seed 7", GeneratorConfig.builder().seed(7).contactsPerDay(1_000).build()),
                // Eight weeks in Israel's week with a holiday, a smaller centre and more mistakes of the history codes.
                Arguments.of("Israel, 56 days, seed 11", GeneratorConfig.builder().seed(11).days(56).contactsPerDay(700)
                        .startDate(LocalDate.of(2026, 3, 2)).calendar(ISRAEL)
                        .mistakeRate(MistakeCode.NO_FOLLOW_UP, 0.3).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("months")
    void auditAndOracleAgreeOnAGeneratedMonth(String name, GeneratorConfig config) {
        List<Interaction> contacts = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                contacts.add(interaction);
            }

            @Override
            public void caseEvent(CaseEvent event) {
                events.add(event);
            }
        });
        Auditor auditor = Auditor.builder().calendar(config.calendar())
                .policy(Policy.compile(List.of(PolicySource.authorityMatrix("generator-authority.csv", GENERATOR_MATRIX))))
                .build();
        List<AuditFinding> findings = new ArrayList<>();
        // Fed as the command line feeds an export: case events merged ahead of the contacts by their time.
        AuditRun run = auditor.start(config.periodEnd(), findings::add);
        feedMerged(run, contacts, events);
        AuditSummary summary = run.finish();
        NaiveAuditOracle oracle = new NaiveAuditOracle(config.calendar(), GENERATOR_MATRIX)
                .judge(contacts, events, config.periodEnd());

        assertAgree(findings, oracle);
        assertThat(summary.notJudged()).isEqualTo(oracle.notJudged());
        // Not vacuous: every code has findings on both sides.
        Map<MistakeCode, Long> perCode = summary.findingsPerCode();
        assertThat(perCode).allSatisfy((code, count) -> assertThat(count).as(code.name()).isPositive());
    }

    /** Case events in time order, each fed before the first contact queued after it. */
    private static void feedMerged(AuditRun run, List<Interaction> contacts, List<CaseEvent> events) {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> a.at().compareTo(b.at()));
        int next = 0;
        for (Interaction contact : contacts) {
            while (next < sorted.size() && !sorted.get(next).at().isAfter(contact.queuedAt())) {
                run.accept(sorted.get(next++));
            }
            run.accept(contact);
        }
        while (next < sorted.size()) {
            run.accept(sorted.get(next++));
        }
    }

    private static void assertAgree(List<AuditFinding> findings, NaiveAuditOracle oracle) {
        List<String> audit = new ArrayList<>(findings.stream().map(NaiveAuditOracle::line).toList());
        audit.sort(null);
        List<String> naive = oracle.verdicts();
        // Multisets: a verdict given twice by one side and once by the other is a difference.
        Map<String, Integer> balance = new TreeMap<>();
        audit.forEach(v -> balance.merge(v, 1, Integer::sum));
        naive.forEach(v -> balance.merge(v, -1, Integer::sum));
        List<String> onlyAudit = new ArrayList<>();
        List<String> onlyOracle = new ArrayList<>();
        balance.forEach((verdict, n) -> {
            for (int k = 0; k < Math.abs(n); k++) {
                (n > 0 ? onlyAudit : onlyOracle).add(verdict);
            }
        });
        assertThat(onlyAudit).as("found by the audit, not by the oracle (the oracle's verdicts nearby: %s)",
                nearby(naive, onlyAudit)).isEmpty();
        assertThat(onlyOracle).as("found by the oracle, not by the audit (the audit's findings nearby: %s)",
                nearby(audit, onlyOracle)).isEmpty();
    }

    /** The other side's verdicts with the same code and subject as the first few differences. */
    private static List<String> nearby(List<String> other, List<String> differences) {
        List<String> result = new ArrayList<>();
        for (String difference : differences.subList(0, Math.min(10, differences.size()))) {
            String prefix = difference.substring(0, difference.lastIndexOf(' '));
            other.stream().filter(v -> v.startsWith(prefix)).forEach(result::add);
        }
        return result;
    }

    // ------------------------------------------------------------------ near misses

    private static final String MATRIX = "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
            + "refund-t1,REFUND,T1,*,50.00,500.00,TEAM_LEAD,EUR,150.00,P30D\n"
            + "refund-t2,REFUND,T2,*,200.00,1000.00,MANAGER,EUR,600.00,P30D\n";
    /** Seven weeks after Monday 2026-03-02 10:00 Berlin: Monday 2026-04-20 09:00 UTC. */
    private static final Instant AS_OF = T0.plus(Duration.ofDays(49));
    private static int customers;

    private static String customer() {
        return "n-" + (++customers);
    }

    private static Interaction.Builder phone(Instant at) {
        return contact(customer(), Channel.PHONE, at, "billing.refund");
    }

    private static HoldSegment hold(Instant answered, Duration length, Boolean explained, Duration stated) {
        Instant start = answered.plusSeconds(10);
        return new HoldSegment(start, start.plus(length), explained, stated);
    }

    @Test
    void auditAndOracleAgreeOnTheNearMisses() {
        List<Interaction> contacts = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();
        Instant day = T0;
        Duration nano = Duration.ofNanos(1);

        // Holds: long at 5 min exactly and just over; over the stated wait at ×1.5 and + 30 s, exactly and just over;
        // many short holds adding up; flags absent, false, true.
        Instant answered = day.plusSeconds(20);
        for (Duration length : List.of(Duration.ofMinutes(5), Duration.ofMinutes(5).plus(nano), Duration.ofSeconds(299))) {
            contacts.add(phone(day).addHold(hold(answered, length, true, null)).build());
        }
        for (long[] sa : new long[][] {{30, 45}, {30, 60}, {100, 150}, {100, 151}, {0, 30}, {0, 31}}) {
            Duration stated = Duration.ofSeconds(sa[0]);
            contacts.add(phone(day).addHold(hold(answered, Duration.ofSeconds(sa[1]), true, stated)).build());
            contacts.add(phone(day).addHold(hold(answered, Duration.ofSeconds(sa[1]).plus(nano), true, stated)).build());
        }
        Interaction.Builder threeHolds = phone(day);
        for (int i = 0; i < 3; i++) {
            Instant start = answered.plusSeconds(10 + 130L * i);
            threeHolds.addHold(new HoldSegment(start, start.plusSeconds(120), i == 1 ? null : Boolean.FALSE, null));
        }
        contacts.add(threeHolds.build());
        contacts.add(phone(day).addHold(hold(answered, Duration.ofSeconds(30), null, Duration.ofSeconds(10))).build());

        // First replies at their limits: phone 60 s, chat 45 s, social by its answer, e-mail 24 business hours
        // (Monday 10:00 → Wednesday 10:00 Berlin with 12-hour weekdays), messaging 15 business minutes.
        for (long wait : new long[] {60, 61}) {
            contacts.add(contact(customer(), Channel.PHONE, day, "orders.where").answeredAt(day.plusSeconds(wait))
                    .endedAt(day.plusSeconds(600)).build());
        }
        for (Duration reply : List.of(Duration.ofSeconds(45), Duration.ofSeconds(45).plus(nano))) {
            contacts.add(contact(customer(), Channel.CHAT, day, "orders.where").answeredAt(day.plusSeconds(5))
                    .firstReplyAt(day.plus(reply)).endedAt(day.plusSeconds(600)).build());
            contacts.add(contact(customer(), Channel.SOCIAL, day, "orders.where").answeredAt(day.plus(reply))
                    .endedAt(day.plusSeconds(600)).build());
        }
        Instant wednesday = Instant.parse("2026-03-04T09:00:00Z");
        for (Duration extra : List.of(Duration.ZERO, nano)) {
            contacts.add(contact(customer(), Channel.EMAIL, day, "account.login").answeredAt(wednesday.plus(extra))
                    .endedAt(wednesday.plusSeconds(300)).build());
            contacts.add(contact(customer(), Channel.MESSAGING, day, "account.login")
                    .answeredAt(day.plus(Duration.ofMinutes(15)).plus(extra)).endedAt(day.plusSeconds(3600)).build());
        }
        contacts.add(contact(customer(), Channel.MESSAGING, Instant.parse("2026-03-06T18:55:00Z"), "account.login")
                .answeredAt(Instant.parse("2026-03-09T07:10:00Z")).endedAt(Instant.parse("2026-03-09T07:30:00Z")).build());
        contacts.add(contact(customer(), Channel.SELF_SERVICE, day, "account.login").answeredAt(day.plus(Duration.ofHours(3)))
                .endedAt(day.plus(Duration.ofHours(4))).build());
        contacts.add(contact(customer(), Channel.CHAT, day, "account.login").answeredAt(null)
                .endedAt(day.plusSeconds(400)).build());

        // A flat export's contacts: hold time and transfers not recorded (not judged), answered and abandoned.
        contacts.add(phone(day).notRecorded(dev.cxkit.core.InteractionFact.HOLD, dev.cxkit.core.InteractionFact.TRANSFERS).build());
        contacts.add(phone(day).answeredAt(null).endedAt(day.plusSeconds(30))
                .notRecorded(dev.cxkit.core.InteractionFact.HOLD, dev.cxkit.core.InteractionFact.TRANSFERS).build());

        // Transfers and cues: flags absent, false, true; summaries absent, blank, present; escalations on the way.
        contacts.add(phone(day).addTransfer(new Transfer(day.plusSeconds(100), null, Tier.T2, null, null))
                .addTransfer(new Transfer(day.plusSeconds(200), null, Tier.T1, false, "  "))
                .addTransfer(new Transfer(day.plusSeconds(300), null, Tier.T2, true, "Tried the reset")).build());
        contacts.add(phone(day).addEmotionalCue(new EmotionalCue(day.plusSeconds(60), "frustrated", null))
                .addEmotionalCue(new EmotionalCue(day.plusSeconds(90), "angry", false))
                .customerRepeatedInformation(true).build());

        // Promises at their deadlines; one fulfilled after asOf.
        Instant due = day.plus(Duration.ofDays(2));
        Object[][] promises = {{due, Duration.ZERO}, {due.plusSeconds(60), Duration.ofMinutes(1)},
            {due.plusSeconds(61), Duration.ofMinutes(1)}, {null, Duration.ZERO}, {AS_OF.plusSeconds(1), Duration.ZERO}};
        for (Object[] p : promises) {
            contacts.add(phone(day).addPromise(new Promise(PromiseId.of("p"), PromiseKind.REFUND, day.plusSeconds(500), due,
                    (Duration) p[1], (Instant) p[0], null)).build());
        }
        contacts.add(phone(day).addPromise(new Promise(PromiseId.of("p"), PromiseKind.FIX_BY, day.plusSeconds(500),
                AS_OF.plusSeconds(3600), Duration.ZERO, null, null)).build());

        // Feedback: the middle of the scale, exactly 14 days, one second more, closed late, closed after asOf.
        Instant received = day.plusSeconds(900);
        Object[][] surveys = {{3, null, Priority.NORMAL, null}, {2, null, Priority.NORMAL, received.plus(Duration.ofDays(14))},
            {2, null, Priority.NORMAL, received.plus(Duration.ofDays(14)).plusSeconds(1)}, {null, 6, Priority.LOW, received.plus(Duration.ofDays(20))},
            {null, 7, Priority.NORMAL, null}, {5, 9, Priority.HIGH, null}, {1, null, Priority.NORMAL, AS_OF.plusSeconds(60)}};
        for (Object[] f : surveys) {
            contacts.add(phone(day).feedback(new Feedback(f[0] == null ? null : CsatScore.of((Integer) f[0], 5), null,
                    (Integer) f[1], null, List.of(), (Priority) f[2], received, (Instant) f[3])).build());
        }
        // Received 15 days before asOf, closed after it: open for 15 days at asOf.
        Instant late = AS_OF.minus(Duration.ofDays(15));
        contacts.add(contact(customer(), Channel.PHONE, late, "billing.refund").feedback(Feedback.builder(late.plusSeconds(900))
                .csat(CsatScore.of(1, 5)).loopClosedAt(AS_OF.plusSeconds(1)).build()).build());

        // Grants at the limit and over it, and a 30-day cap reached exactly and passed, and left behind.
        String payer = customer();
        Instant g0 = day.plus(Duration.ofDays(1));
        contacts.add(contact(payer, Channel.PHONE, g0, "billing.refund").addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).build());
        contacts.add(contact(payer, Channel.PHONE, g0.plus(Duration.ofDays(10)), "orders.where")
                .addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).build());
        // 30 days later the first refund has left the window (at − 30 days, at]: 100 + 50 is the cap exactly.
        contacts.add(contact(payer, Channel.PHONE, g0.plus(Duration.ofDays(30)), "orders.late")
                .addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).build());
        contacts.add(contact(payer, Channel.PHONE, g0.plus(Duration.ofDays(30)).plusSeconds(1), "orders.late")
                .addGrant(new Grant(Action.REFUND, Money.of("0.01", "EUR"))).build());
        contacts.add(contact(customer(), Channel.PHONE, g0, "billing.refund").addGrant(new Grant(Action.REFUND, Money.of("50.01", "EUR"))).build());
        contacts.add(contact(customer(), Channel.PHONE, g0, "billing.refund").addGrant(new Grant(Action.CREDIT, Money.of("1.00", "EUR"))).build());

        // Repeats: at the window and just past it, the same instant, abandoned on both ends, no reason.
        for (Duration gap : List.of(Duration.ofDays(7), Duration.ofDays(7).plus(nano), Duration.ZERO)) {
            String who = customer();
            contacts.add(contact(who, Channel.EMAIL, day.plus(Duration.ofDays(2)), "orders.where").build());
            contacts.add(contact(who, Channel.CHAT, day.plus(Duration.ofDays(2)).plus(gap), "orders.where").build());
        }
        String quitter = customer();
        contacts.add(contact(quitter, Channel.PHONE, day.plus(Duration.ofDays(3)), "orders.late").answeredAt(null)
                .endedAt(day.plus(Duration.ofDays(3)).plusSeconds(90)).build());
        contacts.add(contact(quitter, Channel.PHONE, day.plus(Duration.ofDays(4)), "orders.late").answeredAt(null)
                .endedAt(day.plus(Duration.ofDays(4)).plusSeconds(90)).build());

        // Cases: reopens from SOLVED and CLOSED, SOLVED → CLOSED; follow-ups by a contact at the deadline exactly and
        // one second late, by a promise fulfilled at the resolution, after an escalation in a later contact, a
        // priority raised after the resolution, a case no contact names.
        Instant monday = T0.plus(Duration.ofDays(7));
        Instant deadline = Instant.parse("2026-03-11T19:00:00Z");
        Object[][] cases = {
            {"k-reopen", Priority.NORMAL, new CaseStatus[] {CaseStatus.SOLVED, CaseStatus.CLOSED, CaseStatus.OPEN, CaseStatus.SOLVED,
                CaseStatus.PENDING}, null, null},
            {"k-at-deadline", Priority.HIGH, new CaseStatus[] {CaseStatus.SOLVED}, deadline, null},
            {"k-late", Priority.URGENT, new CaseStatus[] {CaseStatus.SOLVED, CaseStatus.CLOSED}, deadline.plusSeconds(1), null},
            {"k-closed", Priority.HIGH, new CaseStatus[] {CaseStatus.CLOSED}, null, null},
            {"k-promise", Priority.HIGH, new CaseStatus[] {CaseStatus.SOLVED}, null, "promise"},
            {"k-raised", Priority.NORMAL, new CaseStatus[] {CaseStatus.SOLVED, CaseStatus.SOLVED}, null, "raise"},
            {"k-escalated-later", Priority.NORMAL, new CaseStatus[] {CaseStatus.SOLVED, CaseStatus.OPEN, CaseStatus.SOLVED}, null,
                "escalate"}};
        for (Object[] c : cases) {
            CaseId id = CaseId.of((String) c[0]);
            String who = customer();
            Instant resolved = monday.plus(Duration.ofHours(2));
            Interaction.Builder opening = contact(who, Channel.PHONE, monday, "tech.crash").caseId(id);
            if ("promise".equals(c[4])) {
                opening.addPromise(new Promise(PromiseId.of("f"), PromiseKind.FOLLOW_UP, monday.plusSeconds(500),
                        resolved.plusSeconds(60), Duration.ZERO, resolved, null));
            }
            contacts.add(opening.build());
            events.add(new CaseEvent(id, monday.plusSeconds(60), CaseStatus.NEW, (Priority) c[1]));
            Instant at = resolved;
            for (CaseStatus status : (CaseStatus[]) c[2]) {
                Priority raised = "raise".equals(c[4]) && status == CaseStatus.SOLVED && at.isAfter(resolved) ? Priority.HIGH : null;
                events.add(new CaseEvent(id, at, status, raised));
                if ("escalate".equals(c[4]) && status == CaseStatus.OPEN) {
                    contacts.add(contact(who, Channel.PHONE, at.plusSeconds(60), "tech.crash").caseId(id)
                            .addTransfer(new Transfer(at.plusSeconds(200), null, Tier.T2, true, "Escalated")).build());
                }
                at = at.plus(Duration.ofHours(5));
            }
            if (c[3] != null) {
                contacts.add(contact(who, Channel.EMAIL, (Instant) c[3], "orders.where").build());
            }
        }
        events.add(new CaseEvent(CaseId.of("k-nobody"), monday, CaseStatus.NEW, Priority.URGENT));
        events.add(new CaseEvent(CaseId.of("k-nobody"), monday.plusSeconds(600), CaseStatus.SOLVED, null));

        // Spikes: five complete weeks of one reason, the fifth exactly at mean + 3 sd of the four before and once above.
        // Counts 10, 12, 8, 10: mean 10, sample sd 1.633, mean + 3 sd = 14.9; 15 is a spike, 14 is not.
        int[][] weekly = {{10, 12, 8, 10, 15, 9}, {10, 12, 8, 10, 14, 9}};
        for (int r = 0; r < weekly.length; r++) {
            for (int w = 0; w < weekly[r].length; w++) {
                for (int i = 0; i < weekly[r][w]; i++) {
                    contacts.add(contact(customer(), Channel.PHONE, T0.plus(Duration.ofDays(7L * w)).plusSeconds(3600 + i),
                            r == 0 ? "spike.up" : "spike.flat").build());
                }
            }
        }

        // Bot sessions: a dead end followed by a call, a dead end with nothing after it, and the near misses
        // (handed over with the conversation, failed after an offer of a person, offer not recorded).
        String bots = customer();
        SelfServiceSession[] sessions = {
            new SelfServiceSession(SelfServiceSession.Outcome.ABANDONED, 7, false, null),
            new SelfServiceSession(SelfServiceSession.Outcome.LOOPED, 20, false, null),
            new SelfServiceSession(SelfServiceSession.Outcome.HANDED_OVER, 4, true, true),
            new SelfServiceSession(SelfServiceSession.Outcome.ABANDONED, 5, true, null),
            new SelfServiceSession(SelfServiceSession.Outcome.LOOPED, 11, null, null)};
        for (int i = 0; i < sessions.length; i++) {
            Instant at = T0.plus(Duration.ofDays(3 + 2L * i));
            contacts.add(contact(i == 0 ? bots : customer(), Channel.SELF_SERVICE, at, "bots.where").agent(null, null, null)
                    .endedAt(at.plusSeconds(300)).talk(null).selfService(sessions[i]).build());
        }
        contacts.add(contact(bots, Channel.PHONE, T0.plus(Duration.ofDays(4)), "bots.where").build());

        // The period: a contact at asOf is in it, one a nanosecond later is not.
        contacts.add(contact(customer(), Channel.PHONE, AS_OF.minusSeconds(20), "orders.where").answeredAt(AS_OF)
                .endedAt(AS_OF).build());
        contacts.add(contact(customer(), Channel.PHONE, AS_OF, "orders.where").answeredAt(null).endedAt(AS_OF).build());
        contacts.add(contact(customer(), Channel.PHONE, AS_OF.plus(nano), "orders.where").answeredAt(AS_OF.plusSeconds(90))
                .endedAt(AS_OF.plusSeconds(600)).build());

        // Escalation patterns: four teams of 20 handled contacts, one escalating 18 of them.
        String[] teams = {"billing", "orders", "tech", "account"};
        for (int t = 0; t < teams.length; t++) {
            for (int i = 0; i < 20; i++) {
                Instant at = T0.plus(Duration.ofDays(20)).plusSeconds(60L * (20 * t + i));
                Interaction.Builder b = contact(customer(), Channel.PHONE, at, teams[t] + ".other")
                        .agent(dev.cxkit.core.AgentId.of("e-" + t), Tier.T1, dev.cxkit.core.TeamId.of(teams[t]));
                if (i < (t == 2 ? 18 : 2)) {
                    b.addTransfer(new Transfer(at.plusSeconds(100), null, Tier.T2, true, "Tried the usual"));
                }
                contacts.add(b.build());
            }
        }

        contacts.sort((a, b) -> a.queuedAt().compareTo(b.queuedAt()));
        events.sort((a, b) -> a.at().compareTo(b.at()));
        Auditor auditor = Auditor.builder().calendar(WEEKDAYS)
                .policy(Policy.compile(List.of(PolicySource.authorityMatrix("near-miss.csv", MATRIX)))).build();
        List<AuditFinding> findings = new ArrayList<>();
        AuditRun run = auditor.start(AS_OF, findings::add);
        feedMerged(run, contacts, events);
        AuditSummary summary = run.finish();
        NaiveAuditOracle oracle = new NaiveAuditOracle(WEEKDAYS, MATRIX).judge(contacts, events, AS_OF);

        assertAgree(findings, oracle);
        assertThat(summary.notJudged()).isEqualTo(oracle.notJudged());
        assertThat(summary.uncheckedFollowUps()).isEqualTo(oracle.uncheckedFollowUps()).isEqualTo(1);
        assertThat(summary.contactsAfterAsOf()).isEqualTo(1);
        // The near misses are near: most codes fire somewhere in the set, and most cases above do not.
        Map<MistakeCode, Long> perCode = new TreeMap<>(summary.findingsPerCode());
        assertThat(perCode).allSatisfy((code, count) -> assertThat(count).as(code.name()).isPositive());
    }
}
