package dev.cxkit.flink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.InteractionWriter;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.flink.internal.GroupKey;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.StandardKpis;

/** Generated data, files and in-process reference figures shared by the Flink tests. */
final class FlinkScorecardFixture {

    private FlinkScorecardFixture() {
    }

    static List<Interaction> generate(long seed, int days, int contactsPerDay) {
        List<Interaction> all = new ArrayList<>();
        GeneratorConfig config = GeneratorConfig.builder().seed(seed).startDate(LocalDate.of(2026, 3, 2)).days(days)
                .contactsPerDay(contactsPerDay).spikes(List.of()).build();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                all.add(interaction);
            }
        });
        return all;
    }

    /** Writes the interactions round-robin into {@code files} JSON Lines files, each in queuedAt order. */
    static String[] write(List<Interaction> interactions, Path dir, int files) throws IOException {
        String[] paths = new String[files];
        List<InteractionWriter> writers = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve("interactions-" + i + ".jsonl");
            paths[i] = file.toString();
            writers.add(InteractionWriter.jsonLines(file));
        }
        try {
            for (int i = 0; i < interactions.size(); i++) {
                writers.get(i % files).write(interactions.get(i));
            }
        } finally {
            for (InteractionWriter writer : writers) {
                try {
                    writer.close();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }
        return paths;
    }

    /** In-process {@link StandardKpis} results per group of the interactions. */
    static <K> Map<K, List<KpiValue>> standardKpisBy(List<Interaction> interactions, Function<Interaction, K> group) {
        Map<K, StandardKpis> sets = new HashMap<>();
        for (Interaction interaction : interactions) {
            sets.computeIfAbsent(group.apply(interaction), k -> StandardKpis.create()).accept(interaction);
        }
        return sets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().results()));
    }

    /**
     * The oracle for FCR per group: the rules of FirstContactResolution applied to all contacts
     * (default variant: per issue, 7 days, no censoring), each contact's outcome counted in its own group.
     * Returns per group {contacts, repeats, eligible, resolved}.
     */
    static Map<GroupKey, long[]> repeatTallies(List<Interaction> interactions) {
        FcrVariant.RepeatWindow variant = FcrVariant.ofDefaults();
        long window = variant.window().toMillis();
        Map<String, List<Interaction>> byKey = new HashMap<>();
        for (Interaction interaction : interactions) {
            if (interaction.isAbandoned()) {
                continue;
            }
            // The default variant is per issue: customer and reason; a contact without a reason is its own issue.
            String key = interaction.reason() == null ? "own:" + interaction.id().value()
                    : interaction.customerId().value() + "/" + interaction.reason().key();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(interaction);
        }
        Map<GroupKey, long[]> tallies = new HashMap<>();
        for (List<Interaction> contacts : byKey.values()) {
            contacts.sort(Comparator.comparing(Interaction::queuedAt).thenComparing(i -> i.id().value()));
            for (int i = 0; i < contacts.size(); i++) {
                long at = contacts.get(i).queuedAt().toEpochMilli();
                long[] tally = tallies.computeIfAbsent(GroupKey.of(contacts.get(i)), k -> new long[4]);
                tally[0]++;
                if (i > 0 && at - contacts.get(i - 1).queuedAt().toEpochMilli() <= window) {
                    tally[1]++;
                } else {
                    tally[2]++;
                    if (i == contacts.size() - 1 || contacts.get(i + 1).queuedAt().toEpochMilli() - at > window) {
                        tally[3]++;
                    }
                }
            }
        }
        return tallies;
    }

    static Instant last(List<Interaction> interactions) {
        return interactions.get(interactions.size() - 1).queuedAt();
    }
}
