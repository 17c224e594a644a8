package dev.cxkit.core.io.internal;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.Action;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Segment;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.io.RejectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * docs/formats.md interactions, plus {@code holdSeconds}, {@code feedback.resolved} and {@code selfService}. Stateless.
 * An absent duration is zero and an absent {@code transfers} empty (the compact form the writer has
 * always used); an explicit {@code null} says the fact is not recorded. An abandoned contact (no
 * {@code answeredAt}) without {@code endedAt} is an abandon whose wait is not recorded.
 */
public final class JsonInteractionFormat implements JsonRecordFormat<Interaction> {

    private static final List<String> FACT_FIELDS = InteractionImport.factFields("talkSeconds", "holdSeconds",
            "acwSeconds", "transfers", "endedAt of abandoned contacts", "resolved", "feedback");

    static final FieldNames FIELDS = FieldNames.of("id", "customerId", "customerSegment", "agentId", "agentTier", "team",
            "channel", "reason", "caseId", "queuedAt", "answeredAt", "endedAt", "firstReplyAt", "talkSeconds",
            "holdSeconds", "acwSeconds", "resolved", "sentiment", "holds", "transfers", "emotionalCues",
            "customerRepeatedInformation", "promises", "grants", "feedback", "selfService");
    static final FieldNames HOLD_FIELDS = FieldNames.of("start", "end", "explained", "statedWaitSeconds");
    static final FieldNames TRANSFER_FIELDS = FieldNames.of("at", "toAgentId", "toTier", "warm", "handoffSummary");
    static final FieldNames CUE_FIELDS = FieldNames.of("at", "cue", "acknowledged");
    static final FieldNames PROMISE_FIELDS = FieldNames.of("id", "kind", "madeAt", "dueBy", "graceSeconds", "fulfilledAt");
    static final FieldNames GRANT_FIELDS = FieldNames.of("action", "amount", "currency");
    static final FieldNames FEEDBACK_FIELDS = FieldNames.of("csat", "csatScale", "ces", "cesScale", "nps", "resolved",
            "themes", "priority", "receivedAt", "loopClosedAt", "owner", "respondedAt");
    static final FieldNames SELF_SERVICE_FIELDS = FieldNames.of("outcome", "steps", "personOffered",
            "transcriptHandedOver");

    @Override
    public List<String> factFields() {
        return FACT_FIELDS;
    }

    @Override
    public void countNotRecorded(Interaction value, ImportSession session) {
        InteractionImport.countNotRecorded(value, session);
    }

    @Override
    public Interaction parse(JsonObject root, ImportSession session) {
        root.warnUnknown(FIELDS, session);
        InteractionId id = root.required("id", InteractionId::of);
        CustomerId customerId = InteractionImport.customerId(root.required("customerId", CustomerId::of), session);
        Channel channel = root.requiredShared("channel", Channel::parse);
        Instant queuedAt = root.requiredInstant("queuedAt");
        Instant answeredAt = InteractionImport.clamp(root.optionalInstant("answeredAt"), queuedAt, session);
        // An abandon may come without endedAt: it hung up at a time the source does not know.
        Instant ended = answeredAt == null ? root.optionalInstant("endedAt") : root.requiredInstant("endedAt");
        boolean abandonWaitUnknown = ended == null;
        Instant endedAt = abandonWaitUnknown ? queuedAt
                : InteractionImport.clamp(ended, answeredAt != null ? answeredAt : queuedAt, session);
        Instant firstReplyAt = InteractionImport.clamp(root.optionalInstant("firstReplyAt"), queuedAt, session);
        Interaction.Builder builder = Interaction.builder(id, customerId, channel)
                .customerSegment(root.optionalShared("customerSegment", Segment::of))
                .agent(root.optionalShared("agentId", AgentId::of), root.optionalShared("agentTier", Tier::parse),
                        root.optionalShared("team", TeamId::of))
                .reason(root.optionalShared("reason", ContactReason::of))
                .caseId(root.optional("caseId", CaseId::of))
                .queuedAt(queuedAt)
                .answeredAt(answeredAt)
                .endedAt(endedAt)
                .firstReplyAt(firstReplyAt)
                .talk(recordedSeconds(root, "talkSeconds"))
                .afterContactWork(recordedSeconds(root, "acwSeconds"))
                .resolved(root.optionalBoolean("resolved"))
                .sentiment(root.optionalDouble("sentiment"))
                .customerRepeatedInformation(root.flag("customerRepeatedInformation"));
        Duration hold = root.optionalSeconds("holdSeconds");
        if (hold != null) {
            builder.hold(hold);
        } else if (root.isExplicitNull("holdSeconds")) {
            builder.notRecorded(InteractionFact.HOLD);
        }
        if (root.isExplicitNull("transfers")) {
            builder.notRecorded(InteractionFact.TRANSFERS);
        }
        if (abandonWaitUnknown) {
            builder.notRecorded(InteractionFact.ABANDON_WAIT);
        }
        for (JsonObject h : root.objects("holds")) {
            h.warnUnknown(HOLD_FIELDS, session);
            Instant start = h.requiredInstant("start");
            Instant end = h.requiredInstant("end");
            Boolean explained = h.optionalBoolean("explained");
            Duration statedWait = h.optionalSeconds("statedWaitSeconds");
            builder.addHold(DomainErrors.build(h, "end", () -> new HoldSegment(start, end, explained, statedWait)));
        }
        for (JsonObject t : root.objects("transfers")) {
            t.warnUnknown(TRANSFER_FIELDS, session);
            builder.addTransfer(new Transfer(t.requiredInstant("at"), t.optionalShared("toAgentId", AgentId::of),
                    t.optionalShared("toTier", Tier::parse), t.optionalBoolean("warm"), t.optionalString("handoffSummary")));
        }
        for (JsonObject c : root.objects("emotionalCues")) {
            c.warnUnknown(CUE_FIELDS, session);
            Instant at = c.requiredInstant("at");
            String cue = c.requiredString("cue");
            Boolean acknowledged = c.optionalBoolean("acknowledged");
            builder.addEmotionalCue(DomainErrors.build(c, "cue", () -> new EmotionalCue(at, cue, acknowledged)));
        }
        for (JsonObject p : root.objects("promises")) {
            p.warnUnknown(PROMISE_FIELDS, session);
            PromiseId promiseId = p.required("id", PromiseId::of);
            PromiseKind kind = p.required("kind", PromiseKind::parse);
            Instant madeAt = p.requiredInstant("madeAt");
            Instant dueBy = p.requiredInstant("dueBy");
            Duration grace = p.seconds("graceSeconds");
            Instant fulfilledAt = p.optionalInstant("fulfilledAt");
            String field = fulfilledAt != null && fulfilledAt.isBefore(madeAt) ? "fulfilledAt" : "dueBy";
            builder.addPromise(DomainErrors.build(p, field,
                    () -> new Promise(promiseId, kind, madeAt, dueBy, grace, fulfilledAt, id)));
        }
        for (JsonObject g : root.objects("grants")) {
            g.warnUnknown(GRANT_FIELDS, session);
            Action action = g.required("action", Action::parse);
            String amountText = g.requiredString("amount");
            String currency = g.optionalString("currency");
            if (currency == null && !amountText.trim().endsWith("%")) {
                throw new RecordException(g.path("currency"), RejectKind.MISSING_FIELD,
                        "required field is missing for a money amount");
            }
            Amount amount = g.convert("amount", amountText,
                    text -> Amount.parse(text, currency == null ? "XXX" : currency));
            builder.addGrant(DomainErrors.build(g, "amount", () -> new Grant(action, amount)));
        }
        JsonObject f = root.optionalObject("feedback");
        if (f != null) {
            builder.feedback(feedback(f, endedAt, session));
        }
        JsonObject s = root.optionalObject("selfService");
        if (s != null) {
            builder.selfService(selfService(s, session));
        }
        Interaction interaction = DomainErrors.build(null, builder::build);
        InteractionImport.checkFits(interaction, session, "talkSeconds", "holdSeconds");
        return interaction;
    }

    /** Zero if absent, {@code null} (not recorded) if JSON null, else the seconds. */
    private static @Nullable Duration recordedSeconds(JsonObject root, String field) {
        return root.isExplicitNull(field) ? null : root.seconds(field);
    }

    private static Feedback feedback(JsonObject f, Instant endedAt, ImportSession session) {
        f.warnUnknown(FEEDBACK_FIELDS, session);
        CsatScore csat = score(f, "csat", "csatScale", CsatScore::of);
        CesScore ces = score(f, "ces", "cesScale", CesScore::of);
        Integer nps = f.optionalInt("nps");
        Boolean resolved = f.optionalBoolean("resolved");
        List<String> themes = f.strings("themes");
        Priority priority = f.optional("priority", Priority::parse);
        Instant received = f.optionalInstant("receivedAt");
        Instant receivedAt = received == null ? endedAt : received;
        Instant loopClosedAt = f.optionalInstant("loopClosedAt");
        AgentId owner = f.optionalShared("owner", AgentId::of);
        Instant respondedAt = f.optionalInstant("respondedAt");
        String field = nps != null && (nps < 0 || nps > 10) ? "nps"
                : loopClosedAt != null && loopClosedAt.isBefore(receivedAt) ? "loopClosedAt"
                : respondedAt != null && respondedAt.isBefore(receivedAt) ? "respondedAt" : "themes";
        return DomainErrors.build(f, field, () -> new Feedback(csat, ces, nps, resolved, themes,
                priority == null ? Priority.NORMAL : priority, receivedAt, loopClosedAt, owner, respondedAt));
    }

    private static SelfServiceSession selfService(JsonObject s, ImportSession session) {
        s.warnUnknown(SELF_SERVICE_FIELDS, session);
        SelfServiceSession.Outcome outcome = s.required("outcome", SelfServiceSession.Outcome::parse);
        Integer steps = s.optionalInt("steps");
        Boolean personOffered = s.optionalBoolean("personOffered");
        Boolean transcript = s.optionalBoolean("transcriptHandedOver");
        String field = steps != null && steps < 0 ? "steps" : "transcriptHandedOver";
        return DomainErrors.build(s, field, () -> new SelfServiceSession(outcome, steps, personOffered, transcript));
    }

    /** Factory of a score from (score, scale maximum). */
    interface ScoreFactory<S> {
        S of(int score, int scaleMax);
    }

    static <S> @Nullable S score(JsonObject f, String scoreField, String scaleField, ScoreFactory<S> factory) {
        Integer score = f.optionalInt(scoreField);
        Integer scale = f.optionalInt(scaleField);
        if (score == null) {
            return null;
        }
        if (scale == null) {
            throw new RecordException(f.path(scaleField), RejectKind.MISSING_FIELD,
                    "required when '" + scoreField + "' is given");
        }
        try {
            return factory.of(score, scale);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() != null && e.getMessage().startsWith("Unknown") ? scaleField : scoreField;
            throw new RecordException(f.path(field), RejectKind.INVALID_VALUE, Values.messageOf(e));
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
