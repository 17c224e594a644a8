package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.audit.CrossContactJudge;
import org.jspecify.annotations.Nullable;

/**
 * REPEAT_CONTACT: the latest contacts per (customer, reason) within the repeat window. Keeps two
 * instants per key (the latest and the latest strictly before it) so that contacts at the same
 * instant are not repeats of each other; whether the earlier one is close enough is
 * {@link CrossContactJudge#isRepeat}. Entries are forgotten once the window has passed. Not
 * thread-safe.
 */
final class RepeatTracker {

    /** An earlier contact that makes a contact a repeat. */
    record Earlier(InteractionId id, Instant queuedAt) {
    }

    private record Key(CustomerId customer, ContactReason reason) {
    }

    private static final class Entry {
        Instant last;
        InteractionId lastId;
        @Nullable Instant previous;
        @Nullable InteractionId previousId;

        Entry(Instant last, InteractionId lastId) {
            this.last = last;
            this.lastId = lastId;
        }
    }

    private record Expiry(Instant at, Key key, Entry entry) {
    }

    private final Duration window;
    private final Map<Key, Entry> entries = new HashMap<>();
    private final ArrayDeque<Expiry> order = new ArrayDeque<>();

    RepeatTracker(Duration window) {
        this.window = window;
    }

    /**
     * Records a contact and says whether it repeats an earlier one.
     *
     * @return the earlier contact at most the window before (strictly earlier), or {@code null}; its
     *     finding is {@link CrossContactJudge#repeatContact}
     */
    @Nullable Earlier accept(CustomerId customer, ContactReason reason, InteractionId id, Instant at) {
        Key key = new Key(customer, reason);
        Entry fresh = new Entry(at, id);
        Entry entry = entries.putIfAbsent(key, fresh);
        Earlier earlier = null;
        if (entry != null) {
            if (entry.last.isBefore(at)) {
                earlier = new Earlier(entry.lastId, entry.last);
                entry.previous = entry.last;
                entry.previousId = entry.lastId;
                entry.last = at;
                entry.lastId = id;
            } else if (entry.previous != null && entry.previous.isBefore(at)) {
                earlier = new Earlier(entry.previousId, entry.previous);
            }
        }
        order.addLast(new Expiry(at, key, entry != null ? entry : fresh));
        return earlier != null && CrossContactJudge.isRepeat(window, earlier.queuedAt(), at) ? earlier : null;
    }

    /** Forgets keys whose latest contact lies more than the window before {@code now}. */
    void advance(Instant now) {
        Instant cutoff = now.minus(window);
        while (!order.isEmpty() && order.peekFirst().at().isBefore(cutoff)) {
            Expiry old = order.pollFirst();
            // The entry itself says whether a newer contact has refreshed it; only a stale one costs a lookup.
            if (old.entry().last.isBefore(cutoff)) {
                entries.remove(old.key(), old.entry());
            }
        }
    }

    int size() {
        return entries.size();
    }
}
