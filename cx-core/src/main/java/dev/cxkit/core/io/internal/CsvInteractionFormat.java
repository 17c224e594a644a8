package dev.cxkit.core.io.internal;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Tier;
import dev.cxkit.core.io.RejectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** FORMATS.md §2 flat interactions with the optional survey columns. Stateless. */
public final class CsvInteractionFormat implements CsvRecordFormat<Interaction> {

    /** The columns in FORMATS.md order, then the survey columns; the CSV writer writes them in this order. */
    public static final List<String> COLUMNS = List.of("id", "customer_id", "agent_id", "agent_tier", "channel",
            "reason", "queued_at", "answered_at", "ended_at", "talk_seconds", "hold_seconds", "acw_seconds",
            "resolved", "case_id", "csat", "csat_scale", "ces", "ces_scale", "nps");

    private static final List<String> REQUIRED = List.of("id", "customer_id", "channel", "queued_at", "ended_at");

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public List<String> knownColumns() {
        return COLUMNS;
    }

    @Override
    public Interaction parse(CsvRow row) {
        InteractionId id = row.required("id", InteractionId::of);
        CustomerId customerId = row.required("customer_id", CustomerId::of);
        Channel channel = row.required("channel", Channel::parse);
        Instant queuedAt = Values.instant("queued_at", row.required("queued_at"));
        Instant endedAt = Values.instant("ended_at", row.required("ended_at"));
        String answered = row.get("answered_at");
        String resolved = row.get("resolved");
        Interaction.Builder builder = Interaction.builder(id, customerId, channel)
                .agent(row.optional("agent_id", AgentId::of), row.optional("agent_tier", Tier::parse), null)
                .reason(row.optional("reason", ContactReason::of))
                .caseId(row.optional("case_id", CaseId::of))
                .queuedAt(queuedAt)
                .answeredAt(answered == null ? null : Values.instant("answered_at", answered))
                .endedAt(endedAt)
                .talk(seconds(row, "talk_seconds"))
                .hold(seconds(row, "hold_seconds"))
                .afterContactWork(seconds(row, "acw_seconds"))
                .resolved(resolved == null ? null : Values.bool("resolved", resolved));
        CsatScore csat = score(row, "csat", "csat_scale", CsatScore::of);
        CesScore ces = score(row, "ces", "ces_scale", CesScore::of);
        String npsText = row.get("nps");
        Integer nps = npsText == null ? null : Values.integer("nps", Values.decimal("nps", npsText));
        if (csat != null || ces != null || nps != null) {
            builder.feedback(DomainErrors.build("nps",
                    () -> new Feedback(csat, ces, nps, null, List.of(), Priority.NORMAL, endedAt, null)));
        }
        try {
            return DomainErrors.build(null, builder::build);
        } catch (RecordException e) {
            throw new RecordException(column(e.field()), e.kind(), e.getMessage());
        }
    }

    /** The CSV column for a field name inferred from a domain message. */
    private static @Nullable String column(@Nullable String jsonField) {
        if (jsonField == null) {
            return null;
        }
        return switch (jsonField) {
            case "endedAt" -> "ended_at";
            case "answeredAt" -> "answered_at";
            case "talkSeconds" -> "talk_seconds";
            case "holds" -> "hold_seconds";
            case "acwSeconds" -> "acw_seconds";
            default -> null;
        };
    }

    private static Duration seconds(CsvRow row, String column) {
        String text = row.get(column);
        return text == null ? Duration.ZERO : Values.seconds(column, Values.decimal(column, text));
    }

    private static <S> @Nullable S score(CsvRow row, String scoreColumn, String scaleColumn,
            JsonInteractionFormat.ScoreFactory<S> factory) {
        String scoreText = row.get(scoreColumn);
        String scaleText = row.get(scaleColumn);
        if (scoreText == null) {
            return null;
        }
        if (scaleText == null) {
            throw new RecordException(scaleColumn, RejectKind.MISSING_FIELD, "required when '" + scoreColumn + "' is given");
        }
        int score = Values.integer(scoreColumn, Values.decimal(scoreColumn, scoreText));
        int scale = Values.integer(scaleColumn, Values.decimal(scaleColumn, scaleText));
        try {
            return factory.of(score, scale);
        } catch (IllegalArgumentException e) {
            String column = e.getMessage() != null && e.getMessage().startsWith("Unknown") ? scaleColumn : scoreColumn;
            throw new RecordException(column, RejectKind.INVALID_VALUE, Values.messageOf(e));
        }
    }

    @Override
    public String uniqueKey(Interaction value) {
        return value.id().value();
    }

    @Override
    public String keyField() {
        return "id";
    }
}
