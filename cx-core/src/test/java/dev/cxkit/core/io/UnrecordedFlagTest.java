package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

/** A hold, transfer or cue whose flag the export does not carry is "not recorded" (null), never false. */
class UnrecordedFlagTest {

    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    private static final String WITHOUT_FLAGS = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"agentId\":\"a-1\","
            + "\"agentTier\":\"T1\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
            + "\"answeredAt\":\"2026-03-02T09:00:40Z\",\"endedAt\":\"2026-03-02T09:10:00Z\","
            + "\"holds\":[{\"start\":\"2026-03-02T09:03:00Z\",\"end\":\"2026-03-02T09:05:00Z\"}],"
            + "\"transfers\":[{\"at\":\"2026-03-02T09:06:00Z\",\"toTier\":\"T2\"}],"
            + "\"emotionalCues\":[{\"at\":\"2026-03-02T09:01:10Z\",\"cue\":\"frustrated\"}]}";

    private static Interaction parse(String line) {
        return (Interaction) ((ParsedLine.Accepted<?>) READER.parseLine(line, "test")).value();
    }

    @Test
    void readsAnAbsentFlagAsNotRecorded() {
        Interaction interaction = parse(WITHOUT_FLAGS);

        assertThat(interaction.holds().get(0).explained()).isNull();
        assertThat(interaction.transfers().get(0).warm()).isNull();
        assertThat(interaction.emotionalCues().get(0).acknowledged()).isNull();
    }

    @Test
    void writesNoFieldForAFlagThatWasNotRecordedAndKeepsRecordedFalse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InteractionWriter writer = InteractionWriter.jsonLines(out)) {
            writer.write(parse(WITHOUT_FLAGS));
            writer.write(parse(WITHOUT_FLAGS.replace("\"end\":\"2026-03-02T09:05:00Z\"",
                    "\"end\":\"2026-03-02T09:05:00Z\",\"explained\":false")));
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).doesNotContain("explained").doesNotContain("warm").doesNotContain("acknowledged");
        assertThat(lines[1]).contains("\"explained\":false");
        assertThat(parse(lines[0]).holds().get(0).explained()).isNull();
    }
}
