package dev.cxkit.exports.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import org.jspecify.annotations.Nullable;

/**
 * Freshdesk's ticket export CSV (Tickets → Export). Column names are matched in either spelling
 * Freshdesk has used ("Ticket ID" / "Ticket Id", "Created time" / "Created Time", "Last updated
 * time" / "Last update time"). Times are local to the account and need the zone.
 *
 * <p>Sources: the ticket fields and value lists of developers.freshdesk.com/api/#tickets (status
 * 2–5, priority 1–4, source names); the statuses of
 * support.freshdesk.com/en/support/solutions/articles/37600-understanding-ticket-statuses (a
 * customer reply moves a Closed ticket back to Open, so Closed maps to SOLVED); the satisfaction
 * survey answers Freshdesk offers (the classic three: Awesome, Just Okay, Not Good; the custom
 * seven-point scale from "Extremely satisfied" to "Extremely dissatisfied").
 *
 * <p>Mapping: id = Ticket ID; channel from Source; status, priority; reason = Type; agent = Agent
 * (the agent's name, as the export gives it); team = Group; queuedAt = Created time; firstReplyAt =
 * answeredAt = Initial response time (a timestamp in this export, not a duration); endedAt =
 * Resolved time, else Closed time, else Last updated time; talk = Time tracked (HH:MM of agents'
 * timesheets) when above zero — "00:00" is how the export writes a ticket nobody tracked, so it
 * stays not recorded; customer = a pseudonym of Requester Email, else Requester Phone, else
 * Requester Name; CSAT from Survey Result.
 *
 * <p>Read but not mapped: "First response time (in hrs)" and "Resolution time (in hrs)" are
 * business-hours durations under the account's own calendar (cxkit measures business time with its
 * own calendar from the timestamps); "Agent interactions" and "Customer interactions" are message
 * counts, which cxkit's records do not hold.
 *
 * <p>Cannot know: hold, after-contact work, transfers, escalations, abandon wait; reopen instants
 * (the export has no status history).
 */
public final class FreshdeskProfile extends Profile {

    /** The profile. */
    public static final FreshdeskProfile INSTANCE = new FreshdeskProfile();

    /** Survey answers as the export writes them, to a score on their scale. */
    private static final Map<String, CsatScore> SURVEY = Map.ofEntries(
            Map.entry("awesome", CsatScore.of(3, 3)), Map.entry("happy", CsatScore.of(3, 3)),
            Map.entry("just_okay", CsatScore.of(2, 3)), Map.entry("neutral", CsatScore.of(2, 3)),
            Map.entry("not_good", CsatScore.of(1, 3)), Map.entry("unhappy", CsatScore.of(1, 3)),
            Map.entry("extremely_satisfied", new CsatScore(7, CsatScale.ONE_TO_SEVEN)),
            Map.entry("mostly_satisfied", new CsatScore(6, CsatScale.ONE_TO_SEVEN)),
            Map.entry("slightly_satisfied", new CsatScore(5, CsatScale.ONE_TO_SEVEN)),
            Map.entry("neither_satisfied_nor_dissatisfied", new CsatScore(4, CsatScale.ONE_TO_SEVEN)),
            Map.entry("slightly_dissatisfied", new CsatScore(3, CsatScale.ONE_TO_SEVEN)),
            Map.entry("mostly_dissatisfied", new CsatScore(2, CsatScale.ONE_TO_SEVEN)),
            Map.entry("extremely_dissatisfied", new CsatScore(1, CsatScale.ONE_TO_SEVEN)));

    /** What the export calls the facts cx-core's import report counts. */
    private static final FactNames NAMES = new FactNames("Time tracked", FactNames.PLAIN.hold(),
            FactNames.PLAIN.afterContactWork(), FactNames.PLAIN.transfers(), FactNames.PLAIN.abandonWait(), "Status",
            "Survey result");

    private FreshdeskProfile() {
        super("freshdesk", List.of(InteractionFact.HOLD, InteractionFact.AFTER_CONTACT_WORK, InteractionFact.TRANSFERS,
                InteractionFact.ABANDON_WAIT));
    }

    @Override
    void read(Context context) {
        ZoneId zone = context.requireZone("freshdesk", "writes times in the account's time zone without an offset");
        for (Path file : context.files) {
            String name = Context.name(file);
            new CsvSource(name, context.session, context.delimiter(','), '"', true).read(file, row -> {
                try {
                    Ticket ticket = ticket(row, zone, context.session);
                    Interaction interaction = ticket.interaction(context.session, row.where(), NAMES);
                    List<CaseEvent> events = ticket.events();
                    context.interactions.accept(interaction);
                    events.forEach(context.caseEvents);
                } catch (RecordException e) {
                    context.session.reject(name, row.line(), e);
                }
            });
        }
    }

    private static Ticket ticket(CsvSource.Row row, ZoneId zone, ReadSession session) {
        Ticket ticket = new Ticket();
        ticket.initialStatus = CaseStatus.OPEN;
        ticket.id = Json.required(row.get("Ticket ID"), "Ticket ID");
        ticket.status = Vocabulary.freshdeskStatus("Status", Json.required(row.get("Status"), "Status"));
        ticket.channel = Vocabulary.freshdeskSource("Source", Json.required(row.get("Source"), "Source"));
        ticket.channelField = "Source";
        String priority = row.get("Priority");
        ticket.priority = priority == null ? null : Vocabulary.priority("Priority", priority);
        ticket.reason = row.get("Type");
        ticket.reasonField = "Type";
        ticket.agentId = row.get("Agent");
        ticket.agentField = "Agent";
        ticket.team = row.get("Group");
        ticket.teamField = "Group";
        String email = row.get("Requester Email", "Email");
        String phone = row.get("Requester Phone");
        String requesterName = row.get("Requester Name", "Full name");
        if (email != null) {
            ticket.customerId = Pseudonym.of("fd-", email);
            ticket.customerField = "Requester Email";
        } else if (phone != null) {
            ticket.customerId = Pseudonym.of("fd-", phone);
            ticket.customerField = "Requester Phone";
        } else if (requesterName != null) {
            ticket.customerId = Pseudonym.of("fd-", requesterName);
            ticket.customerField = "Requester Name";
        } else {
            ticket.customerField = "Requester Email";
        }
        ticket.createdAt = Json.required(time(row, "Created time", zone), "Created time");
        ticket.createdField = "Created time";
        ticket.updatedAt = time(row, zone, "Last updated time", "Last update time");
        ticket.updatedField = "Last updated time";
        Instant resolved = time(row, "Resolved time", zone);
        Instant closed = time(row, "Closed time", zone);
        ticket.solvedAt = resolved != null ? resolved : closed;
        ticket.solvedField = resolved != null ? "Resolved time" : "Closed time";
        ticket.firstSolvedAt = ticket.solvedAt;
        ticket.closedAt = closed;
        ticket.closedField = "Closed time";
        ticket.firstReplyAt = time(row, "Initial response time", zone);
        ticket.firstReplyField = "Initial response time";
        String tracked = row.get("Time tracked");
        if (tracked != null) {
            Duration talk = Cells.clock("Time tracked", tracked, true);
            ticket.talk = talk.isZero() ? null : talk;
        }
        String survey = row.get("Survey result", "Survey results");
        if (survey != null) {
            CsatScore score = SURVEY.get(Vocabulary.key(survey));
            if (score != null) {
                ticket.csat = score;
                ticket.ratedAt = ticket.updatedAt;
                ticket.ratedField = "Last updated time";
            } else {
                session.warn("Survey result '" + Cells.shown(survey) + "' is not one of Freshdesk's default answers;"
                        + " the feedback of these tickets is left unset (maybe read the file with the mapped profile"
                        + " and a value map for csat)");
            }
        }
        return ticket;
    }

    private static @Nullable Instant time(CsvSource.Row row, String column, ZoneId zone) {
        String text = row.get(column);
        return text == null ? null : Cells.instant(column, text, zone);
    }

    private static @Nullable Instant time(CsvSource.Row row, ZoneId zone, String... spellings) {
        for (String column : spellings) {
            String text = row.get(column);
            if (text != null) {
                return Cells.instant(column, text, zone);
            }
        }
        return null;
    }
}
