package dev.cxkit.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.Reject;
import dev.cxkit.server.ContactAudit;
import dev.cxkit.audit.AuditFinding;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.cxkit.json.internal.FindingFields;

/**
 * {@code POST /audit}: reads the posted JSON Lines, audits each interaction and adds the batch to the
 * running KPIs, all or nothing. The query parameter {@code asOf} (an ISO-8601 instant) judges the
 * contacts as known at that instant instead of at the moment of the request (issue 20): promises and
 * feedback loops are judged at it, and the reply echoes it; an audit that cannot do that answers 400.
 */
final class AuditEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEndpoint.class);
    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    private static final int REJECTS_SHOWN = 100;
    private static final String WHAT = "POST /audit";
    private static final List<String> PARAMETERS = List.of("asOf");

    private final @Nullable ContactAudit audit;
    private final RunningKpis kpis;
    private final long maxBytes;

    AuditEndpoint(@Nullable ContactAudit audit, RunningKpis kpis, long maxBytes) {
        this.audit = audit;
        this.kpis = kpis;
        this.maxBytes = maxBytes;
    }

    boolean isConfigured() {
        return audit != null;
    }

    Reply audit(Exchange exchange) throws IOException {
        ContactAudit checks = audit;
        if (checks == null) {
            return Reply.error(501, "audit not configured", "This server was started without a mistake audit, so "
                    + "nothing was read, audited or counted.\nMaybe build it with HelpdeskServer.Builder.contactAudit(...)?");
        }
        Instant asOf = asOf(QueryString.parse(exchange.rawQuery(), PARAMETERS).get("asOf"));
        List<Interaction> batch = new ArrayList<>();
        ImportReport report;
        try (InputStream in = BoundedBody.stream(exchange, maxBytes, WHAT)) {
            report = READER.read(in, "body", batch::add);
        }
        if (!report.isClean()) {
            LOG.info("{}: {} of {} records rejected; nothing audited or counted.", WHAT, report.rejected(),
                    report.read());
            return rejected(report);
        }
        List<AuditFinding> findings = new ArrayList<>();
        try {
            for (Interaction interaction : batch) {
                findings.addAll(asOf == null ? checks.check(interaction) : checks.check(interaction, asOf));
            }
        } catch (UnsupportedOperationException e) {
            return Reply.error(400, "asOf not supported", "This server's audit judges at the moment of the request "
                    + "only, so nothing was audited or counted.\nMaybe post without asOf?");
        }
        kpis.add(batch);
        LOG.info("{}: {} interactions audited, {} findings.", WHAT, batch.size(), findings.size());
        return Reply.json(200, json -> {
            FindingFields.writeFields(json, findings);
            json.writeNumberField("interactions", batch.size());
            if (asOf != null) {
                json.writeStringField("asOf", asOf.toString());
            }
        });
    }

    private static @Nullable Instant asOf(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            // The one check of every instant from outside (issue 25 item 6): ISO-8601, 1970 to 2200.
            return InstantBounds.parse(text, "asOf");
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid("asOf", String.valueOf(e.getMessage()));
        }
    }

    private static Reply rejected(ImportReport report) {
        Reject first = report.rejects().isEmpty() ? null : report.rejects().get(0);
        String detail = String.format(Locale.ROOT, "%d of %d records rejected; nothing was audited or counted.%s",
                report.rejected(), report.read(), first == null ? "" : " First: " + first + ".");
        return Reply.error(400, "invalid interactions", detail, json -> {
            json.writeNumberField("read", report.read());
            json.writeNumberField("accepted", report.accepted());
            json.writeNumberField("rejected", report.rejected());
            json.writeArrayFieldStart("rejects");
            for (Reject reject : report.rejects().subList(0, Math.min(REJECTS_SHOWN, report.rejects().size()))) {
                json.writeStartObject();
                json.writeNumberField("line", reject.line());
                if (reject.field() == null) {
                    json.writeNullField("field");
                } else {
                    json.writeStringField("field", reject.field());
                }
                json.writeStringField("kind", reject.kind().name());
                json.writeStringField("message", reject.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
