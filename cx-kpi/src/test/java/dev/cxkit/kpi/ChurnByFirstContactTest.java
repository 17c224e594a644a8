package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChurnByFirstContactTest {

    private static final Instant AS_OF = T0.plus(Duration.ofDays(60));
    private static final Duration WEEK = Duration.ofDays(7);
    private static final AtomicLong NEXT = new AtomicLong();

    private static Interaction contact(String customer, String reason, Duration after) {
        Instant at = T0.plus(after);
        return Interaction.builder(InteractionId.of("i-" + NEXT.incrementAndGet()), CustomerId.of(customer), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing")).reason(ContactReason.of(reason))
                .queuedAt(at).answeredAt(at).endedAt(at.plusSeconds(60)).talk(Duration.ofSeconds(60)).build();
    }

    @Test
    void comparesChurnOfCustomersWhoseFirstContactWasResolvedOrNot() {
        ChurnByFirstContact churn = ChurnByFirstContact.create(AS_OF);
        List<Interaction> contacts = new ArrayList<>();
        // Ten customers resolved at first contact, one of whom churned; ten not resolved, five churned.
        for (int i = 0; i < 10; i++) {
            contacts.add(contact("r-" + i, "billing", Duration.ZERO));
            contacts.add(contact("u-" + i, "billing", Duration.ZERO));
            contacts.add(contact("u-" + i, "billing", Duration.ofDays(3)));
        }
        contacts.forEach(churn);
        churn.acceptEvent(CustomerEvent.churned(CustomerId.of("r-0"), T0.plus(Duration.ofDays(20))));
        for (int i = 0; i < 5; i++) {
            churn.acceptEvent(CustomerEvent.churned(CustomerId.of("u-" + i), T0.plus(Duration.ofDays(20))));
        }

        Comparison.Compared c = (Comparison.Compared) churn.comparison();

        assertThat(c.first().count()).isEqualTo(10);
        assertThat(c.first().mean()).isCloseTo(0.1, within(1e-12));
        assertThat(c.second().mean()).isCloseTo(0.5, within(1e-12));
        assertThat(c.difference()).isCloseTo(0.4, within(1e-12));
        assertThat(churn.result().value().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(churn.result().count()).isEqualTo(20);
    }

    @Test
    void aRepeatExactlyAWeekLaterUnresolvesButOneMillisecondLaterOrOfAnotherReasonDoesNot() {
        ChurnByFirstContact churn = ChurnByFirstContact.create(AS_OF);
        churn.accept(contact("a", "billing", Duration.ZERO));
        churn.accept(contact("a", "billing", WEEK));                     // inclusive: a repeat
        churn.accept(contact("b", "billing", Duration.ZERO));
        churn.accept(contact("b", "billing", WEEK.plusMillis(1)));       // near miss: just outside
        churn.accept(contact("c", "billing", Duration.ZERO));
        churn.accept(contact("c", "login", Duration.ofDays(1)));         // near miss: another reason
        churn.accept(contact("d", "billing", Duration.ZERO));
        churn.accept(contact("d", "billing", Duration.ofDays(1)));

        Comparison c = churn.comparison();

        assertThat(c.first().count()).isEqualTo(2);   // b, c
        assertThat(c.second().count()).isEqualTo(2);  // a, d
    }

    @Test
    void leavesOutCensoredCustomersChurnBeforeTheFirstContactAndAbandonedOrUnclassifiedContacts() {
        ChurnByFirstContact churn = ChurnByFirstContact.create(AS_OF);
        churn.accept(contact("late", "billing", Duration.ofDays(55)));   // window runs past asOf
        churn.accept(contact("gone", "billing", Duration.ofDays(10)));
        churn.acceptEvent(CustomerEvent.churned(CustomerId.of("gone"), T0.plus(Duration.ofDays(9))));
        churn.acceptEvent(CustomerEvent.churned(CustomerId.of("ghost"), T0));
        churn.acceptEvent(new CustomerEvent(CustomerId.of("late"), T0, CustomerEvent.Kind.JOINED));
        churn.accept(ContactFixture.abandoned(30));
        churn.accept(ContactFixture.answered(5)); // no reason

        assertThat(churn.censoredCount()).isEqualTo(1);
        assertThat(churn.churnedBeforeFirstContactCount()).isEqualTo(1);
        assertThat(churn.churnedWithoutContactCount()).isEqualTo(1);
        assertThat(churn.comparison()).isInstanceOf(Comparison.NotCompared.class);
        assertThat(churn.result().value()).isEmpty();
    }

    @Test
    void aChurnAfterAsOfIsNotYetKnownAndTheWindowMustBePositive() {
        ChurnByFirstContact churn = ChurnByFirstContact.create(AS_OF);
        for (int i = 0; i < 3; i++) {
            churn.accept(contact("r-" + i, "billing", Duration.ZERO));
            churn.accept(contact("u-" + i, "billing", Duration.ZERO));
            churn.accept(contact("u-" + i, "billing", Duration.ofDays(1)));
        }
        churn.acceptEvent(CustomerEvent.churned(CustomerId.of("u-0"), AS_OF));
        churn.acceptEvent(CustomerEvent.churned(CustomerId.of("r-0"), AS_OF.plusSeconds(1)));

        Comparison.Compared c = (Comparison.Compared) churn.comparison();

        assertThat(c.first().mean()).isZero();
        assertThat(c.second().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThatThrownBy(() -> ChurnByFirstContact.create(AS_OF, Duration.ZERO)).hasMessageContaining("Maybe 7d");
    }

    @Property(tries = 100)
    void shardsCombinedEqualOnePass(@ForAll @IntRange(min = 0, max = 60) int customers,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        Random random = new Random(seed);
        List<Interaction> contacts = new ArrayList<>();
        List<CustomerEvent> events = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            for (int k = random.nextInt(4); k > 0; k--) {
                contacts.add(contact("c-" + c, random.nextBoolean() ? "billing" : "login",
                        Duration.ofHours(random.nextInt(50 * 24))));
            }
            if (random.nextInt(3) == 0) {
                events.add(CustomerEvent.churned(CustomerId.of("c-" + c), T0.plus(Duration.ofHours(random.nextInt(70 * 24)))));
            }
        }
        ChurnByFirstContact onePass = ChurnByFirstContact.create(AS_OF);
        contacts.forEach(onePass);
        events.forEach(onePass::acceptEvent);
        List<ChurnByFirstContact> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(ChurnByFirstContact.create(AS_OF));
        }
        contacts.forEach(i -> shards.get(random.nextInt(shardCount)).accept(i));
        events.forEach(e -> shards.get(random.nextInt(shardCount)).acceptEvent(e));
        ChurnByFirstContact merged = ChurnByFirstContact.create(AS_OF);
        shards.forEach(merged::combine);

        Comparison a = merged.comparison();
        Comparison b = onePass.comparison();
        assertThat(a.first().count()).isEqualTo(b.first().count());
        assertThat(a.second().count()).isEqualTo(b.second().count());
        if (a.first().count() > 0) {
            assertThat(a.first().mean()).isCloseTo(b.first().mean(), within(1e-12));
        }
        if (a.second().count() > 0) {
            assertThat(a.second().mean()).isCloseTo(b.second().mean(), within(1e-12));
        }
        assertThat(merged.censoredCount()).isEqualTo(onePass.censoredCount());
        assertThat(merged.churnedBeforeFirstContactCount()).isEqualTo(onePass.churnedBeforeFirstContactCount());
    }
}
