package dev.cxkit.exports.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * Amazon Connect contact records (the field names of the admin guide's "Data model for Amazon
 * Connect contact records", docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html).
 *
 * <p>Mapping, one interaction per contact record (a leg; a transfer creates the next record):
 * id = {@code ContactId}; channel from {@code Channel} (VOICE → PHONE, CHAT → CHAT, EMAIL →
 * EMAIL; TASK is agent work and rejected); queuedAt = {@code Queue.EnqueueTimestamp}, or
 * {@code InitiationTimestamp} for a contact that reached an agent without a queue (outbound,
 * callback); answeredAt = {@code Agent.ConnectedToAgentTimestamp}; endedAt =
 * {@code DisconnectTimestamp}, or for an abandoned contact {@code Queue.DequeueTimestamp} (when the
 * caller left the queue); talk = {@code Agent.AgentInteractionDuration}, hold =
 * {@code Agent.CustomerHoldDuration}, after-contact work = {@code Agent.AfterContactWorkDuration}
 * (whole seconds; each set only when present); agent = {@code Agent.Username} (else the id at the
 * end of {@code Agent.ARN}); team = the deepest {@code Agent.HierarchyGroups} level's
 * {@code GroupName}; customer = a pseudonym of {@code CustomerEndpoint.Address} (a phone number,
 * never kept), else the contact chain; case = {@code InitialContactId} (links the legs of one
 * transferred contact); a record with an agent and a {@code NextContactId} has one transfer, at
 * {@code TransferCompletedTimestamp} or else {@code DisconnectTimestamp}.
 *
 * <p>The guide says records arrive at least once and a record can be delivered again with new
 * information; the copy with the greatest {@code LastUpdateTimestamp} is kept per
 * {@code ContactId}, the others are counted as accepted (superseded) in one warning.
 *
 * <p>Rejected as not an offered contact: TASK records; records with neither {@code Queue} nor
 * {@code Agent} (the contact ended in the flow); records that left the queue by a flow transfer
 * to the next record before an agent answered.
 *
 * <p>Cannot know: feedback (post-contact surveys are not in the record), contact reason,
 * resolution, case status history; hold segments (only the total and the count of holds).
 */
public final class AmazonConnectProfile extends Profile {

    /** The profile. */
    public static final AmazonConnectProfile INSTANCE = new AmazonConnectProfile();

    private static final Set<String> NONE = Set.of();

    /** The record's fields for the facts cx-core's import report counts. */
    private static final FactNames NAMES = new FactNames("Agent.AgentInteractionDuration", "Agent.CustomerHoldDuration",
            "Agent.AfterContactWorkDuration", "NextContactId", "Queue.DequeueTimestamp", "resolved", "survey");

    private AmazonConnectProfile() {
        super("amazon-connect", List.of());
    }

    @Override
    void read(Context context) {
        NewestCopies copies = new NewestCopies();
        long[] ordinal = {0};
        for (Path file : context.files) {
            new JsonSource(Context.name(file), context.session, Set.of("records", "contacts"), NONE, (line, kind, object) -> {
                long n = ordinal[0]++;
                Json record = Json.of(object);
                String id;
                Instant version;
                try {
                    id = record.string("ContactId");
                    version = record.instant("LastUpdateTimestamp");
                } catch (RecordException e) {
                    return;
                }
                if (id != null) {
                    copies.offer(id, version, n);
                }
            }, true).read(file);
        }
        long superseded = copies.superseded();
        if (superseded > 0) {
            context.session.acceptAll(superseded);
            context.session.warn(String.format(Locale.ROOT, "%,d contact record(s) were older copies of a record"
                    + " delivered again and were replaced by the copy with the newest LastUpdateTimestamp", superseded));
        }
        ordinal[0] = 0;
        for (Path file : context.files) {
            String name = Context.name(file);
            new JsonSource(name, context.session, Set.of("records", "contacts"), NONE, (line, kind, object) -> {
                long n = ordinal[0]++;
                Json record = Json.of(object);
                String id = null;
                try {
                    id = record.string("ContactId");
                } catch (RecordException e) {
                    // rejected below
                }
                if (!copies.isNewest(id, n)) {
                    return;
                }
                try {
                    Interaction interaction = map(record).build(context.session, name + ":" + line);
                    context.session.accept(interaction, NAMES);
                    context.interactions.accept(interaction);
                } catch (RecordException e) {
                    context.session.reject(name, line, e);
                }
            }, false).read(file);
        }
    }

    private static InteractionDraft map(Json record) {
        InteractionDraft draft = new InteractionDraft().transfersRecorded();
        String contactId = Json.required(record.string("ContactId"), "ContactId");
        draft.id(contactId, "ContactId");
        record.instant("LastUpdateTimestamp");
        draft.channel(channel(record.string("Channel")));

        Json queue = record.object("Queue");
        Json agent = record.object("Agent");
        if (queue == null && agent == null) {
            throw new RecordException("Queue", RejectKind.INVALID_VALUE, "the contact never queued and never reached"
                    + " an agent (it ended in the flow); it is not an offered contact");
        }
        Instant queuedAt = queue != null ? Json.required(queue.instant("EnqueueTimestamp"), "Queue.EnqueueTimestamp")
                : Json.required(record.instant("InitiationTimestamp"), "InitiationTimestamp");
        draft.queuedAt(queuedAt, queue != null ? "Queue.EnqueueTimestamp" : "InitiationTimestamp");
        Instant disconnect = record.instant("DisconnectTimestamp");
        String next = record.string("NextContactId");
        if (agent != null) {
            Instant connected = Json.required(agent.instant("ConnectedToAgentTimestamp"), "Agent.ConnectedToAgentTimestamp");
            draft.answeredAt(connected, "Agent.ConnectedToAgentTimestamp");
            draft.endedAt(Json.required(disconnect, "DisconnectTimestamp"), "DisconnectTimestamp");
            draft.talk(agent.seconds("AgentInteractionDuration"));
            draft.hold(agent.seconds("CustomerHoldDuration"));
            agent.integer("NumberOfHolds");
            draft.afterContactWork(agent.seconds("AfterContactWorkDuration"));
            draft.agent(agentId(agent), "Agent.Username");
            draft.team(team(agent), "Agent.HierarchyGroups");
            draft.mustFit("Agent.AgentInteractionDuration", "Agent.CustomerHoldDuration");
            if (next != null) {
                Instant transferAt = record.instant("TransferCompletedTimestamp");
                draft.addTransfer(transferAt != null ? transferAt : disconnect,
                        transferAt != null ? "TransferCompletedTimestamp" : "DisconnectTimestamp");
            }
        } else {
            if (next != null) {
                throw new RecordException("NextContactId", RejectKind.INVALID_VALUE, "the contact left the queue by a"
                        + " transfer to the next contact record before an agent answered; it was neither answered nor"
                        + " abandoned here, and the next record stands for it");
            }
            // Never connected to an agent: no talk, hold or wrap-up, by definition rather than by omission.
            draft.talk(Duration.ZERO).hold(Duration.ZERO).afterContactWork(Duration.ZERO);
            Instant dequeued = queue.instant("DequeueTimestamp");
            if (dequeued != null) {
                draft.endedAt(dequeued, "Queue.DequeueTimestamp");
            } else {
                draft.endedAt(Json.required(disconnect, "DisconnectTimestamp"), "DisconnectTimestamp");
            }
        }
        Json endpoint = record.object("CustomerEndpoint");
        String address = endpoint == null ? null : endpoint.string("Address");
        String initial = record.string("InitialContactId");
        if (address != null) {
            draft.customerId(Pseudonym.of("ac-", address), "CustomerEndpoint.Address");
        } else {
            draft.customerId("contact:" + (initial != null ? initial : contactId), "ContactId");
        }
        draft.caseId(initial, "InitialContactId");
        return draft;
    }

    private static Channel channel(@Nullable String value) {
        if (value == null) {
            throw new RecordException("Channel", RejectKind.MISSING_FIELD, "required, but absent or empty");
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "VOICE" -> Channel.PHONE;
            case "CHAT" -> Channel.CHAT;
            case "EMAIL" -> Channel.EMAIL;
            case "TASK" -> throw new RecordException("Channel", RejectKind.INVALID_VALUE,
                    "a TASK is agent work, not a customer contact");
            default -> throw new RecordException("Channel", RejectKind.INVALID_VALUE, "unknown channel ("
                    + Cells.shown(value) + "). Allowed: VOICE, CHAT, EMAIL, TASK.");
        };
    }

    private static @Nullable String agentId(Json agent) {
        String username = agent.string("Username");
        if (username != null) {
            return username;
        }
        String arn = agent.string("ARN");
        if (arn == null) {
            return null;
        }
        int slash = arn.lastIndexOf('/');
        return slash >= 0 && slash < arn.length() - 1 ? arn.substring(slash + 1) : arn;
    }

    private static @Nullable String team(Json agent) {
        Json groups = agent.object("HierarchyGroups");
        if (groups == null) {
            return null;
        }
        for (int level = 5; level >= 1; level--) {
            Json group = groups.object("Level" + level);
            if (group != null && group.string("GroupName") != null) {
                return group.string("GroupName");
            }
        }
        return null;
    }
}
