package dev.cxkit.kpi;

import static dev.cxkit.kpi.FcrTestData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class KpiSetTest {

    private static final FcrVariant.RepeatWindow PER_CUSTOMER =
            FcrVariant.repeatWithin(Duration.ofDays(7), RepeatScope.PER_CUSTOMER);

    private static Interaction contact(int n, String customer, Channel channel, @Nullable String team, Instant at) {
        return Interaction.builder(InteractionId.of("i-" + n), CustomerId.of(customer), channel)
                .agent(AgentId.of("a-1"), Tier.T1, team == null ? null : TeamId.of(team))
                .reason(ContactReason.of("billing"))
                .queuedAt(at).answeredAt(at).endedAt(at.plusSeconds(300))
                .build();
    }

    /** Three customers over two channels and teams (one contact without team), with repeats across groups. */
    private static List<Interaction> data() {
        return List.of(
                contact(1, "c-1", Channel.PHONE, "billing", day(0, 9)),
                contact(2, "c-1", Channel.PHONE, "billing", day(1, 9)),
                contact(3, "c-1", Channel.CHAT, "tech", day(2, 9)),
                contact(4, "c-2", Channel.CHAT, "tech", day(0, 9)),
                contact(5, "c-2", Channel.PHONE, "billing", day(12, 9)),
                contact(6, "c-3", Channel.PHONE, null, day(3, 9)),
                contact(7, "c-3", Channel.CHAT, "billing", day(4, 9)),
                contact(8, "c-3", Channel.CHAT, "billing", day(20, 9)));
    }

    private static KpiSet.Builder builder() {
        return KpiSet.builder()
                .add("fcr", () -> FirstContactResolution.create(PER_CUSTOMER))
                .add("repeat", () -> RepeatContactRate.create(PER_CUSTOMER));
    }

    private static List<KpiValue> alone(List<Interaction> interactions, Predicate<Interaction> filter) {
        FirstContactResolution fcr = FirstContactResolution.create(PER_CUSTOMER);
        RepeatContactRate repeat = RepeatContactRate.create(PER_CUSTOMER);
        interactions.stream().filter(filter).forEach(i -> {
            fcr.accept(i);
            repeat.accept(i);
        });
        return List.of(fcr.result(), repeat.result());
    }

    @Test
    void groupsByChannelAndTeamGiveTheValuesOfThePerGroupInput() {
        KpiSet set = builder().groupBy(Dimension.CHANNEL, Dimension.TEAM).build();
        data().forEach(set);

        // Overall, then groups sorted by (channel, team): CHAT/billing, CHAT/tech, PHONE/billing, PHONE/unknown.
        List<GroupedKpiValue> expected = new ArrayList<>();
        addExpected(expected, Map.of(), i -> true);
        addExpected(expected, Map.of("channel", "CHAT", "team", "billing"),
                i -> i.channel() == Channel.CHAT && "billing".equals(team(i)));
        addExpected(expected, Map.of("channel", "CHAT", "team", "tech"),
                i -> i.channel() == Channel.CHAT && "tech".equals(team(i)));
        addExpected(expected, Map.of("channel", "PHONE", "team", "billing"),
                i -> i.channel() == Channel.PHONE && "billing".equals(team(i)));
        addExpected(expected, Map.of("channel", "PHONE", "team", "unknown"),
                i -> i.channel() == Channel.PHONE && i.team() == null);

        assertThat(set.results()).containsExactlyElementsOf(expected);
    }

    @Test
    void groupsSeeOnlyTheirOwnContactsWhenLookingForRepeats() {
        KpiSet set = builder().groupBy(Dimension.CHANNEL).build();
        data().forEach(set);

        // Overall c-1 has i-1, i-2, i-3 within 2 days: 1 first contact, not resolved. Within CHAT, c-1 only has i-3:
        // resolved. So CHAT FCR: c-1 i-3 resolved; c-2 i-4 resolved; c-3 i-7 resolved, i-8 (16 d later) resolved -> 4/4.
        assertThat(set.results()).filteredOn(v -> v.name().equals("fcr") && "CHAT".equals(v.tags().get("channel")))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(KpiValue.of("cx.kpi.fcr", "per-customer/P7D", 1.0, 4,
                        KpiUnit.RATIO)));
    }

    @Test
    void withoutGroupingGivesOnlyTheOverallGroupInAddOrder() {
        KpiSet set = builder().build();
        data().forEach(set);

        assertThat(set.results()).extracting(GroupedKpiValue::name).containsExactly("fcr", "repeat");
        assertThat(set.results()).allSatisfy(v -> assertThat(v.isOverall()).isTrue());
        assertThat(set.results()).extracting(GroupedKpiValue::value).containsExactlyElementsOf(alone(data(), i -> true));
    }

    @Test
    void emptyInputGivesTheOverallGroupWithEmptyValues() {
        KpiSet set = builder().groupBy(Dimension.TEAM).build();

        assertThat(set.results()).extracting(GroupedKpiValue::value)
                .containsExactly(KpiValue.empty("cx.kpi.fcr", "per-customer/P7D", 0, KpiUnit.RATIO),
                        KpiValue.empty("cx.kpi.repeat_contact", "per-customer/P7D", 0, KpiUnit.RATIO));
    }

    @Test
    void eachGroupByAddsASeparateGrouping() {
        KpiSet set = KpiSet.builder().add("fcr", () -> FirstContactResolution.create(PER_CUSTOMER))
                .groupBy(Dimension.CHANNEL).groupBy(Dimension.TEAM).build();
        data().forEach(set);

        assertThat(set.results()).extracting(GroupedKpiValue::tags).containsExactly(
                Map.of(),
                Map.of("channel", "CHAT"), Map.of("channel", "PHONE"),
                Map.of("team", "billing"), Map.of("team", "tech"), Map.of("team", "unknown"));
    }

    @Test
    void weekGroupsUseIsoWeekLabelsInTheZone() {
        KpiSet set = KpiSet.builder().add("fcr", () -> FirstContactResolution.create(PER_CUSTOMER))
                .groupBy(Dimension.week(ZoneId.of("Europe/Berlin"))).build();
        // 2027-01-01 is a Friday in ISO week 2026-W53; Sunday 2026-03-08 23:30 UTC is Monday in Berlin (W11).
        set.accept(contact(1, "c-1", Channel.PHONE, "t", Instant.parse("2027-01-01T10:00:00Z")));
        set.accept(contact(2, "c-2", Channel.PHONE, "t", Instant.parse("2026-03-08T23:30:00Z")));

        assertThat(set.results()).extracting(v -> v.tags().get("week")).containsExactly(null, "2026-W11", "2026-W53");
        assertThat(Dimension.WEEK.valueOf(contact(3, "c-1", Channel.PHONE, "t", Instant.parse("2026-03-08T23:30:00Z"))))
                .isEqualTo("2026-W10");
    }

    @Test
    void combineMergesMatchingGroupsAndCopiesTheOthers() {
        KpiSet.Builder builder = builder().groupBy(Dimension.CHANNEL, Dimension.TEAM);
        KpiSet one = builder.build();
        KpiSet left = builder.build();
        KpiSet right = builder.build();
        List<Interaction> data = data();
        for (int i = 0; i < data.size(); i++) {
            one.accept(data.get(i));
            (i < 3 ? left : right).accept(data.get(i));
        }
        List<GroupedKpiValue> rightBefore = right.results();

        assertThat(left.combine(right).results()).isEqualTo(one.results());
        assertThat(right.results()).isEqualTo(rightBefore);
    }

    @Test
    void worksAsACollectorOnParallelStreams() {
        List<Interaction> many = new ArrayList<>();
        for (int copy = 0; copy < 50; copy++) {
            for (Interaction i : data()) {
                many.add(i.toBuilder().queuedAt(i.queuedAt().plus(Duration.ofDays(30L * copy)))
                        .answeredAt(i.queuedAt().plus(Duration.ofDays(30L * copy)))
                        .endedAt(i.endedAt().plus(Duration.ofDays(30L * copy))).build());
            }
        }
        KpiSet.Builder builder = builder().groupBy(Dimension.CHANNEL, Dimension.TEAM);
        KpiSet sequential = builder.build();
        many.forEach(sequential);

        assertThat(many.parallelStream().collect(builder.collector())).isEqualTo(sequential.results());
    }

    @Test
    void rejectsCombiningSetsWithDifferentGroupings() {
        KpiSet byChannel = builder().groupBy(Dimension.CHANNEL).build();
        KpiSet byTeam = builder().groupBy(Dimension.TEAM).build();

        assertThatThrownBy(() -> byChannel.combine(byTeam))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grouped by [[CHANNEL]]");
    }

    @Test
    void rejectsInvalidDefinitions() {
        assertThatThrownBy(() -> KpiSet.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one KPI");
        assertThatThrownBy(() -> builder().add("fcr", FirstContactResolution::create))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(fcr) is already used");
        assertThatThrownBy(() -> builder().groupBy())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one dimension");
        assertThatThrownBy(() -> builder().groupBy(Dimension.WEEK, Dimension.week(ZoneId.of("Asia/Tokyo"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag key (week) twice");
    }

    private static @Nullable String team(Interaction interaction) {
        TeamId team = interaction.team();
        return team == null ? null : team.value();
    }

    private static void addExpected(List<GroupedKpiValue> expected, Map<String, String> tags, Predicate<Interaction> filter) {
        List<KpiValue> values = alone(data(), filter);
        expected.add(new GroupedKpiValue("fcr", tags, values.get(0)));
        expected.add(new GroupedKpiValue("repeat", tags, values.get(1)));
    }
}
