package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.cxkit.core.Channel;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Invariants of the per-contact checks over generated timelines. */
class AuditProperties {

    @Property(tries = 300)
    void holdOverStatedFiresExactlyWhenBothConditionsHold(@ForAll @IntRange(min = 0, max = 400) int stated,
            @ForAll @IntRange(min = 0, max = 480) int actual) {
        Interaction interaction = Timelines.phone(Timelines.T0).addHold(Timelines.hold(actual, true, (long) stated)).build();

        boolean fired = Timelines.check(interaction).stream().anyMatch(f -> f.code() == MistakeCode.HOLD_OVER_STATED);

        // The catalog's rule in integer arithmetic: 2a > 3s and a > s + 30.
        assertThat(fired).isEqualTo(2 * actual > 3 * stated && actual > stated + 30);
    }

    @Property(tries = 200)
    void anyValidTimelineIsAuditedWithoutErrorAndEachFindingNamesTheContact(
            @ForAll @IntRange(min = 0, max = 3) int holds, @ForAll @IntRange(min = 0, max = 3) int transfers,
            @ForAll @IntRange(min = 0, max = 3) int cues, @ForAll boolean flags, @ForAll Channel channel,
            @ForAll @IntRange(min = 0, max = 7200) int waitSeconds) {
        Instant t0 = Timelines.T0;
        Instant answered = t0.plusSeconds(waitSeconds);
        Interaction.Builder b = Timelines.contact("c-p", channel, t0, "billing.refund").answeredAt(answered)
                .endedAt(answered.plus(Duration.ofMinutes(30))).customerRepeatedInformation(flags);
        for (int i = 0; i < holds; i++) {
            Instant start = answered.plusSeconds(60 + 400L * i);
            b.addHold(new HoldSegment(start, start.plusSeconds(100L * (i + 1)), flags, i % 2 == 0 ? Duration.ofSeconds(30) : null));
        }
        for (int i = 0; i < transfers; i++) {
            b.addTransfer(new Transfer(answered.plusSeconds(1500 + i), null, Tier.values()[i % 3], flags, flags ? "tried" : null));
        }
        for (int i = 0; i < cues; i++) {
            b.addEmotionalCue(new EmotionalCue(answered.plusSeconds(30 + i), "upset", flags));
        }
        Interaction interaction = b.build();

        List<AuditFinding> findings = Timelines.check(interaction);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.interactionId()).isEqualTo(interaction.id());
            assertThat(f.code().scope()).isEqualTo(MistakeCode.Scope.CONTACT);
        });
    }

    @Test
    void concurrentChecksGiveTheSameFindingsAsSequentialOnes() throws Exception {
        List<Interaction> contacts = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> Timelines.phone(Timelines.T0).addHold(Timelines.hold(20 + i, i % 3 != 0, 30L))
                        .customerRepeatedInformation(i % 5 == 0).build())
                .toList();
        List<List<AuditFinding>> sequential = contacts.stream().map(Timelines::check).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AuditFinding>>> futures = contacts.stream()
                    .map(c -> pool.submit(() -> Timelines.check(c))).toList();
            for (int i = 0; i < contacts.size(); i++) {
                assertThat(futures.get(i).get()).as("contact %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
