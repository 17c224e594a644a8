package dev.cxkit.rules.internal.drools;

import dev.cxkit.rules.internal.AuthorityRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes authority-matrix rows as DRL: one rule per row, named by its {@code rule_id}, matching the
 * ruling fact (which carries the request's keys) on action, tier, segment (unless {@code *}) and
 * currency, and offering the row's index to it. Limits stay in Java: the rule only says "this row applies", which keeps the generated
 * text small and the comparison of amounts exact.
 */
public final class MatrixDrlWriter {

    private MatrixDrlWriter() {
    }

    /**
     * Writes one DRL unit for rows of one source.
     *
     * @param sourceName the matrix source, for messages
     * @param packageName a DRL package unique to this unit
     * @param rows all rows of the policy
     * @param from the index of the first row of this source
     * @param to the index after the last row of this source
     * @return the DRL with a map from its lines to the CSV lines
     */
    public static DrlUnit write(String sourceName, String packageName, List<AuthorityRow> rows, int from, int to) {
        StringBuilder drl = new StringBuilder(256 + 256 * (to - from));
        List<Integer> lineMap = new ArrayList<>();
        line(drl, lineMap, 0, "package " + packageName + ";");
        line(drl, lineMap, 0, "import dev.cxkit.core.Action;");
        line(drl, lineMap, 0, "import dev.cxkit.core.Tier;");
        line(drl, lineMap, 0, "import dev.cxkit.rules.internal.DefaultRuling;");
        for (int i = from; i < to; i++) {
            AuthorityRow row = rows.get(i);
            int csvLine = row.line();
            line(drl, lineMap, csvLine, "rule \"" + row.ruleId() + "\"");
            line(drl, lineMap, csvLine, "when");
            StringBuilder pattern = new StringBuilder("    $ruling : DefaultRuling(action == Action.")
                    .append(row.action().name()).append(", agentTier == Tier.").append(row.tier().name());
            if (row.segment() != null) {
                pattern.append(", segmentName == \"").append(row.segment().name()).append('"');
            }
            if (row.currency() != null) {
                pattern.append(", currencyCode == \"").append(row.currency().getCurrencyCode()).append('"');
            }
            line(drl, lineMap, csvLine, pattern.append(')').toString());
            line(drl, lineMap, csvLine, "then");
            line(drl, lineMap, csvLine, "    $ruling.offer(" + i + ");");
            line(drl, lineMap, csvLine, "end");
        }
        return new DrlUnit(sourceName, drl.toString(), lineMap.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void line(StringBuilder drl, List<Integer> lineMap, int sourceLine, String text) {
        drl.append(text).append('\n');
        lineMap.add(sourceLine);
    }
}
