package dev.cxkit.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.Agent;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.core.io.CaseEventWriter;
import dev.cxkit.core.io.InteractionWriter;

/**
 * A {@link GeneratedDataSink} that writes a generated data set to a directory, in the formats of
 * docs/formats.md: {@value #INTERACTIONS} (JSON Lines, §1), {@value #CASES} (case events as JSON Lines),
 * {@value #CUSTOMERS} (customer events as JSON Lines: the churns) and {@value #TRUTH}, one ground-truth
 * label per line:
 * {@code {"code":"HOLD_OVER_STATED","interactionId":"i-1"}}, plus {@code caseId}, {@code agentId},
 * {@code reason} and {@code week} when the label has them. Output is byte-identical for the same
 * generator configuration. Agents are not written (they have no exchange format yet).
 *
 * <pre>{@code
 * try (DatasetWriter out = DatasetWriter.create(Path.of("data"))) {
 *     GenerationSummary summary = SyntheticContactCentre.generate(config, out);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: the generator calls it from one thread.
 */
public final class DatasetWriter implements GeneratedDataSink, AutoCloseable {

    /** File name of the interactions. */
    public static final String INTERACTIONS = "interactions.jsonl";
    /** File name of the case events. */
    public static final String CASES = "cases.jsonl";
    /** File name of the ground truth. */
    public static final String TRUTH = "truth.jsonl";
    /** File name of the customer events. */
    public static final String CUSTOMERS = "customers.jsonl";

    private static final JsonFactory JSON = new JsonFactory();

    private final InteractionWriter interactions;
    private final CaseEventWriter cases;
    private final JsonGenerator truth;
    private final JsonGenerator customers;

    private DatasetWriter(InteractionWriter interactions, CaseEventWriter cases, JsonGenerator truth,
            JsonGenerator customers) {
        this.interactions = interactions;
        this.cases = cases;
        this.truth = truth;
        this.customers = customers;
    }

    /**
     * Creates the directory if needed and opens the four files, replacing existing ones.
     *
     * @param directory the output directory
     * @return the writer; close it to flush the files
     * @throws UncheckedIOException if the directory or a file cannot be created
     */
    public static DatasetWriter create(Path directory) {
        Checks.notNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            BufferedWriter truthFile = Files.newBufferedWriter(directory.resolve(TRUTH), StandardCharsets.UTF_8);
            JsonGenerator truth = JSON.createGenerator(truthFile);
            truth.setRootValueSeparator(null);
            JsonGenerator customers = JSON.createGenerator(
                    Files.newBufferedWriter(directory.resolve(CUSTOMERS), StandardCharsets.UTF_8));
            customers.setRootValueSeparator(null);
            return new DatasetWriter(InteractionWriter.jsonLines(directory.resolve(INTERACTIONS)),
                    CaseEventWriter.jsonLines(directory.resolve(CASES)), truth, customers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data set in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void agent(Agent agent) {
        // No exchange format for agents yet; see the class description.
    }

    @Override
    public void interaction(Interaction interaction) {
        interactions.write(interaction);
    }

    @Override
    public void caseEvent(CaseEvent event) {
        cases.write(event);
    }

    @Override
    public void truth(TruthLabel label) {
        try {
            truth.writeStartObject();
            truth.writeStringField("code", label.code().name());
            if (label.interactionId() != null) {
                truth.writeStringField("interactionId", label.interactionId().value());
            }
            if (label.caseId() != null) {
                truth.writeStringField("caseId", label.caseId().value());
            }
            if (label.agentId() != null) {
                truth.writeStringField("agentId", label.agentId().value());
            }
            if (label.reason() != null) {
                truth.writeStringField("reason", label.reason());
            }
            if (label.week() != null) {
                truth.writeStringField("week", label.week());
            }
            if (label.team() != null) {
                truth.writeStringField("team", label.team());
            }
            truth.writeEndObject();
            truth.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customerEvent(CustomerEvent event) {
        try {
            customers.writeStartObject();
            customers.writeStringField("customerId", event.customerId().value());
            customers.writeStringField("at", InstantText.of(event.at()));
            customers.writeStringField("event", event.kind().name());
            customers.writeEndObject();
            customers.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the four files. */
    @Override
    public void close() {
        try {
            truth.close();
            customers.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                interactions.close();
            } finally {
                cases.close();
            }
        }
    }
}
