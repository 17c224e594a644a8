package dev.cxkit.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * running KPIs, all or nothing.
 */
final class AuditEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEndpoint.class);
    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    private static final int REJECTS_SHOWN = 100;
    private static final String WHAT = "POST /audit";

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
        for (Interaction interaction : batch) {
            findings.addAll(checks.check(interaction));
        }
        kpis.add(batch);
        LOG.info("{}: {} interactions audited, {} findings.", WHAT, batch.size(), findings.size());
        return Reply.json(200, json -> {
            FindingFields.writeFields(json, findings);
            json.writeNumberField("interactions", batch.size());
        });
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
