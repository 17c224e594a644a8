package dev.cxkit.exports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.exports.internal.AmazonConnectProfile;
import dev.cxkit.exports.internal.FreshdeskProfile;
import dev.cxkit.exports.internal.MappedProfile;
import dev.cxkit.exports.internal.SalesforceProfile;
import dev.cxkit.exports.internal.ZendeskProfile;

/**
 * A named export shape that an {@link ExportReader} maps to cxkit's {@code Interaction} and
 * {@code CaseEvent} records (feedback travels inside the interaction). Get one from the static
 * factories; the implementations are cxkit's own, and users do not implement this interface.
 * Immutable and thread-safe.
 *
 * <p>Each profile's Javadoc (on its factory) names the vendor page each mapping follows and what
 * the export cannot know. Facts an export does not carry are left unset, never written as zero: the
 * durations and facts of cx-core's {@link InteractionFact} are marked not recorded on each
 * interaction ({@link dev.cxkit.core.Interaction#notRecorded()}), and counted per field in the
 * import report; survey answers, the contact reason and the first reply are {@code null}.
 */
public interface ExportProfile {

    /** The names accepted by {@link #named(String)}; {@code mapped} needs its mapping file. */
    List<String> NAMES = List.of("zendesk", "freshdesk", "salesforce", "amazon-connect", "mapped");

    /**
     * The profile's name, as the command line's {@code --format} spells it.
     *
     * @return for example {@code zendesk}
     */
    String name();

    /**
     * The facts of cx-core's {@link InteractionFact} that this export never carries; every
     * interaction it gives marks them not recorded (one record may lack more, such as a contact
     * record without hold time). Escalations need transfers, so an export without transfers cannot
     * show escalations either.
     *
     * @return the facts, in the enum's order
     */
    Set<InteractionFact> notRecorded();

    /**
     * Zendesk Support tickets: the JSON of the Tickets API and the incremental ticket export
     * (list pages, cursor pages, one ticket per line, or the account's JSON export), joined with
     * Ticket Metrics (a separate file, or side-loaded {@code metric_sets}) and, where given, Ticket
     * Audits for the status history; or the CSV of Zendesk's account export, whose local times need
     * {@link ExportOptions#zone()}. Files are told apart by their content. One interaction per
     * ticket (id = ticket id, customer = {@code requester_id}, agent = {@code assignee_id}, team =
     * {@code group_id}, reason = {@code type}, case = ticket id).
     *
     * <p>Follows: developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (ticket fields,
     * {@code via}, {@code satisfaction_rating}); …/tickets/ticket_metrics/ (metrics);
     * …/ticket-management/incremental_exports/ (envelopes, duplicates across pages);
     * …/tickets/ticket_audits/ (status changes); developer.zendesk.com/documentation/ticketing/
     * reference-guides/via-types (channel ids); support.zendesk.com/hc/en-us/articles/4408886165402
     * (CSV export columns). See docs/exports.md for the field table.
     *
     * <p>Cannot know: talk, hold and after-contact work (a ticket has no handle time; the
     * "on hold" metric is time in the On-hold status, not a customer on hold), transfers and
     * escalations (no tiers), abandon wait. First replies are whole minutes.
     *
     * @return the profile
     */
    static ExportProfile zendesk() {
        return ZendeskProfile.INSTANCE;
    }

    /**
     * Freshdesk's ticket export CSV (Tickets → Export, either header spelling: "Ticket ID" or
     * "Ticket Id", "Created time" or "Created Time"). Times are local to the exporting account and
     * need {@link ExportOptions#zone()}. One interaction per ticket; the customer is a pseudonym
     * derived from the requester's e-mail (or phone), never the address itself.
     *
     * <p>Follows: developers.freshdesk.com/api/#tickets (status, priority and source values);
     * support.freshdesk.com/en/support/solutions/articles/37600-understanding-ticket-statuses (a
     * closed ticket reopens on a customer reply, so Closed maps to SOLVED). See docs/exports.md.
     *
     * <p>Cannot know: hold, after-contact work, transfers, escalations, abandon wait; talk only
     * where agents tracked time.
     *
     * @return the profile
     */
    static ExportProfile freshdesk() {
        return FreshdeskProfile.INSTANCE;
    }

    /**
     * Salesforce Service Cloud {@code Case} records with their {@code CaseHistory}, as Data Loader
     * CSV (header = API field names, any case). Case files and history files are told apart by
     * their header. Statuses an org marks {@code IsClosed} map to SOLVED (Salesforce cases can be
     * reopened); the status history comes from the history rows with {@code Field = Status}.
     *
     * <p>Follows: developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
     * sforce_api_objects_case.htm and …/sforce_api_objects_casehistory.htm; Data Loader date
     * formats, …/dataLoader.meta/dataLoader/supported_data_types.htm. See docs/exports.md.
     *
     * <p>Cannot know: talk, hold, after-contact work, transfers and escalations (IsEscalated marks
     * an escalation rule, not a move to a higher tier), abandon wait, feedback, first reply.
     *
     * @return the profile
     */
    static ExportProfile salesforce() {
        return SalesforceProfile.INSTANCE;
    }

    /**
     * Amazon Connect contact records, one JSON object a line as Kinesis or Firehose deliver them
     * (objects written back to back and JSON arrays are read too). A record delivered more than
     * once is kept in its newest copy (greatest {@code LastUpdateTimestamp}). One interaction per
     * contact record (per leg: a transfer starts a new record, linked by {@code NextContactId}).
     *
     * <p>Follows: docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html (fields,
     * at-least-once delivery, abandoned contacts). See docs/exports.md.
     *
     * <p>Cannot know: feedback, contact reason, resolution, case events; hold segments (only the
     * total and the count).
     *
     * @return the profile
     */
    static ExportProfile amazonConnect() {
        return AmazonConnectProfile.INSTANCE;
    }

    /**
     * Any CSV or TSV through a mapping file the user writes (see {@link MappingFile}).
     *
     * @param mapping the mapping
     * @return the profile
     */
    static ExportProfile mapped(MappingFile mapping) {
        return new MappedProfile(Checks.notNull(mapping, "mapping"));
    }

    /**
     * One of the profiles that need no mapping file, by name.
     *
     * @param name {@code zendesk}, {@code freshdesk}, {@code salesforce} or {@code amazon-connect},
     *     case-insensitively
     * @return the profile
     * @throws IllegalArgumentException if the name is unknown, or {@code mapped} (which needs
     *     {@link #mapped(MappingFile)})
     */
    static ExportProfile named(String name) {
        Checks.notNull(name, "profile name");
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "zendesk" -> zendesk();
            case "freshdesk" -> freshdesk();
            case "salesforce" -> salesforce();
            case "amazon-connect", "amazon_connect", "connect" -> amazonConnect();
            case "mapped" -> throw new IllegalArgumentException(
                    "The mapped profile needs its mapping file.\nMaybe ExportProfile.mapped(MappingFile.read(path))?");
            default -> throw new IllegalArgumentException("Unknown export profile (" + Checks.abbreviate(name)
                    + "). Allowed: " + String.join(", ", NAMES) + ".");
        };
    }
}
