package dev.cxkit.core.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Promise;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.core.io.CaseEventWriter;
import dev.cxkit.core.io.InteractionWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines output with one shared Jackson generator per writer: objects separated by
 * {@code '\n'}, field order fixed, so output is deterministic. Not thread-safe.
 */
public final class JsonLinesWriter implements InteractionWriter, CaseEventWriter {

    /** Emoji and other supplementary characters are written as 4-byte UTF-8, not as escaped surrogates. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator generator;
    private boolean closed;

    private JsonLinesWriter(JsonGenerator generator) {
        // Lines are separated by the '\n' written after each object, not by Jackson's default space.
        generator.setRootValueSeparator(null);
        this.generator = generator;
    }

    /** An interaction writer to a byte stream. */
    public static InteractionWriter interactions(OutputStream out) {
        return new JsonLinesWriter(create(out));
    }

    /** An interaction writer to a character stream. */
    public static InteractionWriter interactions(Writer out) {
        return new JsonLinesWriter(create(out));
    }

    /** A case-event writer to a byte stream. */
    public static CaseEventWriter caseEvents(OutputStream out) {
        return new JsonLinesWriter(create(out));
    }

    /** A case-event writer to a character stream. */
    public static CaseEventWriter caseEvents(Writer out) {
        return new JsonLinesWriter(create(out));
    }

    /** Opens a file for writing, created or truncated, buffered. */
    public static OutputStream open(Path file) {
        Checks.notNull(file, "file");
        try {
            return new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file + " for writing: " + e.getMessage(), e);
        }
    }

    private static JsonGenerator create(OutputStream out) {
        Checks.notNull(out, "out");
        try {
            return FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator create(Writer out) {
        Checks.notNull(out, "out");
        try {
            return FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        checkOpen();
        try {
            writeInteraction(interaction);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(CaseEvent event) {
        Checks.notNull(event, "event");
        checkOpen();
        try {
            JsonGenerator g = generator;
            g.writeStartObject();
            g.writeStringField("caseId", event.caseId().value());
            g.writeStringField("at", InstantText.of(event.at()));
            g.writeStringField("status", event.status().name());
            if (event.priority() != null) {
                g.writeStringField("priority", event.priority().name());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The writer is closed.");
        }
    }

    private void writeInteraction(Interaction i) throws IOException {
        JsonGenerator g = generator;
        g.writeStartObject();
        g.writeStringField("id", i.id().value());
        g.writeStringField("customerId", i.customerId().value());
        if (i.customerSegment() != null) {
            g.writeStringField("customerSegment", i.customerSegment().name());
        }
        if (i.agentId() != null) {
            g.writeStringField("agentId", i.agentId().value());
        }
        if (i.agentTier() != null) {
            g.writeStringField("agentTier", i.agentTier().name());
        }
        if (i.team() != null) {
            g.writeStringField("team", i.team().value());
        }
        g.writeStringField("channel", i.channel().name());
        if (i.reason() != null) {
            g.writeStringField("reason", i.reason().key());
        }
        if (i.caseId() != null) {
            g.writeStringField("caseId", i.caseId().value());
        }
        instant("queuedAt", i.queuedAt());
        instant("answeredAt", i.answeredAt());
        if (i.isRecorded(InteractionFact.ABANDON_WAIT)) {
            instant("endedAt", i.endedAt());
        } else {
            // An abandon whose wait is not recorded: endedAt is only queuedAt, so it is written as unknown.
            g.writeNullField("endedAt");
        }
        instant("firstReplyAt", i.firstReplyAt());
        // Absent means zero (the compact form of every file written so far); null means not recorded.
        recordedSeconds("talkSeconds", i.talk());
        if (i.holds().isEmpty()) {
            recordedSeconds("holdSeconds", i.hold());
        }
        recordedSeconds("acwSeconds", i.afterContactWork());
        if (i.resolved() != null) {
            g.writeBooleanField("resolved", i.resolved());
        }
        if (i.sentiment() != null) {
            g.writeNumberField("sentiment", i.sentiment());
        }
        if (!i.holds().isEmpty()) {
            g.writeArrayFieldStart("holds");
            for (HoldSegment h : i.holds()) {
                g.writeStartObject();
                instant("start", h.start());
                instant("end", h.end());
                if (h.explained() != null) {
                    g.writeBooleanField("explained", h.explained());
                }
                if (h.statedWait() != null) {
                    g.writeFieldName("statedWaitSeconds");
                    g.writeNumber(plainSeconds(h.statedWait()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!i.isRecorded(InteractionFact.TRANSFERS)) {
            g.writeNullField("transfers");
        } else if (!i.transfers().isEmpty()) {
            g.writeArrayFieldStart("transfers");
            for (Transfer t : i.transfers()) {
                g.writeStartObject();
                instant("at", t.at());
                if (t.toAgent() != null) {
                    g.writeStringField("toAgentId", t.toAgent().value());
                }
                if (t.toTier() != null) {
                    g.writeStringField("toTier", t.toTier().name());
                }
                if (t.warm() != null) {
                    g.writeBooleanField("warm", t.warm());
                }
                if (t.handoffSummary() != null) {
                    g.writeStringField("handoffSummary", t.handoffSummary());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!i.emotionalCues().isEmpty()) {
            g.writeArrayFieldStart("emotionalCues");
            for (EmotionalCue c : i.emotionalCues()) {
                g.writeStartObject();
                instant("at", c.at());
                g.writeStringField("cue", c.cue());
                if (c.acknowledged() != null) {
                    g.writeBooleanField("acknowledged", c.acknowledged());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (i.customerRepeatedInformation()) {
            g.writeBooleanField("customerRepeatedInformation", true);
        }
        if (!i.promises().isEmpty()) {
            g.writeArrayFieldStart("promises");
            for (Promise p : i.promises()) {
                g.writeStartObject();
                g.writeStringField("id", p.id().value());
                g.writeStringField("kind", p.kind().name());
                instant("madeAt", p.madeAt());
                instant("dueBy", p.dueBy());
                seconds("graceSeconds", p.grace());
                instant("fulfilledAt", p.fulfilledAt());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!i.grants().isEmpty()) {
            g.writeArrayFieldStart("grants");
            for (Grant grant : i.grants()) {
                g.writeStartObject();
                g.writeStringField("action", grant.action().name());
                if (grant.amount() instanceof Money money) {
                    g.writeStringField("amount", money.amount().toPlainString());
                    g.writeStringField("currency", money.currency().getCurrencyCode());
                } else if (grant.amount() instanceof Percent percent) {
                    g.writeStringField("amount", percent.toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (i.feedback() != null) {
            writeFeedback(i.feedback());
        }
        if (i.selfService() != null) {
            writeSelfService(i.selfService());
        }
        g.writeEndObject();
    }

    private void writeSelfService(SelfServiceSession s) throws IOException {
        JsonGenerator g = generator;
        g.writeObjectFieldStart("selfService");
        g.writeStringField("outcome", s.outcome().name());
        if (s.steps() != null) {
            g.writeNumberField("steps", s.steps());
        }
        if (s.personOffered() != null) {
            g.writeBooleanField("personOffered", s.personOffered());
        }
        if (s.transcriptHandedOver() != null) {
            g.writeBooleanField("transcriptHandedOver", s.transcriptHandedOver());
        }
        g.writeEndObject();
    }

    private void writeFeedback(Feedback f) throws IOException {
        JsonGenerator g = generator;
        g.writeObjectFieldStart("feedback");
        CsatScore csat = f.csat();
        if (csat != null) {
            g.writeNumberField("csat", csat.score());
            g.writeNumberField("csatScale", csat.scale().max());
        }
        CesScore ces = f.ces();
        if (ces != null) {
            g.writeNumberField("ces", ces.score());
            g.writeNumberField("cesScale", ces.scale().max());
        }
        if (f.nps() != null) {
            g.writeNumberField("nps", f.nps());
        }
        if (f.resolved() != null) {
            g.writeBooleanField("resolved", f.resolved());
        }
        if (!f.themes().isEmpty()) {
            g.writeArrayFieldStart("themes");
            for (String theme : f.themes()) {
                g.writeString(theme);
            }
            g.writeEndArray();
        }
        g.writeStringField("priority", f.priority().name());
        instant("receivedAt", f.receivedAt());
        instant("loopClosedAt", f.loopClosedAt());
        if (f.owner() != null) {
            g.writeStringField("owner", f.owner().value());
        }
        instant("respondedAt", f.respondedAt());
        g.writeEndObject();
    }

    private void instant(String field, @Nullable Instant value) throws IOException {
        if (value != null) {
            generator.writeStringField(field, InstantText.of(value));
        }
    }

    private void recordedSeconds(String field, @Nullable Duration value) throws IOException {
        if (value == null) {
            generator.writeNullField(field);
        } else {
            seconds(field, value);
        }
    }

    private void seconds(String field, Duration value) throws IOException {
        if (!value.isZero()) {
            generator.writeFieldName(field);
            generator.writeNumber(plainSeconds(value));
        }
    }

    /** A duration as plain decimal seconds: {@code 420}, {@code 0.5}, {@code 0.000000001}. */
    public static String plainSeconds(Duration value) {
        BigDecimal seconds = BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9));
        return seconds.signum() == 0 ? "0" : seconds.stripTrailingZeros().toPlainString();
    }

    @Override
    public void flush() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
