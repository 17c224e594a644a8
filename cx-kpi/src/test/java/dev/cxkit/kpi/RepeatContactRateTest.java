package dev.cxkit.kpi;

import static dev.cxkit.kpi.FcrTestData.abandoned;
import static dev.cxkit.kpi.FcrTestData.contact;
import static dev.cxkit.kpi.FcrTestData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class RepeatContactRateTest {

    /**
     * c-1 billing Mon, c-1 billing Tue (repeat), c-1 billing Thu (repeat of Tue), c-1 tech Fri,
     * c-2 billing Mon, c-2 billing 10 days later, c-3 abandoned.
     */
    private static final List<Interaction> TIMELINE = List.of(
            contact("i-1", "c-1", "billing", day(0, 9)),
            contact("i-2", "c-1", "billing", day(1, 9)),
            contact("i-3", "c-1", "billing", day(3, 9)),
            contact("i-4", "c-1", "tech", day(4, 9)),
            contact("i-5", "c-2", "billing", day(0, 9)),
            contact("i-6", "c-2", "billing", day(10, 9)),
            abandoned("i-7", "c-3", "billing", day(0, 9)));

    private static RepeatContactRate run(FcrVariant.RepeatWindow variant) {
        RepeatContactRate rate = RepeatContactRate.create(variant);
        TIMELINE.forEach(rate);
        return rate;
    }

    @Test
    void perIssueRateIsRepeatsOfTheSameReasonOverAnsweredContacts() {
        // Repeats: i-2 (1 d after i-1), i-3 (2 d after i-2). i-4 is another reason; i-6 is 10 days later.
        // Answered contacts 6 (i-7 abandoned, left out) -> 2/6.
        RepeatContactRate rate = run(FcrVariant.ofDefaults());

        assertThat(rate.result()).isEqualTo(KpiValue.of("cx.kpi.repeat_contact", "per-issue/P7D", 2.0 / 6, 6,
                KpiUnit.RATIO));
    }

    @Test
    void perCustomerRateAlsoCountsOtherReasons() {
        // i-4 now repeats i-3 (1 d): repeats 3 of 6.
        RepeatContactRate rate = run(FcrVariant.repeatWithin(Duration.ofDays(7), RepeatScope.PER_CUSTOMER));

        assertThat(rate.result().value()).hasValue(0.5);
        assertThat(rate.counts().abandoned()).isEqualTo(1);
    }

    @Test
    void aShorterWindowFindsFewerRepeats() {
        // Within 1 day (inclusive): only i-2 (exactly 24 h after i-1) repeats; i-3 is 2 d after i-2 -> 1/6.
        RepeatContactRate rate = run(FcrVariant.repeatWithin(Duration.ofDays(1), RepeatScope.PER_ISSUE));

        assertThat(rate.result().value()).hasValue(1.0 / 6);
    }

    @Test
    void combinedShardsGiveTheSameRateAsOnePass() {
        RepeatContactRate left = RepeatContactRate.create();
        RepeatContactRate right = RepeatContactRate.create();
        // Each shard alone holds no repeat pair: i-1, i-3, i-5 | i-2, i-4, i-6.
        for (int i = 0; i < TIMELINE.size(); i++) {
            (i % 2 == 0 ? left : right).accept(TIMELINE.get(i));
        }

        assertThat(left.combine(right).result()).isEqualTo(run(FcrVariant.ofDefaults()).result());
    }

    @Test
    void emptyInputGivesAnEmptyValue() {
        assertThat(RepeatContactRate.create().result())
                .isEqualTo(KpiValue.empty("cx.kpi.repeat_contact", "per-issue/P7D", 0, KpiUnit.RATIO));
    }

    @Test
    void rejectsCombiningDifferentWindows() {
        RepeatContactRate other = RepeatContactRate.create(FcrVariant.repeatWithin(Duration.ofDays(3),
                RepeatScope.PER_ISSUE));

        assertThatThrownBy(() -> RepeatContactRate.create().combine(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per-issue/P3D");
    }
}
