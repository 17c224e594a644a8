package dev.cxkit.exports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Priority;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * What a helpdesk ticket export says about one ticket, in cxkit's terms, whichever file it came
 * from (Zendesk JSON or CSV, Freshdesk CSV): turned into one interaction (the whole conversation)
 * and the case's status history. Not thread-safe; one per record.
 */
final class Ticket {

    String id = "";
    @Nullable String customerId;
    String customerField = "requester";
    @Nullable Channel channel;
    String channelField = "via";
    @Nullable String agentId;
    String agentField = "assignee";
    @Nullable String team;
    String teamField = "group";
    @Nullable String reason;
    String reasonField = "type";
    @Nullable CaseStatus status;
    /** The status a new ticket starts in: NEW in Zendesk, OPEN in Freshdesk. */
    CaseStatus initialStatus = CaseStatus.NEW;
    @Nullable Priority priority;
    @Nullable Instant createdAt;
    String createdField = "created_at";
    @Nullable Instant updatedAt;
    String updatedField = "updated_at";
    /** The first public agent reply, exact or derived from a metric in whole minutes. */
    @Nullable Instant firstReplyAt;
    String firstReplyField = "reply_time";
    /** Whether {@link #firstReplyAt} is rounded to whole minutes (Zendesk's metric). */
    boolean firstReplyInMinutes;
    @Nullable Instant initiallyAssignedAt;
    String assignedField = "initially_assigned_at";
    @Nullable Instant firstSolvedAt;
    String firstSolvedField = "first_resolution_time";
    /** The last solve. */
    @Nullable Instant solvedAt;
    String solvedField = "solved_at";
    @Nullable Instant closedAt;
    String closedField = "closed_at";
    @Nullable Instant statusChangedAt;
    long reopens;
    @Nullable Duration talk;
    @Nullable CsatScore csat;
    boolean surveyOffered;
    @Nullable Instant ratedAt;
    String ratedField = "satisfaction_rating";
    /** The status history from audits or history rows, if the export has one. */
    @Nullable StatusHistory history;

    /**
     * The interaction: queued at creation, answered at the first reply, ended at the last solve;
     * counted as accepted under the export's names for its facts. A ticket nobody answered has no
     * abandon wait (it was not hung up).
     */
    Interaction interaction(ReadSession session, String where, FactNames names) {
        Instant created = Json.required(createdAt, createdField);
        boolean done = status != null && !status.isActive();
        Instant ended;
        String endedField;
        if (done && solvedAt != null) {
            ended = solvedAt;
            endedField = solvedField;
        } else if (done && closedAt != null) {
            ended = closedAt;
            endedField = closedField;
        } else if (updatedAt != null) {
            ended = updatedAt;
            endedField = updatedField;
        } else {
            ended = created;
            endedField = createdField;
        }
        Instant reply = firstReplyAt;
        if (reply != null && firstReplyInMinutes && reply.isAfter(ended)
                && Duration.between(ended, reply).compareTo(Duration.ofMinutes(1)) < 0) {
            // The metric is in whole minutes: a reply "after" the end by less than a minute is at the end.
            reply = ended;
        }
        Instant answered = reply;
        String answeredField = firstReplyField;
        if (answered == null && initiallyAssignedAt != null) {
            answered = initiallyAssignedAt;
            answeredField = assignedField;
        }
        if (answered == null && done) {
            answered = ended;
            answeredField = endedField;
        }
        if (channel == null) {
            throw new RecordException(channelField, RejectKind.MISSING_FIELD, "no channel in this record");
        }
        InteractionDraft draft = new InteractionDraft()
                .id(id, "id")
                .channel(channel)
                .queuedAt(created, createdField)
                .answeredAt(answered, answeredField)
                .firstReplyAt(reply, firstReplyField)
                .endedAt(ended, endedField)
                .agent(agentId, agentField)
                .team(team, teamField)
                .reason(reason, reasonField)
                .caseId(id, "id")
                .talk(talk)
                .resolved(status == null ? null : done)
                .csat(csat)
                .feedbackAt(ratedAt, ratedField)
                .abandonWaitUnknown();
        if (customerId == null) {
            throw new RecordException(customerField, RejectKind.MISSING_FIELD, "no customer in this record");
        }
        draft.customerId(customerId, customerField);
        if (surveyOffered) {
            draft.surveyOffered();
        }
        Interaction interaction = draft.build(session, where);
        session.accept(interaction, names);
        return interaction;
    }

    /**
     * The status history: from audits or history rows when the export has them; otherwise rebuilt
     * from the ticket's summary times (created, first solve, last solve, closed, current status).
     * Without a history, a reopen's instant is unknown; it is placed at the first solve, so that
     * the case counts as reopened and both resolution times stay exact.
     */
    List<CaseEvent> events() {
        Instant created = createdAt;
        if (created == null) {
            return List.of();
        }
        if (history != null && !history.isEmpty()) {
            if (history.events().get(0).at().isAfter(created)) {
                history.add(created, initialStatus, priority);
            }
            return history.events();
        }
        StatusHistory rebuilt = new StatusHistory(id);
        rebuilt.add(created, initialStatus, priority);
        Instant first = firstSolvedAt != null ? firstSolvedAt : solvedAt;
        if (first != null && !first.isBefore(created)) {
            rebuilt.add(first, CaseStatus.SOLVED, null);
            boolean later = solvedAt != null && solvedAt.isAfter(first) || status != null && status.isActive();
            if (reopens > 0 && later) {
                rebuilt.add(first, CaseStatus.OPEN, null);
            }
            if (solvedAt != null && solvedAt.isAfter(first)) {
                rebuilt.add(solvedAt, CaseStatus.SOLVED, null);
            }
        }
        Instant last = rebuilt.lastAt();
        if (status == CaseStatus.CLOSED) {
            Instant at = closedAt != null ? closedAt : statusChangedAt != null ? statusChangedAt : updatedAt;
            if (at != null && last != null && !at.isBefore(last)) {
                rebuilt.add(at, CaseStatus.CLOSED, null);
            }
        } else if (status == CaseStatus.SOLVED && first == null) {
            Instant at = statusChangedAt != null ? statusChangedAt : updatedAt;
            if (at != null && last != null && !at.isBefore(last)) {
                rebuilt.add(at, CaseStatus.SOLVED, null);
            }
        } else if (status != null && status.isActive() && status != rebuilt.last()) {
            Instant at = statusChangedAt != null ? statusChangedAt : updatedAt;
            if (at != null && last != null && !at.isBefore(last)) {
                rebuilt.add(at, status, null);
            }
        }
        return rebuilt.events();
    }
}
