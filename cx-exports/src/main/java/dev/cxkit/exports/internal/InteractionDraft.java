package dev.cxkit.exports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import dev.cxkit.core.Segment;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.io.Pseudonymiser;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * The mapping step every profile shares: collects what one export record says about a contact,
 * each time with the export field it came from, then orders the times (clamping gaps within the
 * clock-skew tolerance) and builds the {@link Interaction}. Facts the record did not give stay
 * unset on the builder, so that cx-core's "not recorded" applies to them. Not thread-safe; one per
 * record.
 */
final class InteractionDraft {

    /** A time and the export field it came from. */
    private record Stamp(Instant at, String field) {
    }

    private @Nullable String id;
    private @Nullable String idField;
    private @Nullable String customerId;
    private @Nullable String customerField;
    private @Nullable Channel channel;
    private @Nullable Segment segment;
    private @Nullable String agentId;
    private @Nullable Tier tier;
    private @Nullable String team;
    private @Nullable String reason;
    private @Nullable String caseId;
    private @Nullable Stamp queuedAt;
    private @Nullable Stamp answeredAt;
    private @Nullable Stamp endedAt;
    private @Nullable Stamp firstReplyAt;
    private @Nullable Duration talk;
    private @Nullable Duration hold;
    private @Nullable Duration afterContactWork;
    private @Nullable Boolean resolved;
    private final List<Stamp> transfers = new ArrayList<>();
    private @Nullable CsatScore csat;
    private @Nullable CesScore ces;
    private @Nullable Integer nps;
    private boolean surveyOffered;
    private @Nullable Stamp feedbackAt;
    private boolean transfersRecorded;
    private boolean abandonWaitUnknown;
    private @Nullable String talkField;
    private @Nullable String holdField;

    InteractionDraft id(String value, String field) {
        this.id = Cells.id(field, value);
        this.idField = field;
        return this;
    }

    InteractionDraft customerId(String value, String field) {
        this.customerId = Cells.id(field, value);
        this.customerField = field;
        return this;
    }

    InteractionDraft channel(Channel value) {
        this.channel = value;
        return this;
    }

    InteractionDraft segment(@Nullable Segment value) {
        this.segment = value;
        return this;
    }

    InteractionDraft agent(@Nullable String value, String field) {
        this.agentId = value == null ? null : Cells.id(field, value);
        return this;
    }

    InteractionDraft tier(@Nullable Tier value) {
        this.tier = value;
        return this;
    }

    InteractionDraft team(@Nullable String value, String field) {
        this.team = value == null ? null : Cells.id(field, value);
        return this;
    }

    InteractionDraft reason(@Nullable String value, String field) {
        this.reason = value == null ? null : Cells.id(field, value);
        return this;
    }

    InteractionDraft caseId(@Nullable String value, String field) {
        this.caseId = value == null ? null : Cells.id(field, value);
        return this;
    }

    InteractionDraft queuedAt(@Nullable Instant at, String field) {
        this.queuedAt = at == null ? null : new Stamp(at, field);
        return this;
    }

    InteractionDraft answeredAt(@Nullable Instant at, String field) {
        this.answeredAt = at == null ? null : new Stamp(at, field);
        return this;
    }

    InteractionDraft endedAt(@Nullable Instant at, String field) {
        this.endedAt = at == null ? null : new Stamp(at, field);
        return this;
    }

    InteractionDraft firstReplyAt(@Nullable Instant at, String field) {
        this.firstReplyAt = at == null ? null : new Stamp(at, field);
        return this;
    }

    /** The talk time, or {@code null} when the export does not carry it (marked not recorded). */
    InteractionDraft talk(@Nullable Duration value) {
        this.talk = value;
        return this;
    }

    InteractionDraft hold(@Nullable Duration value) {
        this.hold = value;
        return this;
    }

    InteractionDraft afterContactWork(@Nullable Duration value) {
        this.afterContactWork = value;
        return this;
    }

    InteractionDraft resolved(@Nullable Boolean value) {
        this.resolved = value;
        return this;
    }

    /** The export says whether the contact was transferred: an empty transfer list then means none. */
    InteractionDraft transfersRecorded() {
        this.transfersRecorded = true;
        return this;
    }

    /**
     * An unanswered record of this export has no end of its wait (a ticket nobody answered has not
     * "hung up"): it is marked {@link InteractionFact#ABANDON_WAIT} not recorded, and its end is not
     * used.
     */
    InteractionDraft abandonWaitUnknown() {
        this.abandonWaitUnknown = true;
        return this;
    }

    /**
     * Checks that talk and hold fit between answer and end, as a live contact's must (cx-core's
     * readers check the same); the fields name the export's columns in the reject.
     */
    InteractionDraft mustFit(String talkColumn, String holdColumn) {
        this.talkField = talkColumn;
        this.holdField = holdColumn;
        return this;
    }

    InteractionDraft addTransfer(Instant at, String field) {
        transfers.add(new Stamp(at, field));
        return this;
    }

    InteractionDraft csat(@Nullable CsatScore value) {
        this.csat = value;
        return this;
    }

    InteractionDraft ces(@Nullable CesScore value) {
        this.ces = value;
        return this;
    }

    InteractionDraft nps(@Nullable Integer value) {
        this.nps = value;
        return this;
    }

    /** A survey was sent; without answers it becomes an unrated feedback. */
    InteractionDraft surveyOffered() {
        this.surveyOffered = true;
        return this;
    }

    InteractionDraft feedbackAt(@Nullable Instant at, String field) {
        this.feedbackAt = at == null ? null : new Stamp(at, field);
        return this;
    }

    /**
     * Orders the times and builds the interaction. Talk, hold and after-contact work the record did
     * not give are marked not recorded, and so are transfers unless {@link #transfersRecorded()}.
     *
     * @param session counts a clamp within the clock-skew tolerance and knows the accepted ids
     * @param where {@code file:line}, for the duplicate-id message
     * @throws RecordException naming the field that is missing or out of order
     */
    Interaction build(ReadSession session, String where) {
        String idText = Json.required(id, "id");
        String customer = required(customerId, customerField, "customer");
        Channel ch = required(channel, null, "channel");
        Stamp queued = required(queuedAt, null, "queuedAt");
        boolean unknownEnd = answeredAt == null && abandonWaitUnknown;
        Stamp ended = unknownEnd ? queued : required(endedAt, null, "endedAt");
        Duration tolerance = session.options().clockSkew();
        boolean[] clamped = {false};

        Stamp answered = answeredAt;
        if (answered != null) {
            answered = notBefore(answered, queued, "answeredAt", "queuedAt", tolerance, clamped);
            ended = notBefore(ended, answered, "endedAt", "answeredAt", tolerance, clamped);
        } else {
            ended = notBefore(ended, queued, "endedAt", "queuedAt", tolerance, clamped);
        }
        Stamp reply = firstReplyAt;
        if (reply != null) {
            reply = notBefore(reply, queued, "firstReplyAt", "queuedAt", tolerance, clamped);
        }
        CustomerId customerKey = CustomerId.of(customer);
        Pseudonymiser pseudonymiser = session.options().pseudonymiser();
        if (pseudonymiser != null) {
            customerKey = pseudonymiser.pseudonymise(customerKey);
        }
        Interaction.Builder builder = Interaction.builder(InteractionId.of(idText), customerKey, ch)
                .queuedAt(queued.at()).answeredAt(answered == null ? null : answered.at())
                .firstReplyAt(reply == null ? null : reply.at())
                .customerSegment(segment)
                .agent(agentId == null ? null : AgentId.of(agentId), tier, team == null ? null : TeamId.of(team))
                .reason(reason == null ? null : ContactReason.of(reason))
                .caseId(caseId == null ? null : CaseId.of(caseId))
                .resolved(resolved)
                .talk(talk)
                .hold(hold)
                .afterContactWork(afterContactWork);
        if (unknownEnd) {
            builder.notRecorded(InteractionFact.ABANDON_WAIT);
        } else {
            builder.endedAt(ended.at());
        }
        if (!transfersRecorded) {
            builder.notRecorded(InteractionFact.TRANSFERS);
        }
        for (Stamp transfer : transfers) {
            Stamp at = notBefore(transfer, queued, "transfer at", "queuedAt", tolerance, clamped);
            if (at.at().isAfter(ended.at())) {
                // A transfer after the end: clamp back to the end within the tolerance.
                Stamp clampedEnd = notBefore(new Stamp(ended.at(), ended.field()), at, "endedAt", "transfer at",
                        tolerance, clamped);
                at = new Stamp(ended.at(), clampedEnd.field());
            }
            builder.addTransfer(new Transfer(at.at(), null, null, false, null));
        }
        if (csat != null || ces != null || nps != null || surveyOffered) {
            Stamp received = feedbackAt != null ? feedbackAt : ended;
            received = notBefore(received, queued, "feedback receivedAt", "queuedAt", tolerance, clamped);
            builder.feedback(Feedback.builder(received.at()).csat(csat).ces(ces).nps(nps).build());
        }
        if (talkField != null && answered != null) {
            checkFits(answered.at(), ended.at(), tolerance);
        }
        Interaction interaction;
        try {
            interaction = builder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordException(null, RejectKind.INCONSISTENT, String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        session.unique(idText, where);
        if (clamped[0]) {
            session.clamped();
        }
        return interaction;
    }

    /** Talk and hold within answer to end, give or take the tolerance (after-contact work comes after the end). */
    private void checkFits(Instant answered, Instant ended, Duration tolerance) {
        Duration sum = (talk == null ? Duration.ZERO : talk).plus(hold == null ? Duration.ZERO : hold);
        Duration span = Duration.between(answered, ended);
        if (sum.compareTo(span.plus(tolerance)) <= 0) {
            return;
        }
        String within = seconds(span) + " between answeredAt and endedAt"
                + (tolerance.isZero() ? "" : " (with the clock-skew tolerance of " + seconds(tolerance) + ")");
        if (hold != null && hold.compareTo(span.plus(tolerance)) > 0) {
            throw new RecordException(holdField, RejectKind.INCONSISTENT, "the hold (" + seconds(hold)
                    + ") is longer than the " + within);
        }
        throw new RecordException(talkField, RejectKind.INCONSISTENT, "talk (" + seconds(talk == null ? Duration.ZERO : talk)
                + ") and hold (" + seconds(hold == null ? Duration.ZERO : hold) + ") add up to " + seconds(sum)
                + ", more than the " + within);
    }

    private static String seconds(Duration value) {
        return value.getNano() == 0 ? value.getSeconds() + " s" : value.toMillis() / 1000.0 + " s";
    }

    private static <T> T required(@Nullable T value, @Nullable String field, String name) {
        if (value == null) {
            throw new RecordException(field != null ? field : name, RejectKind.MISSING_FIELD,
                    "no " + name + " in this record");
        }
        return value;
    }

    /**
     * Returns {@code later}, or {@code earlier}'s instant under {@code later}'s field name if later
     * lies before earlier by at most the tolerance.
     */
    private static Stamp notBefore(Stamp later, Stamp earlier, String laterName, String earlierName, Duration tolerance,
            boolean[] clamped) {
        if (!later.at().isBefore(earlier.at())) {
            return later;
        }
        Duration gap = Duration.between(later.at(), earlier.at());
        if (gap.compareTo(tolerance) <= 0) {
            clamped[0] = true;
            return new Stamp(earlier.at(), later.field());
        }
        throw new RecordException(later.field(), RejectKind.INCONSISTENT, laterName + " " + later.at() + " ("
                + later.field() + ") is " + human(gap) + " before " + earlierName + " " + earlier.at() + " ("
                + earlier.field() + ")." + hint(gap, tolerance));
    }

    static String hint(Duration gap, Duration tolerance) {
        if (gap.compareTo(Duration.ofMinutes(1)) < 0) {
            long seconds = gap.getSeconds() + (gap.getNano() > 0 ? 1 : 0);
            return tolerance.isZero()
                    ? " Maybe clock skew between two systems? A clock-skew tolerance (--clock-skew PT" + seconds
                            + "S) clamps gaps up to it."
                    : " Maybe clock skew, but beyond the tolerance of " + tolerance + "?";
        }
        long minutes = gap.toMinutes();
        if (minutes >= 30 && (minutes % 15 == 0 || minutes % 15 == 14 && gap.toSecondsPart() > 0)) {
            return " Maybe the times are in different zones?";
        }
        return " Maybe the columns are mapped to the wrong fields?";
    }

    static String human(Duration gap) {
        if (gap.compareTo(Duration.ofMinutes(1)) < 0) {
            return gap.getNano() == 0 ? gap.getSeconds() + " s" : gap.toMillis() + " ms";
        }
        return gap.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
