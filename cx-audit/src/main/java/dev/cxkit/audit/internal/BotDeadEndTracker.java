package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.SelfServiceSession;
import org.jspecify.annotations.Nullable;

/**
 * BOT_DEAD_END: holds each dead-end session until its customer's next contact arrives or the window
 * after it passes, then reports it with that contact (or none) as evidence through
 * {@link CrossContactJudge#botDeadEnd}. Contacts arrive in {@code queuedAt} order (the run's reorder
 * buffer); a late contact cannot change a finding already reported. Not thread-safe.
 */
final class BotDeadEndTracker {

    private final Duration window;
    private final Consumer<AuditFinding> sink;
    private final Map<CustomerId, List<Interaction>> waiting = new HashMap<>();
    /** The waiting sessions in queuedAt order, for expiry; reported ones are skipped. */
    private final ArrayDeque<Interaction> order = new ArrayDeque<>();
    private long notJudged;

    BotDeadEndTracker(Duration window, Consumer<AuditFinding> sink) {
        this.window = window;
        this.sink = sink;
    }

    /** Takes the next contact: it is the follow-up of its customer's waiting sessions, and may be one itself. */
    void accept(Interaction interaction) {
        List<Interaction> sessions = waiting.get(interaction.customerId());
        if (sessions != null) {
            List<Interaction> still = new ArrayList<>();
            for (Interaction session : sessions) {
                if (CrossContactJudge.isRepeat(window, session.queuedAt(), interaction.queuedAt())) {
                    report(session, interaction);
                } else if (!session.queuedAt().isBefore(interaction.queuedAt())) {
                    // The same instant is no follow-up: keep waiting.
                    still.add(session);
                }
            }
            if (still.isEmpty()) {
                waiting.remove(interaction.customerId());
            } else {
                waiting.put(interaction.customerId(), still);
            }
        }
        SelfServiceSession bot = interaction.selfService();
        if (bot == null || !bot.outcome().isFailure()) {
            return;
        }
        if (bot.personOffered() == null) {
            notJudged++;
        } else if (bot.isDeadEnd()) {
            waiting.computeIfAbsent(interaction.customerId(), c -> new ArrayList<>(1)).add(interaction);
            order.addLast(interaction);
        }
    }

    /** Reports, with no next contact, the sessions whose window closed before {@code now}. */
    void advance(Instant now) {
        Instant cutoff = now.minus(window);
        while (!order.isEmpty() && order.peekFirst().queuedAt().isBefore(cutoff)) {
            expire(order.pollFirst());
        }
    }

    /** Reports every session still waiting, with no next contact (none came by the end of the data). */
    void finish() {
        while (!order.isEmpty()) {
            expire(order.pollFirst());
        }
    }

    long notJudged() {
        return notJudged;
    }

    private void expire(Interaction session) {
        List<Interaction> sessions = waiting.get(session.customerId());
        if (sessions != null && sessions.remove(session)) {
            if (sessions.isEmpty()) {
                waiting.remove(session.customerId());
            }
            report(session, null);
        }
    }

    private void report(Interaction session, @Nullable Interaction next) {
        CrossContactJudge.botDeadEnd(window, session, next).ifPresent(sink);
    }
}
