package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.Auditor;
import org.jspecify.annotations.Nullable;

/** The {@link Auditor}: compiled rules plus the settings each run gets. Immutable and thread-safe. */
public final class DefaultAuditor implements Auditor {

    private final AuditThresholds thresholds;
    private final BusinessCalendar calendar;
    private final ContactChecker checker;
    private final Duration maxDisorder;
    private final Duration grantHistory;
    private final Duration caseMemory;

    /**
     * Compiles the rules.
     *
     * @param thresholds the thresholds
     * @param calendar the business calendar
     * @param channelCalendars calendars of channels whose reply times keep other hours
     * @param policy the policy for OVER_AUTHORITY, or {@code null}
     * @param customRules custom DRL sources
     * @param maxDisorder how long a run holds contacts back to put them in order
     * @param grantHistory how long a run remembers grants
     * @param caseMemory how long a run keeps a quiet case's state
     */
    public DefaultAuditor(AuditThresholds thresholds, BusinessCalendar calendar,
            Map<Channel, BusinessCalendar> channelCalendars, @Nullable Policy policy,
            List<PolicySource> customRules, Duration maxDisorder, Duration grantHistory, Duration caseMemory) {
        this.thresholds = thresholds;
        this.calendar = calendar;
        this.checker = new ContactChecker(thresholds, calendar, channelCalendars, policy, customRules);
        this.maxDisorder = maxDisorder;
        this.grantHistory = grantHistory;
        this.caseMemory = caseMemory;
    }

    @Override
    public List<AuditFinding> checkContact(Interaction interaction, Instant asOf) {
        Checks.notNull(interaction, "interaction");
        Checks.notNull(asOf, "asOf");
        return checker.check(interaction, asOf, null);
    }

    @Override
    public AuditRun start(Instant asOf, Consumer<AuditFinding> sink) {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(sink, "sink");
        return new DefaultAuditRun(checker, thresholds, calendar, asOf, sink, maxDisorder, grantHistory, caseMemory);
    }

    @Override
    public AuditThresholds thresholds() {
        return thresholds;
    }

    @Override
    public BusinessCalendar calendar() {
        return calendar;
    }

    @Override
    public BusinessCalendar calendar(Channel channel) {
        return checker.calendar(Checks.notNull(channel, "channel"));
    }

    @Override
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>(checker.ruleNames());
        names.sort(null);
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return "Auditor[" + thresholds + ", " + calendar.zone() + ", " + checker.ruleNames().size() + " contact rules]";
    }
}
