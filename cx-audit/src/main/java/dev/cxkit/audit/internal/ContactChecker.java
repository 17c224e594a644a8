package dev.cxkit.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Money;
import dev.cxkit.core.Promise;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicyProblem;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRuleException;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.spi.AuditFindings;
import dev.cxkit.audit.spi.AuditedContact;
import dev.cxkit.audit.spi.ContactCue;
import dev.cxkit.audit.spi.ContactFeedback;
import dev.cxkit.audit.spi.ContactGrant;
import dev.cxkit.audit.spi.ContactHold;
import dev.cxkit.audit.spi.ContactPromise;
import dev.cxkit.audit.spi.ContactTransfer;
import dev.cxkit.audit.spi.GrantCheck;
import dev.cxkit.rules.internal.drools.DrlGlobals;
import dev.cxkit.rules.internal.drools.DrlUnit;
import dev.cxkit.rules.internal.drools.FactSessionPool;
import org.jspecify.annotations.Nullable;

/**
 * The per-contact checks: turns an interaction into rule facts, asks the policy about its grants,
 * and fires the DRL rules on a pooled session. Thread-safe.
 */
final class ContactChecker {

    static final String BUILT_IN = "dev/cxkit/audit/contact-checks.drl";
    /** The global the built-in rules read the thresholds from. */
    static final String THRESHOLDS_GLOBAL = "thresholds";
    /** The global the built-in rules report to: the session's own collector. */
    static final String FINDINGS_GLOBAL = "findings";
    private static final int MAX_FIRINGS = 10_000;

    /** The calendar of each channel's reply times: the channel's own or the auditor's. */
    private final BusinessCalendar[] calendars = new BusinessCalendar[Channel.values().length];
    private final @Nullable Policy policy;
    private final FactSessionPool sessions;

    ContactChecker(AuditThresholds thresholds, BusinessCalendar calendar, Map<Channel, BusinessCalendar> channelCalendars,
            @Nullable Policy policy, List<PolicySource> customRules) {
        for (Channel channel : Channel.values()) {
            calendars[channel.ordinal()] = channelCalendars.getOrDefault(channel, calendar);
        }
        this.policy = policy;
        checkGlobals(customRules);
        List<DrlUnit> units = new ArrayList<>();
        units.add(new DrlUnit("contact-checks.drl", builtInDrl(), null));
        for (PolicySource source : customRules) {
            units.add(new DrlUnit(source.name(), source.content(), null));
        }
        // The built-in rules read both through globals; custom rules may match them as facts.
        this.sessions = FactSessionPool.compile(units, List.of(thresholds), Map.of(THRESHOLDS_GLOBAL, thresholds),
                AuditFindings::new, FINDINGS_GLOBAL, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    /**
     * Custom rules may declare the two globals the audit binds, with their types; any other global
     * would stay {@code null}, and a mistyped one fails to compile with errors in the built-in rules
     * (which share the name), so both are reported here, at the declaration.
     */
    private static void checkGlobals(List<PolicySource> customRules) {
        List<PolicyProblem> problems = new ArrayList<>();
        for (PolicySource source : customRules) {
            for (DrlGlobals.Declared global : DrlGlobals.declaredIn(source.content())) {
                Class<?> bound = THRESHOLDS_GLOBAL.equals(global.name()) ? AuditThresholds.class
                        : FINDINGS_GLOBAL.equals(global.name()) ? AuditFindings.class : null;
                if (bound == null) {
                    problems.add(new PolicyProblem(source.name(), global.line(), global.column(), "global '"
                            + Checks.abbreviate(global.name()) + "' is never set by the audit, which binds only '"
                            + THRESHOLDS_GLOBAL + "' (AuditThresholds) and '" + FINDINGS_GLOBAL
                            + "' (AuditFindings). Maybe match a fact instead, such as $c : AuditedContact()?"));
                } else if (!global.names(bound)) {
                    problems.add(new PolicyProblem(source.name(), global.line(), global.column(), "global '"
                            + global.name() + "' is declared as " + Checks.abbreviate(global.type())
                            + ", but the audit binds it to " + bound.getName() + ". Maybe declare it as "
                            + bound.getSimpleName() + ", or give your global another name?"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyCompilationException(problems);
        }
    }

    static String builtInDrl() {
        try (InputStream in = ContactChecker.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("The built-in audit rules (" + BUILT_IN + ") are missing from the class path.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in audit rules " + BUILT_IN + ".", e);
        }
    }

    BusinessCalendar calendar(Channel channel) {
        return calendars[channel.ordinal()];
    }

    List<String> ruleNames() {
        return sessions.ruleNames();
    }

    /**
     * Checks one contact.
     *
     * @param interaction the contact
     * @param asOf the instant of judgement
     * @param history earlier grants (a run's window, which this call adds the contact's grants to),
     *     or {@code null} for none (a fresh window holds the contact's own grants)
     * @return the findings
     */
    List<AuditFinding> check(Interaction interaction, Instant asOf, @Nullable GrantWindow history) {
        AuditedContact contact = AuditedContact.of(interaction, asOf, calendars[interaction.channel().ordinal()]);
        int size = 1 + interaction.holds().size() + interaction.transfers().size() + interaction.emotionalCues().size()
                + interaction.promises().size() + interaction.grants().size() + (interaction.feedback() != null ? 1 : 0);
        Object[] facts = new Object[size];
        int n = 0;
        facts[n++] = contact;
        List<HoldSegment> holds = interaction.holds();
        for (int i = 0; i < holds.size(); i++) {
            facts[n++] = ContactHold.of(contact, i, holds.get(i));
        }
        Tier current = interaction.agentTier();
        List<Transfer> transfers = interaction.transfers();
        for (int i = 0; i < transfers.size(); i++) {
            Transfer transfer = transfers.get(i);
            Tier to = transfer.toTier();
            boolean escalation = to != null && current != null && to.isAbove(current);
            if (to != null) {
                current = to;
            }
            facts[n++] = new ContactTransfer(contact, i, transfer, transfer.at(), transfer.warm(),
                    transfer.hasHandoffSummary(), escalation);
        }
        for (int i = 0; i < interaction.emotionalCues().size(); i++) {
            var cue = interaction.emotionalCues().get(i);
            facts[n++] = new ContactCue(contact, i, cue, cue.at(), cue.cue(), cue.acknowledged());
        }
        for (Promise promise : interaction.promises()) {
            facts[n++] = new ContactPromise(contact, promise, promise.outcomeAt(asOf));
        }
        if (interaction.feedback() != null) {
            facts[n++] = ContactFeedback.of(contact, interaction.feedback());
        }
        if (!interaction.grants().isEmpty()) {
            n = addGrants(facts, n, contact, history);
        }
        try {
            return sessions.fire(facts, n, MAX_FIRINGS, collector -> ((AuditFindings) collector).drain());
        } catch (FactSessionPool.FiringException e) {
            String message = "The audit of interaction " + interaction.id() + " failed: " + e.getMessage();
            throw e.getCause() == null ? new AuditRuleException(message) : new AuditRuleException(message, e.getCause());
        }
    }

    private int addGrants(Object[] facts, int n, AuditedContact contact, @Nullable GrantWindow history) {
        Interaction interaction = contact.interaction();
        AgentId agent = interaction.agentId();
        Tier tier = interaction.agentTier();
        boolean checkable = policy != null && agent != null && tier != null;
        GrantWindow ledger = history != null ? history : new GrantWindow(Duration.ofDays(1));
        Segment segment = interaction.customerSegment() != null ? interaction.customerSegment() : Segment.STANDARD;
        List<Grant> grants = interaction.grants();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            GrantCheck check = GrantCheck.NOT_CHECKED;
            Decision decision = null;
            if (checkable) {
                DecisionRequest request = DecisionRequest.builder()
                        .agent(agent, tier)
                        .action(grant.action(), grant.amount())
                        .customer(interaction.customerId(), segment)
                        .channel(interaction.channel())
                        .at(interaction.queuedAt())
                        .requestId(interaction.id().value())
                        .build();
                decision = policy.decide(request, ledger);
                check = decision instanceof Allowed ? GrantCheck.ALLOWED
                        : decision instanceof NeedsApproval ? GrantCheck.NEEDS_APPROVAL : GrantCheck.DENIED;
            }
            if (agent != null && grant.amount() instanceof Money money) {
                ledger.record(interaction.customerId(), agent, grant.action(), money, interaction.queuedAt());
            }
            facts[n++] = new ContactGrant(contact, i, grant, grant.action(), check, decision);
        }
        return n;
    }
}
