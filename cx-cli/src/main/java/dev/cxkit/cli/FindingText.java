package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditQualityReport;
import dev.cxkit.audit.AuditSummary;

/** How {@code cx audit} and {@code cx demo} show findings and an audit summary. Stateless. */
final class FindingText {

    private FindingText() {
    }

    /** Counts per code, most frequent first, each with its example findings and their evidence. */
    static void printByCode(PrintWriter out, AuditSummary summary, Map<MistakeCode, List<AuditFinding>> examples) {
        List<Map.Entry<MistakeCode, Long>> codes = summary.findingsPerCode().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<MistakeCode, Long>comparingByValue().reversed())
                .toList();
        for (Map.Entry<MistakeCode, Long> code : codes) {
            out.printf(Locale.ROOT, "  %-26s %,8d%n", code.getKey(), code.getValue());
            for (AuditFinding finding : examples.getOrDefault(code.getKey(), List.of())) {
                out.printf(Locale.ROOT, "    e.g. %s: %s%n", subject(finding), evidence(finding));
                out.printf(Locale.ROOT, "         rule: %s; fix: %s%n", finding.threshold(), finding.fix());
            }
        }
    }

    /** Findings per team, agents with a training gap, top feedback themes per quarter. */
    static void printSummary(PrintWriter out, AuditSummary summary) {
        if (!summary.findingsPerTeam().isEmpty()) {
            out.println();
            out.println("Findings per team");
            summary.findingsPerTeam().entrySet().stream()
                    .sorted(Map.Entry.<TeamId, Long>comparingByValue().reversed())
                    .forEach(e -> out.printf(Locale.ROOT, "  %-26s %,8d%n", e.getKey().value(), e.getValue()));
        }
        out.println();
        if (summary.trainingGaps().isEmpty()) {
            out.println("No agent escalates far more than peers of the same tier.");
        } else {
            out.println("Agents whose escalations suggest a training gap");
            for (AuditSummary.TrainingGap gap : summary.trainingGaps()) {
                out.printf(Locale.ROOT, "  %-10s %-3s %s: escalated %,d of %,d (%.1f %%)%n", gap.agentId().value(),
                        gap.tier(), gap.team() == null ? "-" : gap.team().value(), gap.escalated(), gap.handled(),
                        gap.rate() * 100);
            }
        }
        if (!summary.topThemesPerQuarter().isEmpty()) {
            out.println();
            out.println("Top feedback themes per quarter");
            summary.topThemesPerQuarter().forEach((quarter, themes) -> out.printf(Locale.ROOT, "  %s: %s%n", quarter,
                    themes.stream().map(t -> t.theme() + " (" + t.count() + ")").collect(Collectors.joining(", "))));
        }
        long late = summary.lateContacts() + summary.lateCaseEvents();
        if (late > 0) {
            out.printf(Locale.ROOT, "%nNote: %,d contacts and %,d case events arrived out of order (see cx audit --help).%n",
                    summary.lateContacts(), summary.lateCaseEvents());
        }
    }

    /** The summary's per-team counts, training gaps and themes as JSON fields of an open object. */
    static void writeSummaryJson(JsonGenerator g, AuditSummary summary) throws IOException {
        g.writeObjectFieldStart("perTeam");
        for (Map.Entry<TeamId, Long> team : summary.findingsPerTeam().entrySet()) {
            g.writeNumberField(team.getKey().value(), team.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("perAgent");
        for (Map.Entry<AgentId, Long> agent : summary.findingsPerAgent().entrySet()) {
            g.writeNumberField(agent.getKey().value(), agent.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("trainingGaps");
        for (AuditSummary.TrainingGap gap : summary.trainingGaps()) {
            g.writeStartObject();
            g.writeStringField("agentId", gap.agentId().value());
            g.writeStringField("tier", gap.tier().name());
            g.writeNumberField("handled", gap.handled());
            g.writeNumberField("escalated", gap.escalated());
            g.writeNumberField("rate", gap.rate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("topThemesPerQuarter");
        for (Map.Entry<String, List<AuditSummary.ThemeCount>> quarter : summary.topThemesPerQuarter().entrySet()) {
            g.writeObjectFieldStart(quarter.getKey());
            for (AuditSummary.ThemeCount theme : quarter.getValue()) {
                g.writeNumberField(theme.theme(), theme.count());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("late");
        g.writeNumberField("contacts", summary.lateContacts());
        g.writeNumberField("caseEvents", summary.lateCaseEvents());
        g.writeEndObject();
    }

    /** Precision and recall per code as a {@code "quality"} array field of an open object. */
    static void writeQualityJson(JsonGenerator g, AuditQualityReport quality) throws IOException {
        g.writeArrayFieldStart("quality");
        for (AuditQualityReport.CodeQuality row : quality.rows().values()) {
            g.writeStartObject();
            g.writeStringField("code", row.code().name());
            g.writeNumberField("truth", row.truth());
            g.writeNumberField("found", row.found());
            g.writeNumberField("matched", row.matched());
            writeOptional(g, "precision", row.precision());
            writeOptional(g, "recall", row.recall());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeOptional(JsonGenerator g, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    static String subject(AuditFinding finding) {
        if (finding.interactionId() != null) {
            return "interaction " + finding.interactionId().value();
        }
        if (finding.caseId() != null) {
            return "case " + finding.caseId().value();
        }
        if (finding.agentId() != null) {
            return "agent " + finding.agentId().value();
        }
        return finding.team() != null ? "team " + finding.team().value() : "contact centre";
    }

    static String evidence(AuditFinding finding) {
        return finding.evidence().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
