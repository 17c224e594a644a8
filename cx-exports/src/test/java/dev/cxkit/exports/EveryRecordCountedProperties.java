package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.Reject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Damaged exports never break the counting: whatever lines are dropped, repeated, cut short or
 * replaced with noise, each profile returns a report (no other exception), every record it passes
 * on was counted as accepted, and every reject names a line of the file and a reason.
 */
class EveryRecordCountedProperties {

    /** One damage: what to do, at which line (modulo the line count), at which character. */
    record Damage(int kind, int line, int at) {
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 400)).as(Damage::new);
    }

    private static List<String> damaged(String resource, List<Damage> damages) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.path(resource), StandardCharsets.UTF_8));
        for (Damage d : damages) {
            int i = 1 + d.line() % Math.max(1, lines.size() - 1);     // keep a CSV header on line 1
            if (i >= lines.size()) {
                continue;
            }
            String line = lines.get(i);
            switch (d.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.substring(0, Math.min(line.length(), d.at())));
                case 3 -> lines.set(i, "\"{,;|\t\u00e9" + d.at());
                default -> lines.set(i, line.replace(':', ';'));
            }
        }
        return lines;
    }

    private static void check(ExportProfile profile, ExportOptions options, String resource, List<Damage> damages)
            throws IOException {
        List<String> lines = damaged(resource, damages);
        Path file = Files.createTempFile("damaged", "-" + Path.of(resource).getFileName());
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            List<Interaction> interactions = new ArrayList<>();
            List<CaseEvent> events = new ArrayList<>();

            ImportReport report = ExportReader.of(profile, options).read(List.of(file), interactions::add, events::add);

            assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
            assertThat((long) interactions.size()).isLessThanOrEqualTo(report.accepted());
            for (Reject reject : report.rejects()) {
                assertThat(reject.line()).isBetween(1L, (long) lines.size() + 1);
                assertThat(reject.message()).isNotBlank();
                assertThat(reject.source()).isEqualTo(file.getFileName().toString());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 40)
    void amazonConnect(@ForAll @Size(max = 6) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.amazonConnect(), ExportOptions.ofDefaults(), "amazon-connect/contacts.jsonl", damages);
    }

    @Property(tries = 40)
    void zendeskTicketsWithoutTheirMetrics(@ForAll @Size(max = 6) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.zendesk(), ExportOptions.ofDefaults(), "zendesk/tickets-2.jsonl", damages);
    }

    @Property(tries = 40)
    void zendeskPrettyPrintedPage(@ForAll @Size(max = 3) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.zendesk(), ExportOptions.ofDefaults(), "zendesk/tickets.json", damages);
    }

    @Property(tries = 40)
    void freshdesk(@ForAll @Size(max = 6) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.freshdesk(), ExportOptions.builder().zone(ZoneId.of("Europe/Berlin")).build(),
                "freshdesk/tickets.csv", damages);
    }

    @Property(tries = 40)
    void salesforceCases(@ForAll @Size(max = 6) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.salesforce(), ExportOptions.ofDefaults(), "salesforce/cases.csv", damages);
    }

    @Property(tries = 40)
    void mappedAcdLog(@ForAll @Size(max = 6) List<@From("damage") Damage> damages) throws IOException {
        check(ExportProfile.mapped(MappingFile.read(Fixtures.path("mapped/acd-log.mapping"))), ExportOptions.ofDefaults(),
                "mapped/acd-log.csv", damages);
    }
}
