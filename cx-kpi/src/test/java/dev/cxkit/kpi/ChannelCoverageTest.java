package dev.cxkit.kpi;

import static dev.cxkit.kpi.CoverageFixture.abandoned;
import static dev.cxkit.kpi.CoverageFixture.issue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Customer;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.PersonalData;
import dev.cxkit.core.Segment;
import org.junit.jupiter.api.Test;

class ChannelCoverageTest {

    private static Customer customer(String id, Channel preferred) {
        return new Customer(CustomerId.of(id), Segment.STANDARD, LocalDate.of(2025, 1, 1), preferred,
                PersonalData.NONE);
    }

    @Test
    void onlyAChangeOfChannelFromThePreviousContactOfTheSameIssueIsASwitch() {
        ChannelCoverage coverage = ChannelCoverage.create();
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));
        coverage.accept(issue(Channel.EMAIL, "c-1", "billing", "2026-03-03T10:00:00")); // switch
        coverage.accept(issue(Channel.EMAIL, "c-1", "billing", "2026-03-04T10:00:00")); // same channel
        coverage.accept(issue(Channel.CHAT, "c-1", "billing", "2026-03-20T10:00:00")); // outside 7 days

        assertThat(coverage.result().value()).hasValue(0.25);
        assertThat(coverage.result().variant()).isEqualTo("per-issue/P7D");
        assertThat(coverage.switchesByChannel().get(Channel.EMAIL).value()).hasValue(0.5);
        assertThat(coverage.switchesByChannel().get(Channel.CHAT).value()).hasValue(0.0);
    }

    @Test
    void theWindowIsInclusiveToTheMillisecond() {
        ChannelCoverage coverage = ChannelCoverage.create(FcrVariant.repeatWithin(Duration.ofDays(7),
                RepeatScope.PER_ISSUE));
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));
        coverage.accept(issue(Channel.EMAIL, "c-1", "billing", "2026-03-09T10:00:00")); // exactly 7 days
        coverage.accept(issue(Channel.PHONE, "c-2", "billing", "2026-03-02T10:00:00"));
        coverage.accept(issue(Channel.EMAIL, "c-2", "billing", "2026-03-09T10:00:00.001"));

        assertThat(coverage.result().value()).hasValue(0.25);
    }

    @Test
    void anotherReasonOrAnAbandonedCallIsNoSwitchPerIssue() {
        ChannelCoverage coverage = ChannelCoverage.create();
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));
        coverage.accept(issue(Channel.EMAIL, "c-1", "delivery", "2026-03-02T12:00:00"));
        coverage.accept(abandoned(Channel.PHONE, "2026-03-03T10:00:00"));
        coverage.accept(CoverageFixture.contact(Channel.EMAIL, "2026-03-03T11:00:00").build());

        assertThat(coverage.result().value()).hasValue(0.0);
        assertThat(coverage.result().count()).isEqualTo(3);
        assertThat(coverage.contactsByChannel()).containsEntry(Channel.PHONE, 2L).containsEntry(Channel.EMAIL, 2L);
    }

    @Test
    void perCustomerScopeCountsASwitchWhateverTheReason() {
        ChannelCoverage coverage = ChannelCoverage.create(FcrVariant.repeatWithin(Duration.ofDays(7),
                RepeatScope.PER_CUSTOMER));
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));
        coverage.accept(CoverageFixture.contact(Channel.EMAIL, "c-1", "2026-03-02T12:00:00")
                .reason(ContactReason.of("delivery")).build());

        assertThat(coverage.result().value()).hasValue(0.5);
    }

    @Test
    void preferredChannelShareCountsContactsOfCustomersWithAPreference() {
        ChannelCoverage coverage = ChannelCoverage.create();
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));
        coverage.accept(issue(Channel.EMAIL, "c-1", "billing", "2026-03-03T10:00:00"));
        coverage.accept(issue(Channel.CHAT, "c-2", "billing", "2026-03-03T10:00:00"));
        coverage.accept(issue(Channel.CHAT, "c-3", "billing", "2026-03-03T10:00:00"));
        coverage.acceptCustomer(customer("c-1", Channel.EMAIL));
        coverage.acceptCustomer(customer("c-2", Channel.CHAT));
        coverage.acceptCustomer(customer("c-3", null));

        assertThat(coverage.preferredChannelShare().value()).hasValue(2.0 / 3);
        assertThat(coverage.preferredChannels()).containsEntry(Channel.EMAIL, 1L).containsEntry(Channel.CHAT, 1L);
        assertThat(coverage.customersWithoutPreference()).isEqualTo(1);
    }

    @Test
    void withoutCustomersThePreferenceIsNotRecorded() {
        ChannelCoverage coverage = ChannelCoverage.create();
        coverage.accept(issue(Channel.PHONE, "c-1", "billing", "2026-03-02T10:00:00"));

        assertThat(coverage.preferredChannelShare().isEmpty()).isTrue();
        assertThat(coverage.preferredChannels()).isEmpty();
    }
}
