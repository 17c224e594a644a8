package dev.cxkit.audit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;

/** Hand-written timelines for the audit tests: one phone contact on Monday 2026-03-02 and variations. */
final class Timelines {

    /** Monday 2026-03-02 10:00 in Berlin (09:00 UTC). */
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday to Friday 08:00–20:00, Berlin. */
    static final BusinessCalendar WEEKDAYS = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0)).build();
    static final Instant AS_OF = T0.plus(Duration.ofDays(1));

    /** Built once for all audit tests: compiling the rules takes a second. */
    static final Auditor AUDITOR = Auditor.builder().calendar(WEEKDAYS).policy(policy()).build();

    private static int seq;

    private Timelines() {
    }

    /** T1 refunds up to 50 EUR, at most 150 EUR per customer in 30 days; above that a team lead approves up to 500. */
    static Policy policy() {
        return Policy.compile(List.of(PolicySource.authorityMatrix("audit-test.csv",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                        + "refund-t1,REFUND,T1,*,50.00,500.00,TEAM_LEAD,EUR,150.00,P30D\n"
                        + "refund-t2,REFUND,T2,*,200.00,1000.00,MANAGER,EUR,600.00,P30D\n")));
    }

    /**
     * A phone contact of customer c-1 about billing.refund, queued at {@code at}, answered 20 s later,
     * ended 10 minutes after queuing, handled by agent a-1 (T1, team billing).
     */
    static Interaction.Builder phone(Instant at) {
        return contact("c-1", Channel.PHONE, at, "billing.refund");
    }

    static Interaction.Builder contact(String customer, Channel channel, Instant at, String reason) {
        return Interaction.builder(InteractionId.of("i-" + (++seq)), CustomerId.of(customer), channel)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing"))
                .reason(ContactReason.of(reason))
                .queuedAt(at)
                .answeredAt(at.plusSeconds(20))
                .endedAt(at.plus(Duration.ofMinutes(10)))
                .talk(Duration.ofMinutes(8));
    }

    /** A hold segment starting one minute after T0's answer. */
    static HoldSegment hold(long seconds, boolean explained, Long statedSeconds) {
        Instant start = T0.plusSeconds(80);
        return new HoldSegment(start, start.plusSeconds(seconds), explained,
                statedSeconds == null ? null : Duration.ofSeconds(statedSeconds));
    }

    static List<AuditFinding> check(Interaction interaction) {
        return AUDITOR.checkContact(interaction, AS_OF);
    }

    /** Runs a whole audit over contacts and case events, in the given order. */
    static Result run(Auditor auditor, Instant asOf, List<?> input) {
        List<AuditFinding> findings = new ArrayList<>();
        AuditRun run = auditor.start(asOf, findings::add);
        for (Object item : input) {
            if (item instanceof Interaction interaction) {
                run.accept(interaction);
            } else {
                run.accept((CaseEvent) item);
            }
        }
        return new Result(findings, run.finish());
    }

    record Result(List<AuditFinding> findings, AuditSummary summary) {

        List<AuditFinding> of(dev.cxkit.core.MistakeCode code) {
            return findings.stream().filter(f -> f.code() == code).toList();
        }
    }

    static DayOfWeek day(Instant at) {
        return at.atZone(BERLIN).getDayOfWeek();
    }
}
