package dev.cxkit.flink.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.flink.internal.RepeatProbe;
import dev.cxkit.flink.internal.SortedState;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.audit.CrossContactJudge.RepeatCandidate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * REPEAT_CONTACT keyed by customer and reason, with the rule of the single-machine audit run: a
 * contact is compared with the latest contact of its key queued strictly before it, and
 * {@link CrossContactJudge#repeatContact} says whether that one is at most the repeat window earlier
 * (inclusive) and builds the finding; contacts at the same instant do not repeat each other, and of
 * several earlier contacts at the same instant the one with the smallest id is named (the
 * single-machine run names the first it was fed).
 *
 * <p>State per key: its recent contacts, sorted by {@code queuedAt} and id. A contact is decided by an
 * event-time timer at {@code queuedAt + allowed lateness + 1 ms}: by then every contact that could
 * precede it has passed the {@link AuditGate}. At each timer the contacts that no later contact can
 * repeat (more than one window old) are dropped; when none is undecided, a last timer clears the key
 * once its latest contact has left the window. So a key's state lives one repeat window (plus the
 * allowed lateness) after its last contact, in event time (Flink's state TTL counts processing time).
 */
public final class RepeatCheck extends KeyedProcessFunction<String, RepeatProbe, AuditFinding> {

    private static final long serialVersionUID = 1L;
    private static final Comparator<RepeatProbe> ORDER =
            Comparator.comparing(RepeatProbe::queuedAt).thenComparing(RepeatProbe::id);

    private final Duration window;
    private final long delayMillis;
    private transient @Nullable ValueState<List<RepeatProbe>> contacts;

    /**
     * Creates the check.
     *
     * @param settings the repeat window and the allowed lateness
     */
    public RepeatCheck(AuditSettings settings) {
        this.window = settings.repeatWindow();
        this.delayMillis = settings.allowedLatenessMillis() + 1;
    }

    @Override
    public void open(OpenContext openContext) {
        contacts = getRuntimeContext().getState(new ValueStateDescriptor<>("cxkit-audit-repeat-contacts",
                Types.LIST(TypeInformation.of(RepeatProbe.class))));
    }

    private ValueState<List<RepeatProbe>> state() {
        if (contacts == null) {
            throw new IllegalStateException("RepeatCheck used before open().");
        }
        return contacts;
    }

    @Override
    public void processElement(RepeatProbe probe, Context ctx, Collector<AuditFinding> out) throws Exception {
        SortedState.insert(state(), probe, ORDER);
        ctx.timerService().registerEventTimeTimer(probe.queuedAt().toEpochMilli() + delayMillis);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AuditFinding> out) throws Exception {
        List<RepeatProbe> list = state().value();
        if (list == null) {
            return;
        }
        long due = timestamp - delayMillis;
        int n = list.size();
        int firstPending = n;
        for (int i = 0; i < n; i++) {
            RepeatProbe contact = list.get(i);
            long at = contact.queuedAt().toEpochMilli();
            if (at > due) {
                firstPending = i;
                break;
            }
            if (at < due) {
                continue;
            }
            RepeatProbe earlier = earlier(list, i);
            if (earlier != null) {
                CrossContactJudge.repeatContact(window, candidate(contact), InteractionId.of(earlier.id()),
                        earlier.queuedAt()).ifPresent(out::collect);
            }
        }
        // Every contact still to come, pending or not yet arrived, is queued after `due` (earlier ones are late by
        // now), so contacts more than one window before due + 1 ms can no longer be anyone's earlier contact.
        Instant horizon = Instant.ofEpochMilli(due + 1).minus(window);
        int drop = 0;
        while (drop < n && list.get(drop).queuedAt().isBefore(horizon)) {
            drop++;
        }
        if (drop == n) {
            state().clear();
            return;
        }
        if (drop > 0) {
            state().update(new ArrayList<>(list.subList(drop, n)));
        }
        if (firstPending == n) {
            // Nothing pending: wake up when the latest contact has left the window, to clear the key.
            ctx.timerService().registerEventTimeTimer(list.get(n - 1).queuedAt().plus(window).toEpochMilli() + 1 + delayMillis);
        }
    }

    /** The first (smallest id) of the latest contacts queued strictly before the i-th, or {@code null}. */
    private static @Nullable RepeatProbe earlier(List<RepeatProbe> list, int i) {
        int j = i - 1;
        while (j >= 0 && !list.get(j).queuedAt().isBefore(list.get(i).queuedAt())) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        while (j > 0 && list.get(j - 1).queuedAt().equals(list.get(j).queuedAt())) {
            j--;
        }
        return list.get(j);
    }

    /** The facts the finding names, as the single-machine run takes them from the interaction. */
    private static RepeatCandidate candidate(RepeatProbe contact) {
        String caseId = contact.caseId();
        String agentId = contact.agentId();
        String team = contact.team();
        return new RepeatCandidate(InteractionId.of(contact.id()), contact.queuedAt(), ContactReason.of(Checks.notNull(contact.reason(), "reason")),
                caseId == null ? null : CaseId.of(caseId), agentId == null ? null : AgentId.of(agentId),
                team == null ? null : TeamId.of(team));
    }
}
