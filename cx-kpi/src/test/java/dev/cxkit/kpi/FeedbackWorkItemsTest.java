package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeedbackWorkItemsTest {

    private static final Instant AS_OF = at(10 * 86_400);

    private static Interaction item(int csat, @Nullable String owner, @Nullable Long respondedAfter) {
        Feedback.Builder f = Feedback.builder(at(3600)).csat(CsatScore.of(csat, 5))
                .owner(owner == null ? null : AgentId.of(owner));
        if (respondedAfter != null) {
            f.respondedAt(at(3600 + respondedAfter));
        }
        return ContactFixture.withFeedback(f.build());
    }

    private static FeedbackWorkItems of(Interaction... contacts) {
        FeedbackWorkItems items = FeedbackWorkItems.create(AS_OF);
        for (Interaction contact : contacts) {
            items.accept(contact);
        }
        return items;
    }

    @Test
    void countsPraiseThatWasAnsweredAndPraiseThatWasNot() {
        FeedbackWorkItems items = of(item(5, "a-1", 600L), item(5, "a-1", null), item(1, "a-2", 60L), item(3, null, null));

        assertThat(items.respondedShare(FeedbackWorkItems.Polarity.POSITIVE).value()).hasValue(0.5);
        assertThat(items.respondedShare(FeedbackWorkItems.Polarity.NEGATIVE).value()).hasValue(1.0);
        assertThat(items.respondedShare(FeedbackWorkItems.Polarity.NEUTRAL).value()).hasValue(0.0);
        assertThat(items.result().value()).hasValue(0.5);
        assertThat(items.owners()).containsExactly(
                new FeedbackWorkItems.OwnerItems(AgentId.of("a-1"), 1, 1, 0),
                new FeedbackWorkItems.OwnerItems(null, 1, 0, 0),
                new FeedbackWorkItems.OwnerItems(AgentId.of("a-2"), 0, 1, 0));
    }

    @Test
    void aResponseAfterAsOfIsStillOpenAndFeedbackAfterAsOfIsNotJudged() {
        Interaction answeredLate = item(1, "a-1", AS_OF.getEpochSecond() - at(3600).getEpochSecond() + 1); // one second late
        Interaction answeredJustInTime = item(1, "a-1", AS_OF.getEpochSecond() - at(3600).getEpochSecond());
        Interaction receivedLater = ContactFixture.withFeedback(Feedback.builder(AS_OF.plusSeconds(1)).csat(CsatScore.of(1, 5)).build());

        FeedbackWorkItems items = of(answeredLate, answeredJustInTime, receivedLater);

        assertThat(items.respondedShare(FeedbackWorkItems.Polarity.NEGATIVE).value()).hasValue(0.5);
        assertThat(items.receivedAfterAsOfCount()).isEqualTo(1);
    }

    @Test
    void anUnansweredSurveyIsOfferedButNoItemAndAContactWithoutOneIsNeither() {
        Interaction unanswered = ContactFixture.unratedSurvey();
        Interaction none = ContactFixture.answered(5);

        FeedbackWorkItems items = of(unanswered, none, item(4, "a-1", null));

        assertThat(items.surveyOfferedShare().value()).hasValueCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(items.surveyAnsweredShare().value()).hasValue(0.5);
        assertThat(items.owners()).hasSize(1);
        assertThat(of().result().value()).isEmpty();
    }

    @Test
    void refusesToCombineItemsJudgedAtAnotherInstant() {
        assertThatThrownBy(() -> FeedbackWorkItems.create(AS_OF).combine(FeedbackWorkItems.create(AS_OF.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of");
    }

    @Property(tries = 100)
    void shardsCombinedEqualOnePass(@ForAll("contacts") List<Interaction> all,
            @ForAll @IntRange(min = 2, max = 4) int shardCount, @ForAll long seed) {
        FeedbackWorkItems onePass = FeedbackWorkItems.create(AS_OF);
        all.forEach(onePass);
        List<FeedbackWorkItems> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(FeedbackWorkItems.create(AS_OF));
        }
        Random random = new Random(seed);
        all.forEach(i -> shards.get(random.nextInt(shardCount)).accept(i));
        FeedbackWorkItems merged = FeedbackWorkItems.create(AS_OF);
        shards.forEach(merged::combine);

        assertThat(merged.result()).isEqualTo(onePass.result());
        assertThat(merged.owners()).isEqualTo(onePass.owners());
        assertThat(merged.surveyOfferedShare()).isEqualTo(onePass.surveyOfferedShare());
        assertThat(merged.surveyAnsweredShare()).isEqualTo(onePass.surveyAnsweredShare());
        for (FeedbackWorkItems.Polarity p : FeedbackWorkItems.Polarity.values()) {
            assertThat(merged.respondedShare(p)).isEqualTo(onePass.respondedShare(p));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Interaction>> contacts() {
        return net.jqwik.api.Arbitraries.randomValue(FeedbackWorkItemsTest::randomContact).list().ofMaxSize(50);
    }

    private static Interaction randomContact(Random r) {
        Interaction base = KpiAccumulatorLawsTest.randomInteraction(r);
        Feedback f = base.feedback();
        if (f == null) {
            return base;
        }
        return base.toBuilder().feedback(f.toBuilder()
                .owner(r.nextInt(3) == 0 ? null : AgentId.of("o-" + r.nextInt(4)))
                .respondedAt(r.nextBoolean() ? null : f.receivedAt().plusSeconds(r.nextInt(20 * 86_400))).build()).build();
    }
}
