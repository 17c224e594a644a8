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
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.io.RejectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * docs/formats.md flat interactions with the optional survey columns. Stateless. An empty cell or an
 * absent column of talk, hold or after-contact work is not recorded (never zero); CSV has no
 * transfer columns, so transfers are never recorded; an abandoned row (no {@code answered_at}) with
 * an empty {@code ended_at} is an abandon whose wait is not recorded.
 */
public final class CsvInteractionFormat implements CsvRecordFormat<Interaction> {

    /** The columns in docs/formats.md order, then the survey columns; the CSV writer writes them in this order. */
    public static final List<String> COLUMNS = List.of("id", "customer_id", "agent_id", "agent_tier", "channel",
            "reason", "queued_at", "answered_at", "ended_at", "talk_seconds", "hold_seconds", "acw_seconds",
            "resolved", "case_id", "csat", "csat_scale", "ces", "ces_scale", "nps");

    private static final List<String> REQUIRED = List.of("id", "customer_id", "channel", "queued_at", "ended_at");

    private static final List<String> FACT_FIELDS = InteractionImport.factFields("talk_seconds", "hold_seconds",
            "acw_seconds", "transfers (no CSV column)", "ended_at of abandoned contacts", "resolved", "csat, ces, nps");

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public List<String> knownColumns() {
        return COLUMNS;
    }

    @Override
    public List<String> factFields() {
        return FACT_FIELDS;
    }

    @Override
    public void countNotRecorded(Interaction value, ImportSession session) {
        InteractionImport.countNotRecorded(value, session);
    }

    @Override
    public Interaction parse(CsvRow row, ImportSession session) {
        InteractionId id = row.required("id", InteractionId::of);
        CustomerId customerId = InteractionImport.customerId(row.required("customer_id", CustomerId::of), session);
        Channel channel = row.required("channel", Channel::parse);
        Instant queuedAt = Values.instant("queued_at", row.required("queued_at"));
        String answered = row.get("answered_at");
        Instant answeredAt = InteractionImport.clamp(answered == null ? null : Values.instant("answered_at", answered),
                queuedAt, session);
        // An abandon may leave ended_at empty: it hung up at a time the source does not know.
        String ended = answeredAt == null ? row.get("ended_at") : row.required("ended_at");
        Instant endedAt = ended == null ? queuedAt
                : InteractionImport.clamp(Values.instant("ended_at", ended), answeredAt != null ? answeredAt : queuedAt,
                        session);
        String resolved = row.get("resolved");
        Interaction.Builder builder = Interaction.builder(id, customerId, channel)
                .agent(row.optional("agent_id", AgentId::of), row.optional("agent_tier", Tier::parse), null)
                .reason(row.optional("reason", ContactReason::of))
                .caseId(row.optional("case_id", CaseId::of))
                .queuedAt(queuedAt)
                .answeredAt(answeredAt)
                .endedAt(endedAt)
                .talk(seconds(row, "talk_seconds"))
                .hold(seconds(row, "hold_seconds"))
                .afterContactWork(seconds(row, "acw_seconds"))
                .resolved(resolved == null ? null : Values.bool("resolved", resolved))
                .notRecorded(InteractionFact.TRANSFERS);
        if (ended == null) {
            builder.notRecorded(InteractionFact.ABANDON_WAIT);
        }
        CsatScore csat = score(row, "csat", "csat_scale", CsatScore::of);
        CesScore ces = score(row, "ces", "ces_scale", CesScore::of);
        String npsText = row.get("nps");
        Integer nps = npsText == null ? null : Values.integer("nps", Values.decimal("nps", npsText));
        if (csat != null || ces != null || nps != null) {
            builder.feedback(DomainErrors.build("nps",
                    () -> Feedback.builder(endedAt).csat(csat).ces(ces).nps(nps).build()));
        }
        Interaction interaction;
        try {
            interaction = DomainErrors.build(null, builder::build);
        } catch (RecordException e) {
            throw new RecordException(column(e.field()), e.kind(), e.getMessage());
        }
        InteractionImport.checkFits(interaction, session, "talk_seconds", "hold_seconds");
        return interaction;
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

    /** The seconds of a cell; {@code null} (not recorded) for an empty cell or an absent column. */
    private static @Nullable Duration seconds(CsvRow row, String column) {
        String text = row.get(column);
        return text == null ? null : Values.seconds(column, Values.decimal(column, text));
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
