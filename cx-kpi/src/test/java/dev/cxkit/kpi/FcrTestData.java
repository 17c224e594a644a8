package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Interactions for the FCR, trend and KPI-set tests: a terse builder and a jqwik generator. */
final class FcrTestData {

    /** Monday 2026-03-02 00:00 UTC, the start of ISO week 2026-W10. */
    static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    private FcrTestData() {
    }

    /** An answered contact, 10 minutes long. */
    static Interaction contact(String id, String customer, @Nullable String reason, Instant queuedAt) {
        return base(id, customer, reason, queuedAt).answeredAt(queuedAt).endedAt(queuedAt.plusSeconds(600)).build();
    }

    /** An abandoned contact: the customer hung up after a minute. */
    static Interaction abandoned(String id, String customer, @Nullable String reason, Instant queuedAt) {
        return base(id, customer, reason, queuedAt).endedAt(queuedAt.plusSeconds(60)).build();
    }

    static Interaction.Builder base(String id, String customer, @Nullable String reason, Instant queuedAt) {
        return Interaction.builder(InteractionId.of(id), CustomerId.of(customer), Channel.PHONE)
                .reason(reason == null ? null : ContactReason.of(reason))
                .queuedAt(queuedAt);
    }

    static Instant day(int offset, int hour) {
        return MONDAY.plus(Duration.ofDays(offset)).plus(Duration.ofHours(hour));
    }

    static Feedback saidResolved(@Nullable Boolean resolved, Instant at) {
        return Feedback.builder(at).resolved(resolved).build();
    }

    /**
     * Random interactions with few customers, reasons, cases, teams and channels so that repeats,
     * same-instant ties, shared cases and repeated groups are common; instants over about five weeks
     * on a 6-hour grid.
     */
    static Arbitrary<List<Interaction>> interactions() {
        Arbitrary<int[]> spec = Combinators.combine(
                Arbitraries.integers().between(0, 3),        // customer
                Arbitraries.integers().between(0, 2),        // reason, 2 = none
                Arbitraries.integers().between(0, 36 * 4),   // 6-hour slot
                Arbitraries.integers().between(0, 9),        // 0 = abandoned
                Arbitraries.integers().between(0, 5),        // case, 5 = none
                Arbitraries.integers().between(0, 2),        // resolved: 0 false, 1 true, 2 unknown
                Arbitraries.integers().between(0, 3),        // survey: 0 false, 1 true, 2 unanswered, 3 none
                Arbitraries.integers().between(0, 5))        // channel/team mix
                .as((c, r, slot, ab, k, res, sv, mix) -> new int[] {c, r, slot, ab, k, res, sv, mix});
        return spec.list().ofMaxSize(60).map(FcrTestData::build);
    }

    private static List<Interaction> build(List<int[]> specs) {
        List<Interaction> result = new ArrayList<>();
        String[] reasons = {"billing", "tech"};
        Channel[] channels = {Channel.PHONE, Channel.CHAT, Channel.EMAIL};
        for (int n = 0; n < specs.size(); n++) {
            int[] s = specs.get(n);
            Instant at = MONDAY.plus(Duration.ofHours(6L * s[2]));
            Interaction.Builder b = Interaction.builder(InteractionId.of("i-" + n), CustomerId.of("c-" + s[0]),
                            channels[s[7] % 3])
                    .reason(s[1] == 2 ? null : ContactReason.of(reasons[s[1]]))
                    .caseId(s[4] == 5 ? null : CaseId.of("k-" + s[4]))
                    .queuedAt(at)
                    .endedAt(at.plusSeconds(300))
                    .resolved(s[5] == 2 ? null : s[5] == 1);
            if (s[3] != 0) {
                b.answeredAt(at.plusSeconds(30))
                        .agent(AgentId.of("a-" + (s[7] % 2)), Tier.T1, s[7] >= 4 ? null : TeamId.of("team-" + s[7] / 2));
            }
            if (s[6] != 3) {
                b.feedback(saidResolved(s[6] == 2 ? null : s[6] == 1, at.plusSeconds(600)));
            }
            result.add(b.build());
        }
        return result;
    }

    /** Sorted by queuedAt, then id: the "one sorted pass" reference order. */
    static List<Interaction> sorted(List<Interaction> interactions) {
        List<Interaction> copy = new ArrayList<>(interactions);
        copy.sort((a, b) -> a.queuedAt().equals(b.queuedAt()) ? a.id().compareTo(b.id())
                : a.queuedAt().compareTo(b.queuedAt()));
        return copy;
    }

    /** A random shuffle split into {@code shards} consecutive, possibly empty, parts. */
    static List<List<Interaction>> shuffledShards(List<Interaction> interactions, int shards, Random random) {
        List<Interaction> copy = new ArrayList<>(interactions);
        Collections.shuffle(copy, random);
        int[] cuts = new int[shards + 1];
        cuts[shards] = copy.size();
        for (int i = 1; i < shards; i++) {
            cuts[i] = random.nextInt(copy.size() + 1);
        }
        Arrays.sort(cuts, 1, shards);
        List<List<Interaction>> result = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            result.add(copy.subList(cuts[i], cuts[i + 1]));
        }
        return result;
    }
}
