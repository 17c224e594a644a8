package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.Agent;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.synthetic.DatasetWriter;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GenerationSummary;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.synthetic.TruthLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.JsonText;

/** {@code cx generate}: a seeded synthetic data set with its ground truth. */
@Command(name = "generate", sortOptions = false,
        description = "Generate a realistic contact centre (seeded, deterministic) with labelled mistakes.",
        footer = {"", "Writes interactions.jsonl, cases.jsonl, customers.jsonl (churn events, for cx churn), truth.jsonl "
                + "({\"code\":...,\"interactionId\":...}) and the agent roster agents.csv (for --roster) to --out.",
            "The same seed and days always give byte-identical files.", "", "Examples:",
            "  cx generate --seed 42 --days 35 --out data",
            "  cx generate --seed 7 --days 420 --contacts-per-day 2400 --out big --json"})
final class GenerateCommand implements Runnable {

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", defaultValue = "35", description = "Days to generate (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--contacts-per-day", paramLabel = "N", description = "Average contacts per day (default: the generator's).")
    Integer contactsPerDay;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
    Path out;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        GeneratorConfig config = config(seed, days, contactsPerDay);
        Progress progress = Progress.of(spec, "generated interactions", json);
        progress.phase("generating " + days + " days into " + out);
        GenerationSummary summary;
        List<Agent> agents = new ArrayList<>();
        try (DatasetWriter files = DatasetWriter.create(out)) {
            summary = SyntheticContactCentre.generate(config, new CountingSink(files, progress, agents));
        }
        progress.done();
        RosterFile.write(out.resolve(RosterFile.FILE_NAME), agents);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField("out", out.toString());
                g.writeNumberField("seed", seed);
                g.writeNumberField("days", days);
                writeSummary(g, summary);
                g.writeEndObject();
            }));
            return;
        }
        stdout.printf(Locale.ROOT, "Wrote %,d interactions, %,d case events, %,d truth labels and %,d agents to %s "
                + "(seed %d, %d days).%n", summary.interactions(), summary.caseEvents(),
                summary.labelsPerCode().values().stream().mapToLong(Long::longValue).sum(), agents.size(), out, seed,
                days);
        stdout.printf(Locale.ROOT, "The period ends at %s: audit it with cx audit --as-of %s%n",
                summary.periodEnd(), summary.periodEnd());
    }

    static GeneratorConfig config(long seed, int days, Integer contactsPerDay) {
        GeneratorConfig.Builder builder = GeneratorConfig.ofDefaults().toBuilder().seed(seed).days(days);
        if (contactsPerDay != null) {
            builder.contactsPerDay(contactsPerDay);
        }
        if (days < 35) {
            // The default spike needs four full weeks of history before it; shorter runs have none.
            builder.spikes(List.of());
        }
        return builder.build();
    }

    static void writeSummary(com.fasterxml.jackson.core.JsonGenerator g, GenerationSummary summary)
            throws java.io.IOException {
        g.writeStringField("periodStart", summary.periodStart().toString());
        g.writeStringField("periodEnd", summary.periodEnd().toString());
        g.writeNumberField("interactions", summary.interactions());
        g.writeObjectFieldStart("interactionsPerChannel");
        for (Channel channel : Channel.values()) {
            g.writeNumberField(channel.name(), summary.interactionsPerChannel().get(channel));
        }
        g.writeEndObject();
        g.writeNumberField("cases", summary.cases());
        g.writeNumberField("caseEvents", summary.caseEvents());
        g.writeNumberField("agents", summary.agents());
        g.writeObjectFieldStart("truth");
        for (MistakeCode code : MistakeCode.values()) {
            g.writeNumberField(code.name(), summary.labels(code));
        }
        g.writeEndObject();
    }

    /** Forwards to the files, keeps the roster and ticks the progress counter. */
    private record CountingSink(GeneratedDataSink delegate, Progress progress, List<Agent> agents)
            implements GeneratedDataSink {
        @Override
        public void agent(Agent agent) {
            delegate.agent(agent);
            agents.add(agent);
        }

        @Override
        public void interaction(Interaction interaction) {
            delegate.interaction(interaction);
            progress.tick();
        }

        @Override
        public void caseEvent(CaseEvent event) {
            delegate.caseEvent(event);
        }

        @Override
        public void truth(TruthLabel label) {
            delegate.truth(label);
        }

        @Override
        public void customerEvent(CustomerEvent event) {
            delegate.customerEvent(event);
        }
    }
}
