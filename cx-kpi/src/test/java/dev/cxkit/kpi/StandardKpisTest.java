package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StandardKpisTest {

    private static final List<Interaction> MONTH = new ArrayList<>();

    @BeforeAll
    static void generate() {
        SyntheticContactCentre.generate(GeneratorConfig.ofDefaults().toBuilder().days(21).spikes(List.of()).build(),
                new GeneratedDataSink() {
                    @Override
                    public void interaction(Interaction interaction) {
                        MONTH.add(interaction);
                    }
                });
    }

    @Test
    void producesEveryIdOfTheCliContract() {
        StandardKpis kpis = StandardKpis.create();
        MONTH.forEach(kpis::accept);

        // docs/cli.md: the ids `cx kpi` prints.
        assertThat(kpis.results()).extracting(KpiValue::id).contains("cx.kpi.fcr", "cx.kpi.repeat_contact",
                "cx.kpi.csat", "cx.kpi.ces", "cx.kpi.nps", "cx.kpi.aht", "cx.kpi.asa", "cx.kpi.service_level",
                "cx.kpi.abandonment", "cx.kpi.hold.mean", "cx.kpi.transfer", "cx.kpi.escalation",
                "cx.kpi.promise_kept", "cx.kpi.first_reply.p90");
        assertThat(kpis.results()).filteredOn(v -> v.id().equals("cx.kpi.service_level")).extracting(KpiValue::variant)
                .containsExactly("formula1", "formula2", "formula3", "formula4", "formula5");
        assertThat(kpis.results()).filteredOn(v -> v.id().equals("cx.kpi.fcr")).extracting(KpiValue::variant)
                .containsExactly("per-issue/P7D");
        assertThat(kpis.results()).allSatisfy(v -> assertThat(v.isEmpty()).as(v.id() + "/" + v.variant()).isFalse());
        assertThat(kpis.results()).filteredOn(v -> v.unit() == KpiUnit.RATIO)
                .allSatisfy(v -> assertThat(v.value().getAsDouble()).isBetween(0.0, 1.0));
    }

    @Test
    void feedsTheDefaultScorecard() {
        StandardKpis kpis = StandardKpis.create();
        MONTH.forEach(kpis::accept);

        Scorecard.Report report = Scorecard.ofDefaults().evaluate(kpis.results());

        // Without an agent roster and customer membership, churn, attrition and tenure have no data.
        assertThat(report.rows()).filteredOn(r -> r.status() == ScorecardRow.Status.NO_DATA)
                .extracting(r -> r.benchmark().kpiId())
                .containsExactlyInAnyOrder("cx.kpi.churn", "cx.kpi.attrition", "cx.kpi.tenure");
    }

    @Test
    void shardsCombineToTheSameResultsAsOnePass() {
        StandardKpis whole = StandardKpis.create();
        MONTH.forEach(whole::accept);
        StandardKpis[] shards = {StandardKpis.create(), StandardKpis.create(), StandardKpis.create()};
        for (int i = 0; i < MONTH.size(); i++) {
            // Interleaved, so each shard sees contacts out of the others' order.
            shards[(i * 7) % 3].accept(MONTH.get(MONTH.size() - 1 - i));
        }

        List<KpiValue> combined = shards[2].combine(shards[0]).combine(shards[1]).results();

        Map<String, KpiValue> expected = byKey(whole.results());
        assertThat(byKey(combined).keySet()).isEqualTo(expected.keySet());
        byKey(combined).forEach((key, value) -> {
            assertThat(value.count()).as(key).isEqualTo(expected.get(key).count());
            assertThat(value.value().getAsDouble()).as(key)
                    .isCloseTo(expected.get(key).value().getAsDouble(), within(1e-9));
        });
    }

    @Test
    void promisesAreJudgedAtTheConfiguredInstantOrTheEndOfData() {
        // One contact that ends at 09:10 and promises a callback by 12:00, fulfilled at 11:00.
        Interaction contact = ContactFixture.phone(10).endedAt(ContactFixture.at(600))
                .addPromise(new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, ContactFixture.at(300),
                        ContactFixture.at(3 * 3600), Duration.ZERO, ContactFixture.at(2 * 3600), null))
                .caseId(CaseId.of("k-1")).build();

        StandardKpis atEndOfData = StandardKpis.create();
        atEndOfData.accept(contact);
        Instant afterDue = ContactFixture.at(4 * 3600);
        StandardKpis later = StandardKpis.create(StandardKpis.Config.builder().asOf(afterDue).build());
        later.accept(contact);

        // At the end of the data (09:10) the promise is not due yet: nothing to judge.
        assertThat(value(atEndOfData, "cx.kpi.promise_kept").isEmpty()).isTrue();
        assertThat(atEndOfData.asOf()).isEqualTo(ContactFixture.at(600));
        // At 13:00 it was due and kept: 1 of 1.
        assertThat(value(later, "cx.kpi.promise_kept").value()).hasValue(1.0);
    }

    @Test
    void censoringLeavesOutFirstContactsWhoseWindowRunsPastTheEndOfTheData() {
        // Issue 20 item 5. c-1 calls on day 0 and again on day 2 (a repeat); c-2 calls on day 1 and never
        // again; c-3 calls on day 9, two days before the last contact (day 11): its 7-day window runs past
        // the end of the data, so nobody can tell yet whether it was resolved.
        List<Interaction> contacts = List.of(FcrTestData.contact("i-1", "c-1", "billing", FcrTestData.day(0, 9)),
                FcrTestData.contact("i-2", "c-1", "billing", FcrTestData.day(2, 9)),
                FcrTestData.contact("i-3", "c-2", "billing", FcrTestData.day(1, 9)),
                FcrTestData.contact("i-4", "c-3", "billing", FcrTestData.day(9, 9)),
                FcrTestData.contact("i-5", "c-4", "tech", FcrTestData.day(11, 0)));

        StandardKpis uncensored = StandardKpis.create();
        StandardKpis censored = StandardKpis.create(StandardKpis.Config.builder().censorAtAsOf(true).build());
        contacts.forEach(uncensored::accept);
        contacts.forEach(censored::accept);

        // Uncensored: first contacts i-1 (repeated), i-3, i-4 and i-5 (both unjudged, counted resolved): 3 of 4.
        assertThat(value(uncensored, "cx.kpi.fcr")).isEqualTo(KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 3, 4));
        // Censored at the last contact in the data (i-5, day 11, 00:00; promises are judged at its end, 00:10):
        // i-4 and i-5 are left out: 1 of 2.
        Instant lastContact = FcrTestData.day(11, 0);
        assertThat(censored.asOf()).isEqualTo(lastContact.plusSeconds(600));
        assertThat(censored.fcrJudgedAt()).isEqualTo(lastContact);
        assertThat(uncensored.fcrJudgedAt()).isNull();
        assertThat(value(censored, "cx.kpi.fcr"))
                .isEqualTo(KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D/as-of=" + lastContact, 1, 2));
        assertThat(censored.fcrCounts().censored()).isEqualTo(2);
        assertThat(uncensored.fcrCounts().censored()).isZero();
        // The repeat-contact rate needs no censoring: 1 repeat of 5 contacts either way.
        assertThat(value(censored, "cx.kpi.repeat_contact").value()).hasValue(0.2);
    }

    @Test
    void groupedFiguresFindRepeatsOnOtherChannels() {
        // c-1 calls on Monday and writes a chat on Tuesday about the same issue: the call did not resolve it.
        Interaction call = FcrTestData.contact("i-1", "c-1", "billing", FcrTestData.day(0, 9));
        Interaction chat = Interaction.builder(dev.cxkit.core.InteractionId.of("i-2"), dev.cxkit.core.CustomerId.of("c-1"),
                        dev.cxkit.core.Channel.CHAT).reason(dev.cxkit.core.ContactReason.of("billing"))
                .queuedAt(FcrTestData.day(1, 9)).answeredAt(FcrTestData.day(1, 9)).endedAt(FcrTestData.day(1, 10)).build();
        StandardKpis kpis = StandardKpis.create(StandardKpis.Config.ofDefaults(), List.of(List.of(Dimension.CHANNEL)));
        kpis.accept(call);
        kpis.accept(chat);

        // Phone: one first contact, repeated by chat: 0 of 1 (a phone-only accumulator would say 1 of 1).
        assertThat(kpis.groupedResults()).filteredOn(v -> v.name().equals("fcr") && !v.isOverall())
                .extracting(v -> v.tags().get("channel"), GroupedKpiValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHAT", KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 0, 0)),
                        org.assertj.core.groups.Tuple.tuple("PHONE", KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 0, 1)));
        assertThat(kpis.groupedResults()).filteredOn(v -> v.name().equals("repeat_contact")
                        && "CHAT".equals(v.tags().get("channel")))
                .singleElement().satisfies(v -> assertThat(v.value().value()).hasValue(1.0));
        // The overall values come first and equal results().
        assertThat(kpis.groupedResults()).filteredOn(GroupedKpiValue::isOverall).extracting(GroupedKpiValue::value)
                .containsExactlyElementsOf(kpis.results());
    }

    @Test
    void fcrAndCsatVariantsComeFromTheConfiguration() {
        StandardKpis.Config config = StandardKpis.Config.builder().fcr(FcrVariant.survey())
                .csat(CsatVariant.mean(dev.cxkit.core.CsatScale.ONE_TO_FIVE)).build();
        StandardKpis kpis = StandardKpis.create(config);
        kpis.accept(FcrTestData.base("i-1", "c-1", "billing", FcrTestData.day(0, 9)).answeredAt(FcrTestData.day(0, 9))
                .endedAt(FcrTestData.day(0, 10)).feedback(FcrTestData.saidResolved(true, FcrTestData.day(0, 11))).build());

        assertThat(value(kpis, "cx.kpi.fcr")).isEqualTo(KpiValue.ratio("cx.kpi.fcr", "survey", 1, 1));
        assertThat(value(kpis, "cx.kpi.csat").variant()).isEqualTo("mean/1-5");
        // The repeat-contact rate keeps its repeat window.
        assertThat(value(kpis, "cx.kpi.repeat_contact").variant()).isEqualTo("per-issue/P7D");
        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(StandardKpis.Config.ofDefaults().toBuilder().build()).isEqualTo(StandardKpis.Config.ofDefaults());
    }

    @Test
    void combiningDifferentConfigurationsIsRefused() {
        StandardKpis strict = StandardKpis.create(StandardKpis.Config.builder().holdLimit(Duration.ofMinutes(2)).build());

        assertThatThrownBy(() -> StandardKpis.create().combine(strict))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different configurations");
    }

    @Test
    void shortAbandonLongerThanTheThresholdIsRejected() {
        assertThatThrownBy(() -> StandardKpis.Config.builder().shortAbandon(Duration.ofSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortAbandon (PT30S)")
                .hasMessageContaining("serviceLevelThreshold (PT20S)");
    }

    private static KpiValue value(StandardKpis kpis, String id) {
        return kpis.results().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, KpiValue> byKey(List<KpiValue> values) {
        return values.stream().collect(Collectors.toMap(v -> v.id() + "/" + v.variant(), Function.identity()));
    }
}
