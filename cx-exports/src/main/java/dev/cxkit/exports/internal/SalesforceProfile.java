package dev.cxkit.exports.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * Salesforce Service Cloud cases with their field history, as Data Loader CSV: a Case file (header
 * with {@code Id} and {@code CreatedDate}) and optionally a CaseHistory file (header with
 * {@code CaseId}, {@code Field} and {@code NewValue}); headers are API names in any case.
 *
 * <p>Sources: the Case object (developer.salesforce.com/docs/atlas.en-us.object_reference.meta/
 * object_reference/sforce_api_objects_case.htm: Id, CreatedDate, ClosedDate, Status, IsClosed,
 * Priority, Origin, OwnerId, ContactId, AccountId, Reason, IsEscalated, LastModifiedDate), the
 * CaseHistory object (…/sforce_api_objects_casehistory.htm: CaseId, Field, OldValue, NewValue,
 * CreatedDate), and Data Loader's date-time forms
 * (…/dataLoader.meta/dataLoader/supported_data_types.htm: with or without milliseconds, {@code Z},
 * {@code +0000} or {@code +00:00}).
 *
 * <p>Statuses are defined per org. The defaults (New, Working, Escalated, On Hold, Waiting on
 * Customer, Closed, Resolved) are known; any other status is read as closed or open from the
 * {@code IsClosed} column of the cases that carry it. A closed status maps to SOLVED, because a
 * Salesforce case can be reopened (cxkit's CLOSED is final). The status history comes from the
 * history rows with {@code Field = Status}; other tracked fields are read and left out (one
 * warning). A case owned by a queue ({@code OwnerId} starting {@code 00G}) has no agent.
 *
 * <p>Answered: the case record carries no first-response time. The interaction's answeredAt is
 * the first status change in the history (someone worked the case), else the close; an open case
 * without history stays unanswered.
 *
 * <p>Cannot know: talk, hold, after-contact work, transfers, escalations in cxkit's sense
 * (IsEscalated marks an escalation rule that fired; the case carries no tiers), abandon wait,
 * feedback, first reply.
 */
public final class SalesforceProfile extends Profile {

    /** The profile. */
    public static final SalesforceProfile INSTANCE = new SalesforceProfile();

    private static final Map<String, CaseStatus> DEFAULT_STATUSES = Map.of(
            "new", CaseStatus.NEW, "working", CaseStatus.OPEN, "escalated", CaseStatus.OPEN,
            "on_hold", CaseStatus.ON_HOLD, "waiting_on_customer", CaseStatus.PENDING,
            "closed", CaseStatus.SOLVED, "resolved", CaseStatus.SOLVED);

    /** What the facts cx-core's import report counts are called for a case. */
    private static final FactNames NAMES = new FactNames(FactNames.PLAIN.talk(), FactNames.PLAIN.hold(),
            FactNames.PLAIN.afterContactWork(), FactNames.PLAIN.transfers(), FactNames.PLAIN.abandonWait(), "Status",
            "survey");

    /** One status row of the history. */
    private record Change(String file, long line, Instant at, CaseStatus from, CaseStatus to) {
    }

    private SalesforceProfile() {
        super("salesforce", List.of(InteractionFact.TALK, InteractionFact.HOLD, InteractionFact.AFTER_CONTACT_WORK,
                InteractionFact.TRANSFERS, InteractionFact.ABANDON_WAIT));
    }

    @Override
    void read(Context context) {
        ReadSession session = context.session;
        char delimiter = context.delimiter(',');
        ZoneId zone = context.zone();
        List<Path> cases = new ArrayList<>();
        List<Path> histories = new ArrayList<>();
        for (Path file : context.files) {
            CsvSource.Header header = CsvSource.peekHeader(file, delimiter);
            boolean history = header != null && header.has("CaseId") && header.has("Field") && header.has("NewValue");
            (history ? histories : cases).add(file);
        }

        // Pass A: which of the org's own statuses are closed, by the IsClosed of the cases that carry
        // them (a majority, so that one inconsistent row cannot flip a status; that row is rejected
        // later). The default statuses keep their documented meaning.
        Map<String, int[]> votes = new HashMap<>();
        for (Path file : cases) {
            new CsvSource(Context.name(file), session, delimiter, '"', true).quiet().read(file, row -> {
                String status = row.get("Status");
                String isClosed = row.get("IsClosed");
                if (status == null || isClosed == null || DEFAULT_STATUSES.containsKey(Vocabulary.key(status))) {
                    return;
                }
                try {
                    votes.computeIfAbsent(Vocabulary.key(status), k -> new int[2])[Cells.bool("IsClosed", isClosed) ? 1 : 0]++;
                } catch (RecordException e) {
                    // rejected on the last pass
                }
            });
        }
        Map<String, CaseStatus> statuses = new HashMap<>(DEFAULT_STATUSES);
        votes.forEach((status, count) -> statuses.put(status, count[1] > count[0] ? CaseStatus.SOLVED : CaseStatus.OPEN));

        // Pass B: the history's status rows, by case.
        Map<String, List<Change>> changes = new HashMap<>();
        for (Path file : histories) {
            String name = Context.name(file);
            new CsvSource(name, session, delimiter, '"', true).read(file, row -> {
                try {
                    String field = Json.required(row.get("Field"), "Field");
                    String caseId = Cells.id("CaseId", Json.required(row.get("CaseId"), "CaseId"));
                    if (isDeleted(row)) {
                        session.leftOut("CaseHistory rows with IsDeleted = true", row.where());
                        return;
                    }
                    if (!Vocabulary.key(field).equals("status")) {
                        session.leftOut("CaseHistory rows for fields other than Status", row.where());
                        return;
                    }
                    Instant at = Cells.instant("CreatedDate", Json.required(row.get("CreatedDate"), "CreatedDate"), zone);
                    CaseStatus to = status(statuses, "NewValue", Json.required(row.get("NewValue"), "NewValue"));
                    String old = row.get("OldValue");
                    CaseStatus from = old == null ? CaseStatus.NEW : status(statuses, "OldValue", old);
                    changes.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new Change(name, row.line(), at, from, to));
                } catch (RecordException e) {
                    session.reject(name, row.line(), e);
                }
            });
        }

        // Pass C: the cases, joined with their history.
        Map<String, String> outcome = new HashMap<>();
        for (Path file : cases) {
            String name = Context.name(file);
            new CsvSource(name, session, delimiter, '"', true).read(file, row -> {
                String id = row.get("Id");
                try {
                    if (isDeleted(row)) {
                        session.leftOut("Case rows with IsDeleted = true", row.where());
                        return;
                    }
                    Ticket ticket = ticket(row, statuses, zone, id == null ? null : changes.get(id));
                    Interaction interaction = ticket.interaction(session, row.where(), NAMES);
                    List<CaseEvent> events = ticket.events();
                    context.interactions.accept(interaction);
                    events.forEach(context.caseEvents);
                    if (id != null) {
                        outcome.put(id, "");
                    }
                } catch (RecordException e) {
                    session.reject(name, row.line(), e);
                    if (id != null) {
                        outcome.putIfAbsent(id, row.where());
                    }
                }
            });
        }
        for (Map.Entry<String, List<Change>> entry : changes.entrySet()) {
            String result = outcome.get(entry.getKey());
            for (Change change : entry.getValue()) {
                if ("".equals(result)) {
                    session.accept();
                } else {
                    session.reject(change.file(), change.line(), "CaseId", RejectKind.INCONSISTENT, result == null
                            ? "no case " + entry.getKey() + " was read, so this history row was not used.\nMaybe the"
                                    + " Case export covers fewer cases than the CaseHistory export?"
                            : "not used: its case " + entry.getKey() + " was rejected (" + result + ")");
                }
            }
        }
    }

    private static boolean isDeleted(CsvSource.Row row) {
        String deleted = row.get("IsDeleted");
        return deleted != null && Cells.bool("IsDeleted", deleted);
    }

    private static CaseStatus status(Map<String, CaseStatus> statuses, String field, String value) {
        CaseStatus status = statuses.get(Vocabulary.key(value));
        if (status == null) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the status '" + Cells.shown(value)
                    + "' is not a Salesforce default and no case in the export says whether it is closed.\nMaybe"
                    + " add IsClosed to the Case export?");
        }
        return status;
    }

    private static Channel origin(String value) {
        return switch (Vocabulary.key(value)) {
            case "phone" -> Channel.PHONE;
            case "email", "web", "email_to_case", "web_to_case" -> Channel.EMAIL;
            case "chat", "live_chat" -> Channel.CHAT;
            case "messaging", "sms", "whatsapp" -> Channel.MESSAGING;
            case "social", "twitter", "facebook" -> Channel.SOCIAL;
            default -> throw new RecordException("Origin", RejectKind.INVALID_VALUE, "unknown case origin '"
                    + Cells.shown(value) + "'. Known: Phone, Email, Web, Chat, Messaging, Social.\nMaybe an org-defined"
                    + " origin: read the file with the mapped profile.");
        };
    }

    private static Ticket ticket(CsvSource.Row row, Map<String, CaseStatus> statuses, @Nullable ZoneId zone,
            @Nullable List<Change> history) {
        Ticket ticket = new Ticket();
        ticket.id = Json.required(row.get("Id"), "Id");
        ticket.status = status(statuses, "Status", Json.required(row.get("Status"), "Status"));
        String isClosed = row.get("IsClosed");
        if (isClosed != null && Cells.bool("IsClosed", isClosed) == ticket.status.isActive()) {
            throw new RecordException("IsClosed", RejectKind.INCONSISTENT, "IsClosed is " + isClosed
                    + " but the status maps to " + ticket.status);
        }
        String escalated = row.get("IsEscalated");
        if (escalated != null) {
            Cells.bool("IsEscalated", escalated);
        }
        ticket.channel = origin(Json.required(row.get("Origin"), "Origin"));
        ticket.channelField = "Origin";
        String priority = row.get("Priority");
        ticket.priority = priority == null ? null : Vocabulary.priority("Priority", priority);
        String owner = row.get("OwnerId");
        ticket.agentId = owner != null && owner.startsWith("00G") ? null : owner;
        ticket.agentField = "OwnerId";
        ticket.reason = row.get("Reason");
        ticket.reasonField = "Reason";
        String contact = row.get("ContactId");
        String account = row.get("AccountId");
        String email = row.get("SuppliedEmail");
        if (contact != null) {
            ticket.customerId = contact;
            ticket.customerField = "ContactId";
        } else if (account != null) {
            ticket.customerId = account;
            ticket.customerField = "AccountId";
        } else if (email != null) {
            ticket.customerId = Pseudonym.of("sf-", email);
            ticket.customerField = "SuppliedEmail";
        } else {
            ticket.customerField = "ContactId";
        }
        ticket.createdAt = Cells.instant("CreatedDate", Json.required(row.get("CreatedDate"), "CreatedDate"), zone);
        ticket.createdField = "CreatedDate";
        String modified = row.get("LastModifiedDate");
        ticket.updatedAt = modified == null ? null : Cells.instant("LastModifiedDate", modified, zone);
        ticket.updatedField = "LastModifiedDate";
        String closedDate = row.get("ClosedDate");
        if (closedDate != null) {
            ticket.solvedAt = Cells.instant("ClosedDate", closedDate, zone);
            ticket.solvedField = "ClosedDate";
            if (ticket.status.isActive()) {
                // ClosedDate stays from an earlier close after a reopen; the case is open now.
                ticket.firstSolvedAt = ticket.solvedAt;
                ticket.solvedAt = null;
            }
        }
        if (history != null && !history.isEmpty()) {
            List<Change> sorted = new ArrayList<>(history);
            sorted.sort((a, b) -> a.at().compareTo(b.at()));
            ticket.initialStatus = sorted.get(0).from();
            StatusHistory statusHistory = new StatusHistory(ticket.id);
            statusHistory.add(ticket.createdAt, ticket.initialStatus, ticket.priority);
            for (Change change : sorted) {
                statusHistory.add(change.at(), change.to(), null);
            }
            ticket.history = statusHistory;
            ticket.initiallyAssignedAt = sorted.get(0).at();
            ticket.assignedField = "CaseHistory.CreatedDate";
        }
        return ticket;
    }
}
