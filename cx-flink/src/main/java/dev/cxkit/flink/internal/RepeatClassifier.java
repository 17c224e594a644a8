package dev.cxkit.flink.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * Repeat detection keyed by repeat key (customer, or customer and reason), with the rules of
 * {@link dev.cxkit.kpi.FirstContactResolution}: a contact is a repeat when the previous contact of
 * its key is at most one window earlier (ties ordered by interaction id); a first contact is resolved
 * when the next contact of its key is more than one window later, or there is none.
 *
 * <p>State per key: the key's recent contacts, sorted. A contact's outcome is decided by an
 * event-time timer at {@code queuedAt + window + allowed lateness + 1 ms}: by then every contact that
 * could be its predecessor or its successor within the window has passed the {@link LatenessGate}.
 * At each timer the contacts that can no longer matter are dropped, and the state is cleared when
 * none is pending, so a key's state lives one repeat window (plus the allowed lateness) after its
 * last contact. This is an event-time TTL: Flink's own state TTL counts processing time, which on a
 * replay or after downtime would keep state far too long or expire it before its timers fire.
 */
public final class RepeatClassifier extends KeyedProcessFunction<String, RepeatProbe, ScorecardInput> {

    private static final long serialVersionUID = 1L;
    private static final Comparator<RepeatProbe> ORDER =
            Comparator.comparingLong(RepeatProbe::at).thenComparing(RepeatProbe::id);

    private final JobSettings settings;
    private transient @Nullable ValueState<List<RepeatProbe>> contacts;

    /**
     * Creates the classifier.
     *
     * @param settings the window, lateness and observation end
     */
    public RepeatClassifier(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        contacts = getRuntimeContext().getState(new ValueStateDescriptor<>("cxkit-repeat-contacts",
                Types.LIST(TypeInformation.of(RepeatProbe.class))));
    }

    private ValueState<List<RepeatProbe>> state() {
        if (contacts == null) {
            throw new IllegalStateException("RepeatClassifier used before open().");
        }
        return contacts;
    }

    @Override
    public void processElement(RepeatProbe probe, Context ctx, Collector<ScorecardInput> out) throws Exception {
        SortedState.insert(state(), probe, ORDER);
        ctx.timerService().registerEventTimeTimer(probe.at() + settings.decisionDelayMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ScorecardInput> out) throws Exception {
        List<RepeatProbe> list = state().value();
        if (list == null) {
            return;
        }
        long at = timestamp - settings.decisionDelayMillis();
        long window = settings.windowMillis();
        int n = list.size();
        int firstPending = n;
        for (int i = 0; i < n; i++) {
            RepeatProbe contact = list.get(i);
            if (contact.at() > at) {
                firstPending = i;
                break;
            }
            if (contact.at() < at) {
                continue;
            }
            boolean repeat = i > 0 && at - list.get(i - 1).at() <= window;
            boolean censored = !repeat && at > settings.observedUntilMillis() - window;
            boolean resolved = !repeat && !censored && (i == n - 1 || list.get(i + 1).at() - at > window);
            out.collect(new RepeatOutcome(Checks.notNull(contact.group(), "group"), repeat, censored, resolved));
        }
        if (firstPending == n) {
            state().clear();
            return;
        }
        // Decided contacts older than one window before the first pending one can no longer be anyone's predecessor.
        long keepFrom = list.get(firstPending).at() - window;
        int drop = 0;
        while (drop < firstPending && list.get(drop).at() < keepFrom) {
            drop++;
        }
        if (drop > 0) {
            state().update(new ArrayList<>(list.subList(drop, n)));
        }
    }
}
