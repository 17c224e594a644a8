package dev.cxkit.exports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.Priority;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * Zendesk Support tickets, joined with ticket metrics and audits, from JSON; or the account's CSV
 * export. See {@link dev.cxkit.exports.ExportProfile#zendesk()} and docs/exports.md for the field
 * table.
 *
 * <p>Sources: Tickets API (developer.zendesk.com/api-reference/ticketing/tickets/tickets/), Ticket
 * Metrics (…/tickets/ticket_metrics/), incremental exports
 * (…/ticket-management/incremental_exports/), Ticket Audits (…/tickets/ticket_audits/), via types
 * (developer.zendesk.com/documentation/ticketing/reference-guides/via-types), and the CSV export
 * columns (support.zendesk.com/hc/en-us/articles/4408886165402).
 *
 * <p>Satisfaction: Zendesk asks good or bad. A good rating is 3 and a bad one 1 on cxkit's 1–3
 * scale, so that top-box CSAT is good / (good + bad), Zendesk's own satisfaction score; an
 * "offered" survey without an answer is an unrated feedback; "unoffered" is no feedback.
 */
public final class ZendeskProfile extends Profile {

    /** The profile. */
    public static final ZendeskProfile INSTANCE = new ZendeskProfile();

    private static final Set<String> COLLECTIONS = Set.of("tickets", "ticket_metrics", "metric_sets", "audits");
    private static final Set<String> WRAPPERS = Set.of("ticket", "ticket_metric", "audit");

    private enum Kind { TICKET, METRIC, AUDIT }

    /** What the facts cx-core's import report counts are called in a ticket export. */
    private static final FactNames NAMES = new FactNames(FactNames.PLAIN.talk(), FactNames.PLAIN.hold(),
            FactNames.PLAIN.afterContactWork(), FactNames.PLAIN.transfers(), FactNames.PLAIN.abandonWait(), "status",
            "satisfaction_rating");

    /** One ticket_metrics record, as much of it as the mapping uses. */
    private record Metric(String file, long line, @Nullable Instant updatedAt, @Nullable Duration reply,
            boolean replyInMinutes, @Nullable Duration firstResolution, @Nullable Duration fullResolution,
            long reopens, @Nullable Instant solvedAt, @Nullable Instant initiallyAssignedAt,
            @Nullable Instant statusUpdatedAt) {
    }

    /** The audits of one ticket: their status changes and where each audit record was. */
    private static final class Audits {
        final List<Object[]> changes = new ArrayList<>();
        final List<String> records = new ArrayList<>();
    }

    private ZendeskProfile() {
        super("zendesk", List.of(InteractionFact.TALK, InteractionFact.HOLD, InteractionFact.AFTER_CONTACT_WORK,
                InteractionFact.TRANSFERS, InteractionFact.ABANDON_WAIT));
    }

    @Override
    void read(Context context) {
        List<Path> json = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        for (Path file : context.files) {
            (isJson(file) ? json : csv).add(file);
        }
        ZoneId zone = csv.isEmpty() ? null
                : context.requireZone("zendesk", "CSV writes times in the account's time zone without an offset");
        ReadSession session = context.session;

        // Pass 1: metrics and audits into memory, tickets indexed for the newest copy.
        Map<String, Metric> metrics = new HashMap<>();
        Map<String, Audits> audits = new HashMap<>();
        NewestCopies tickets = new NewestCopies();
        long[] ordinal = {0};
        long[] supersededMetrics = {0};
        for (Path file : json) {
            String name = Context.name(file);
            new JsonSource(name, session, COLLECTIONS, WRAPPERS, (line, kind, object) -> {
                Json record = Json.of(object);
                switch (kindOf(kind, record)) {
                    case METRIC -> {
                        try {
                            Metric metric = metric(record, name, line);
                            String ticketId = Json.required(record.id("ticket_id"), "ticket_id");
                            Metric previous = metrics.get(ticketId);
                            if (previous == null || newer(metric.updatedAt(), previous.updatedAt())) {
                                metrics.put(ticketId, metric);
                            }
                            if (previous != null) {
                                supersededMetrics[0]++;
                            }
                        } catch (RecordException e) {
                            session.reject(name, line, e);
                        }
                    }
                    case AUDIT -> {
                        try {
                            String ticketId = Json.required(record.id("ticket_id"), "ticket_id");
                            List<Object[]> changes = auditChanges(record);
                            Audits each = audits.computeIfAbsent(ticketId, k -> new Audits());
                            each.changes.addAll(changes);
                            each.records.add(name + ":" + line);
                        } catch (RecordException e) {
                            session.reject(name, line, e);
                        }
                    }
                    case TICKET -> {
                        long n = ordinal[0]++;
                        try {
                            String id = record.id("id");
                            if (id != null) {
                                tickets.offer(id, version(record), n);
                            }
                        } catch (RecordException e) {
                            // rejected on the second pass
                        }
                    }
                }
            }, true).read(file);
        }
        if (tickets.superseded() > 0) {
            session.acceptAll(tickets.superseded());
            session.warn(String.format(Locale.ROOT, "%,d ticket record(s) were older copies of a ticket that appears"
                    + " again later (incremental export pages overlap) and were replaced by the newest copy",
                    tickets.superseded()));
        }
        if (supersededMetrics[0] > 0) {
            session.acceptAll(supersededMetrics[0]);
            session.warn(String.format(Locale.ROOT, "%,d ticket_metrics record(s) were older copies for a ticket"
                    + " and were replaced by the newest (by updated_at)", supersededMetrics[0]));
        }

        // Pass 2: the tickets, joined.
        Map<String, String> outcome = new HashMap<>();
        ordinal[0] = 0;
        for (Path file : json) {
            String name = Context.name(file);
            new JsonSource(name, session, COLLECTIONS, WRAPPERS, (line, kind, object) -> {
                Json record = Json.of(object);
                if (kindOf(kind, record) != Kind.TICKET) {
                    return;
                }
                long n = ordinal[0]++;
                String id = null;
                try {
                    id = record.id("id");
                } catch (RecordException e) {
                    // rejected below
                }
                if (!tickets.isNewest(id, n)) {
                    return;
                }
                String where = name + ":" + line;
                try {
                    Ticket ticket = ticket(record, id == null ? null : metrics.get(id), id == null ? null : audits.get(id));
                    emit(context, ticket, where);
                    if (id != null) {
                        outcome.put(id, "");
                    }
                } catch (RecordException e) {
                    session.reject(name, line, e);
                    if (id != null && !outcome.containsKey(id)) {
                        outcome.put(id, where);
                    }
                }
            }, false).read(file);
        }
        for (Path file : csv) {
            String name = Context.name(file);
            new CsvSource(name, session, context.delimiter(','), '"', true).read(file, row -> {
                try {
                    emit(context, csvTicket(row, zone), row.where());
                } catch (RecordException e) {
                    session.reject(name, row.line(), e);
                }
            });
        }

        // The joined records: accepted with their ticket, rejected without one.
        for (Map.Entry<String, Metric> entry : metrics.entrySet()) {
            settle(session, entry.getKey(), outcome, entry.getValue().file(), entry.getValue().line(), "ticket_metrics");
        }
        for (Map.Entry<String, Audits> entry : audits.entrySet()) {
            for (String where : entry.getValue().records) {
                int colon = where.lastIndexOf(':');
                settle(session, entry.getKey(), outcome, where.substring(0, colon),
                        Long.parseLong(where.substring(colon + 1)), "audit");
            }
        }
    }

    private static void emit(Context context, Ticket ticket, String where) {
        Interaction interaction = ticket.interaction(context.session, where, NAMES);
        List<CaseEvent> events = ticket.events();
        context.interactions.accept(interaction);
        events.forEach(context.caseEvents);
    }

    private static void settle(ReadSession session, String ticketId, Map<String, String> outcome, String file,
            long line, String what) {
        String result = outcome.get(ticketId);
        if (result == null) {
            session.reject(file, line, "ticket_id", RejectKind.INCONSISTENT, "no ticket " + ticketId
                    + " was read, so this " + what + " record was not used.\nMaybe the tickets file covers a shorter"
                    + " period than the " + what + " file?");
        } else if (!result.isEmpty()) {
            session.reject(file, line, "ticket_id", RejectKind.INCONSISTENT, "not used: its ticket " + ticketId
                    + " was rejected (" + result + ")");
        } else {
            session.accept();
        }
    }

    private static boolean isJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            for (int i = 0; i < head.length; i++) {
                int b = head[i] & 0xFF;
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return b == '{' || b == '[';
            }
            String lower = Context.name(file).toLowerCase(Locale.ROOT);
            return !lower.endsWith(".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ".", e);
        }
    }

    private static Kind kindOf(String kind, Json record) {
        switch (kind) {
            case "tickets", "ticket":
                return Kind.TICKET;
            case "ticket_metrics", "metric_sets", "ticket_metric":
                return Kind.METRIC;
            case "audits", "audit":
                return Kind.AUDIT;
            default:
                break;
        }
        Map<String, Object> raw = record.raw();
        if (raw.containsKey("ticket_id") && raw.containsKey("events")) {
            return Kind.AUDIT;
        }
        if (raw.containsKey("ticket_id") && (raw.containsKey("reply_time_in_minutes")
                || raw.containsKey("full_resolution_time_in_minutes") || raw.containsKey("reopens"))) {
            return Kind.METRIC;
        }
        return Kind.TICKET;
    }

    private static @Nullable Instant version(Json ticket) {
        Long generated = ticket.integer("generated_timestamp");
        if (generated != null) {
            return Instant.ofEpochSecond(generated);
        }
        return ticket.instant("updated_at");
    }

    private static boolean newer(@Nullable Instant candidate, @Nullable Instant current) {
        return current == null || candidate != null && !candidate.isBefore(current);
    }

    private static Metric metric(Json record, String file, long line) {
        Duration reply = null;
        boolean inMinutes = false;
        Json seconds = record.object("reply_time_in_seconds");
        if (seconds != null && seconds.integer("calendar") != null) {
            reply = seconds.seconds("calendar");
        } else {
            Long minutes = calendarMinutes(record, "reply_time_in_minutes");
            if (minutes != null) {
                reply = Duration.ofMinutes(minutes);
                inMinutes = true;
            }
        }
        Long first = calendarMinutes(record, "first_resolution_time_in_minutes");
        Long full = calendarMinutes(record, "full_resolution_time_in_minutes");
        calendarMinutes(record, "on_hold_time_in_minutes");
        Long reopens = record.integer("reopens");
        if (reopens != null && reopens < 0) {
            throw new RecordException("reopens", RejectKind.INVALID_VALUE, "expected a count ≥ 0, got " + reopens);
        }
        return new Metric(file, line, record.instant("updated_at"), reply, inMinutes,
                first == null ? null : Duration.ofMinutes(first), full == null ? null : Duration.ofMinutes(full),
                reopens == null ? 0 : reopens, record.instant("solved_at"), record.instant("initially_assigned_at"),
                record.instant("status_updated_at"));
    }

    private static @Nullable Long calendarMinutes(Json record, String name) {
        Json value = record.object(name);
        if (value == null) {
            return null;
        }
        Long minutes = value.integer("calendar");
        if (minutes != null && minutes < 0) {
            throw new RecordException(name + ".calendar", RejectKind.INVALID_VALUE, "expected minutes ≥ 0, got " + minutes);
        }
        return minutes;
    }

    /** The status and priority changes of one audit: {at, status or null, priority or null}. */
    private static List<Object[]> auditChanges(Json audit) {
        Instant at = Json.required(audit.instant("created_at"), "created_at");
        List<Object[]> changes = new ArrayList<>();
        CaseStatus status = null;
        Priority priority = null;
        List<?> events = audit.array("events");
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Map<?, ?> map)) {
                throw new RecordException("events[" + i + "]", RejectKind.WRONG_TYPE, "expected an object, got "
                        + JsonSource.describeValue(events.get(i)));
            }
            @SuppressWarnings("unchecked")
            Json event = new Json((Map<String, Object>) map, "events[" + i + "]");
            String type = event.string("type");
            String fieldName = event.string("field_name");
            if (type == null || fieldName == null || !(type.equals("Create") || type.equals("Change"))) {
                continue;
            }
            Object value = event.value("value");
            if (!(value instanceof String text)) {
                continue;
            }
            if (fieldName.equals("status") && !Vocabulary.key(text).equals("deleted")) {
                status = Vocabulary.zendeskStatus(event.path("value"), text);
            } else if (fieldName.equals("priority")) {
                priority = Vocabulary.priority(event.path("value"), text);
            }
        }
        if (status != null || priority != null) {
            changes.add(new Object[] {at, status, priority});
        }
        return changes;
    }

    private static Ticket ticket(Json record, @Nullable Metric metric, @Nullable Audits audits) {
        Ticket ticket = new Ticket();
        ticket.id = Json.required(record.id("id"), "id");
        ticket.status = Vocabulary.zendeskStatus("status", Json.required(record.string("status"), "status"));
        Json via = record.object("via");
        Object channel = via == null ? null : via.value("channel");
        if (channel == null) {
            throw new RecordException("via.channel", RejectKind.MISSING_FIELD, "required, but absent or empty");
        }
        if (!(channel instanceof String) && !(channel instanceof Long)) {
            throw new RecordException("via.channel", RejectKind.WRONG_TYPE, "expected a via name or id, got "
                    + JsonSource.describeValue(channel));
        }
        ticket.channel = Boolean.TRUE.equals(record.bool("from_messaging_channel")) ? Channel.MESSAGING
                : Vocabulary.zendeskVia("via.channel", channel.toString());
        ticket.channelField = "via.channel";
        ticket.customerId = record.id("requester_id");
        ticket.customerField = "requester_id";
        ticket.agentId = record.id("assignee_id");
        ticket.agentField = "assignee_id";
        ticket.team = record.id("group_id");
        ticket.teamField = "group_id";
        ticket.reason = record.string("type");
        String priority = record.string("priority");
        ticket.priority = priority == null ? null : Vocabulary.priority("priority", priority);
        ticket.createdAt = Json.required(record.instant("created_at"), "created_at");
        ticket.updatedAt = record.instant("updated_at");
        satisfaction(ticket, record);
        if (metric != null) {
            join(ticket, metric);
        }
        if (audits != null) {
            StatusHistory history = new StatusHistory(ticket.id);
            for (Object[] change : audits.changes) {
                if (change[1] != null) {
                    history.add((Instant) change[0], (CaseStatus) change[1], (Priority) change[2]);
                }
            }
            ticket.history = history;
        }
        return ticket;
    }

    private static void join(Ticket ticket, Metric metric) {
        Instant created = ticket.createdAt;
        if (metric.reply() != null) {
            ticket.firstReplyAt = created.plus(metric.reply());
            ticket.firstReplyInMinutes = metric.replyInMinutes();
            ticket.firstReplyField = metric.replyInMinutes() ? "reply_time_in_minutes" : "reply_time_in_seconds";
        }
        ticket.initiallyAssignedAt = metric.initiallyAssignedAt();
        ticket.solvedAt = metric.solvedAt();
        if (ticket.solvedAt == null && metric.fullResolution() != null) {
            ticket.solvedAt = created.plus(metric.fullResolution());
            ticket.solvedField = "full_resolution_time_in_minutes";
        }
        ticket.reopens = metric.reopens();
        if (metric.reopens() == 0 && ticket.solvedAt != null) {
            ticket.firstSolvedAt = ticket.solvedAt;
        } else if (metric.firstResolution() != null) {
            Instant first = created.plus(metric.firstResolution());
            // Whole minutes: never after the exact last solve.
            ticket.firstSolvedAt = ticket.solvedAt != null && first.isAfter(ticket.solvedAt) ? ticket.solvedAt : first;
        }
        ticket.statusChangedAt = metric.statusUpdatedAt();
    }

    private static void satisfaction(Ticket ticket, Json record) {
        Object rating = record.value("satisfaction_rating");
        String score;
        Instant at = null;
        if (rating == null) {
            return;
        } else if (rating instanceof String text) {
            score = text;
        } else if (rating instanceof Map<?, ?>) {
            Json object = Json.required(record.object("satisfaction_rating"), "satisfaction_rating");
            score = object.string("score");
            at = object.instant("updated_at");
            if (at == null) {
                at = object.instant("created_at");
            }
        } else {
            throw new RecordException("satisfaction_rating", RejectKind.WRONG_TYPE, "expected an object or a string, got "
                    + JsonSource.describeValue(rating));
        }
        rating(ticket, "satisfaction_rating.score", score);
        ticket.ratedAt = at != null ? at : ticket.updatedAt;
        ticket.ratedField = at != null ? "satisfaction_rating.updated_at" : "updated_at";
    }

    private static void rating(Ticket ticket, String field, @Nullable String score) {
        if (score == null) {
            return;
        }
        switch (Vocabulary.key(score)) {
            case "good" -> ticket.csat = new CsatScore(3, CsatScale.ONE_TO_THREE);
            case "bad" -> ticket.csat = new CsatScore(1, CsatScale.ONE_TO_THREE);
            case "offered" -> ticket.surveyOffered = true;
            case "unoffered", "not_offered" -> {
            }
            default -> throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown satisfaction score '"
                    + Cells.shown(score) + "'. Allowed: good, bad, offered, unoffered.");
        }
    }

    /** A row of Zendesk's CSV export (support.zendesk.com/hc/en-us/articles/4408886165402). */
    private static Ticket csvTicket(CsvSource.Row row, @Nullable ZoneId zone) {
        Ticket ticket = new Ticket();
        ticket.id = Json.required(row.get("Id", "ID", "Ticket ID"), "Id");
        ticket.status = Vocabulary.zendeskStatus("Status", Json.required(row.get("Status"), "Status"));
        ticket.channel = Vocabulary.zendeskVia("Via", Json.required(row.get("Via"), "Via"));
        ticket.channelField = "Via";
        String requester = row.get("Requester id");
        if (requester != null) {
            ticket.customerId = requester;
            ticket.customerField = "Requester id";
        } else if (row.get("Requester email") != null) {
            ticket.customerId = Pseudonym.of("zd-", row.get("Requester email"));
            ticket.customerField = "Requester email";
        } else {
            ticket.customerField = "Requester id";
        }
        ticket.agentId = row.get("Assignee");
        ticket.agentField = "Assignee";
        ticket.team = row.get("Group");
        ticket.teamField = "Group";
        ticket.reason = row.get("Ticket type", "Type");
        ticket.reasonField = "Ticket type";
        String priority = row.get("Priority");
        ticket.priority = priority == null ? null : Vocabulary.priority("Priority", priority);
        ticket.createdAt = time(row, "Created at", zone);
        ticket.createdField = "Created at";
        ticket.updatedAt = time(row, "Updated at", zone);
        ticket.updatedField = "Updated at";
        ticket.initiallyAssignedAt = time(row, "Initially assigned at", zone);
        ticket.assignedField = "Initially assigned at";
        ticket.solvedAt = time(row, "Solved at", zone);
        ticket.solvedField = "Solved at";
        Instant created = Json.required(ticket.createdAt, "Created at");
        Long reply = minutes(row, "First reply time in minutes");
        if (reply != null) {
            ticket.firstReplyAt = created.plus(Duration.ofMinutes(reply));
            ticket.firstReplyInMinutes = true;
            ticket.firstReplyField = "First reply time in minutes";
        }
        Long reopens = minutes(row, "Reopens");
        ticket.reopens = reopens == null ? 0 : reopens;
        Long first = minutes(row, "First resolution time in minutes");
        if (ticket.reopens == 0 && ticket.solvedAt != null) {
            ticket.firstSolvedAt = ticket.solvedAt;
        } else if (first != null) {
            Instant at = created.plus(Duration.ofMinutes(first));
            ticket.firstSolvedAt = ticket.solvedAt != null && at.isAfter(ticket.solvedAt) ? ticket.solvedAt : at;
        }
        String score = row.get("Satisfaction Score", "Satisfaction score");
        rating(ticket, "Satisfaction Score", score);
        ticket.ratedAt = ticket.updatedAt;
        ticket.ratedField = "Updated at";
        return ticket;
    }

    private static @Nullable Instant time(CsvSource.Row row, String column, @Nullable ZoneId zone) {
        String text = row.get(column);
        return text == null ? null : Cells.instant(column, text, zone);
    }

    private static @Nullable Long minutes(CsvSource.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        long value = Cells.integer(column, text);
        if (value < 0) {
            throw new RecordException(column, RejectKind.INVALID_VALUE, "expected a count ≥ 0, got " + value);
        }
        return value;
    }
}
