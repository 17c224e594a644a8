package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.AS_OF;
import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Segment;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicyProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Users add audit rules in DRL without touching cxkit: {@code vip-chat-hold.drl} is such a rule. */
class CustomRuleTest {

    private static Auditor auditor;

    @BeforeAll
    static void compile() throws URISyntaxException {
        Path drl = Path.of(CustomRuleTest.class.getResource("vip-chat-hold.drl").toURI());
        auditor = Auditor.builder().calendar(Timelines.WEEKDAYS).customRuleFile(drl).build();
    }

    private static Interaction chatWithHold(Segment segment, long holdSeconds) {
        // Chat answered after 20 s (first reply too, so no slow reply); a hold from +60 s, explained.
        return contact("c-v", Channel.CHAT, T0, "orders.where").customerSegment(segment)
                .addHold(new HoldSegment(T0.plusSeconds(60), T0.plusSeconds(60 + holdSeconds), true, null)).build();
    }

    @Test
    void customRuleReportsBesideTheBuiltInOnes() {
        List<AuditFinding> findings = auditor.checkContact(chatWithHold(Segment.VIP, 150), AS_OF);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("vip-chat-hold");
            assertThat(f.code()).isEqualTo(MistakeCode.LONG_HOLD);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsEntry("actual", "PT2M30S");
        });
        assertThat(auditor.ruleNames()).contains("vip-chat-hold", "hold-over-stated");
    }

    @Test
    void customRuleDoesNotFireForOtherSegmentsOrShortHolds() {
        assertThat(auditor.checkContact(chatWithHold(Segment.STANDARD, 150), AS_OF)).isEmpty();
        assertThat(auditor.checkContact(chatWithHold(Segment.VIP, 120), AS_OF)).isEmpty();
    }

    @Test
    void customRuleMayReadTheThresholdsAndReportThroughTheGlobals() {
        // The faster form: no join with AuditThresholds() or AuditFindings() facts.
        String drl = """
                package com.example;
                import dev.cxkit.core.MistakeCode;
                import dev.cxkit.audit.AuditThresholds;
                import dev.cxkit.audit.Severity;
                import dev.cxkit.audit.spi.AuditFindings;
                import dev.cxkit.audit.spi.ContactHold;
                global AuditThresholds thresholds;
                global AuditFindings findings;
                rule "half-long-hold"
                when
                    $h : ContactHold(durationMillis * 2 > thresholds.longHold().toMillis())
                then
                    findings.report(MistakeCode.LONG_HOLD, Severity.LOW, "half-long-hold", $h.end(), $h.contact())
                        .evidence("actual", $h.duration())
                        .threshold("hold > half of " + thresholds.longHold())
                        .fix("Come back to the customer before half the long-hold limit.")
                        .emit();
                end
                """;
        AuditThresholds thresholds = AuditThresholds.ofDefaults().toBuilder().longHold(Duration.ofMinutes(4)).build();
        Auditor withGlobals = Auditor.builder().calendar(Timelines.WEEKDAYS).thresholds(thresholds)
                .customRule("half-long-hold.drl", drl).build();

        assertThat(withGlobals.checkContact(chatWithHold(Segment.STANDARD, 150), AS_OF)).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("half-long-hold");
                    assertThat(f.threshold()).isEqualTo("hold > half of PT4M");
                });
        assertThat(withGlobals.checkContact(chatWithHold(Segment.STANDARD, 110), AS_OF)).isEmpty();
    }

    @Test
    void timersRunOnAClockThatStandsStill() {
        // Sessions run on a pseudo clock that nobody advances: a timer due at once fires within the
        // contact's own firing, on the calling thread, and only once; a later one never fires.
        String drl = """
                package com.example;
                import dev.cxkit.core.MistakeCode;
                import dev.cxkit.audit.Severity;
                import dev.cxkit.audit.spi.AuditedContact;
                import dev.cxkit.audit.spi.AuditFindings;
                global AuditFindings findings;
                rule "at-once"
                    timer (int: 0s 1ms)
                when
                    $c : AuditedContact()
                then
                    findings.report(MistakeCode.LONG_HOLD, Severity.LOW, "at-once", $c.interaction().endedAt(), $c)
                        .evidence("id", $c.interaction().id()).threshold("a timer").fix("None.").emit();
                end
                rule "later"
                    timer (int: 1s)
                when
                    $c : AuditedContact()
                then
                    findings.report(MistakeCode.LONG_HOLD, Severity.LOW, "later", $c.interaction().endedAt(), $c)
                        .evidence("id", $c.interaction().id()).threshold("a timer").fix("None.").emit();
                end
                """;
        Auditor withTimers = Auditor.builder().calendar(Timelines.WEEKDAYS).customRule("timers.drl", drl).build();

        for (int i = 0; i < 200; i++) {
            assertThat(withTimers.checkContact(chatWithHold(Segment.STANDARD, 30 + i), AS_OF)).as("contact %d", i)
                    .extracting(AuditFinding::ruleId).containsExactly("at-once");
        }
    }

    @Test
    void customRuleDeclaringAGlobalWithAnotherTypeFailsTheBuildAtTheDeclaration() {
        String drl = """
                package com.example;
                // global AuditFindings notADeclaration;
                  global java.util.List findings;
                rule "nothing"
                when
                then
                end
                """;

        assertThatThrownBy(() -> Auditor.builder().customRule("other-findings.drl", drl).build())
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> {
                    assertThat(e.problems()).singleElement().isEqualTo(new PolicyProblem("other-findings.drl", 3, 3,
                            "global 'findings' is declared as java.util.List, but the audit binds it to "
                                    + "dev.cxkit.audit.spi.AuditFindings. Maybe declare it as AuditFindings, "
                                    + "or give your global another name?"));
                });
    }

    @Test
    void customRuleDeclaringAGlobalTheAuditNeverSetsFailsTheBuild() {
        String drl = """
                package com.example;
                global java.util.List results;
                """;

        assertThatThrownBy(() -> Auditor.builder().customRule("results.drl", drl).build())
                .isInstanceOf(PolicyCompilationException.class)
                .hasMessageContaining("results.drl:2:1")
                .hasMessageContaining("global 'results' is never set by the audit")
                .hasMessageContaining("Maybe match a fact instead");
    }

    @Test
    void brokenCustomRuleFailsTheBuildWithItsNameAndLine() {
        String drl = "package com.example;\n\nrule \"broken\"\nwhen\n    AuditedContact(\nthen\nend\n";

        assertThatThrownBy(() -> Auditor.builder().customRule("broken.drl", drl).build())
                .isInstanceOf(PolicyCompilationException.class)
                .hasMessageContaining("broken.drl");
    }

    @Test
    void failingCustomRuleIsReportedWithTheRuleAndInteraction() {
        String drl = """
                package com.example;
                import dev.cxkit.audit.spi.AuditedContact;
                rule "throws"
                when
                    AuditedContact()
                then
                    throw new IllegalStateException("boom");
                end
                """;
        Auditor failing = Auditor.builder().customRule("throws.drl", drl).build();
        Interaction interaction = chatWithHold(Segment.VIP, 10);

        assertThatThrownBy(() -> failing.checkContact(interaction, AS_OF)).isInstanceOf(AuditRuleException.class)
                .hasMessageContaining("\"throws\"").hasMessageContaining(interaction.id().value());
    }
}
