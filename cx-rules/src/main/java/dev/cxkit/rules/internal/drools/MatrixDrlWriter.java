package dev.cxkit.rules.internal.drools;

import dev.cxkit.core.Action;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.internal.AuthorityRow;
import dev.cxkit.rules.internal.MultiplierRow;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * @param multipliers the modifier rows of this source: each becomes a rule that scales the limits
     * @return the DRL with a map from its lines to the CSV lines
     */
    public static DrlUnit write(String sourceName, String packageName, List<AuthorityRow> rows, int from, int to,
            List<MultiplierRow> multipliers) {
        StringBuilder drl = new StringBuilder(256 + 256 * (to - from));
        List<Integer> lineMap = new ArrayList<>();
        line(drl, lineMap, 0, "package " + packageName + ";");
        line(drl, lineMap, 0, "import dev.cxkit.core.Action;");
        line(drl, lineMap, 0, "import dev.cxkit.core.Tier;");
        line(drl, lineMap, 0, "import dev.cxkit.rules.internal.DefaultRuling;");
        for (int i = from; i < to; i++) {
            AuthorityRow row = rows.get(i);
            rule(drl, lineMap, row.line(), row.ruleId(), pattern(row.action(), row.tier(), row.segment(), row.currency()),
                    "$ruling.offer(" + i + ");");
        }
        for (MultiplierRow row : multipliers) {
            // The listener tells the ruling which rule fires, so the adjustment carries this row's rule id.
            rule(drl, lineMap, row.line(), row.ruleId(), pattern(row.action(), row.tier(), row.segment(), row.currency()),
                    "$ruling.scaleLimits(new java.math.BigDecimal(\"" + row.factor().toPlainString() + "\"));");
        }
        return new DrlUnit(sourceName, drl.toString(), lineMap.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String pattern(Action action, Tier tier, @Nullable Segment segment, @Nullable Currency currency) {
        StringBuilder pattern = new StringBuilder("    $ruling : DefaultRuling(action == Action.")
                .append(action.name()).append(", agentTier == Tier.").append(tier.name());
        if (segment != null) {
            pattern.append(", segmentName == \"").append(segment.name()).append('"');
        }
        if (currency != null) {
            pattern.append(", currencyCode == \"").append(currency.getCurrencyCode()).append('"');
        }
        return pattern.append(')').toString();
    }

    private static void rule(StringBuilder drl, List<Integer> lineMap, int csvLine, String ruleId, String pattern,
            String consequence) {
        line(drl, lineMap, csvLine, "rule \"" + ruleId + "\"");
        line(drl, lineMap, csvLine, "when");
        line(drl, lineMap, csvLine, pattern);
        line(drl, lineMap, csvLine, "then");
        line(drl, lineMap, csvLine, "    " + consequence);
        line(drl, lineMap, csvLine, "end");
    }

    private static void line(StringBuilder drl, List<Integer> lineMap, int sourceLine, String text) {
        drl.append(text).append('\n');
        lineMap.add(sourceLine);
    }
}
