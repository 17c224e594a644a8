package dev.cxkit.rules.internal.drools;

import dev.cxkit.rules.PolicyProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.jspecify.annotations.Nullable;

/**
 * Turns a CSV decision table into DRL with Drools' own compiler, and maps each DRL line back to the
 * table row it came from (Drools marks each rule with a {@code // rule values at A<row>} comment), so
 * that compile errors point at the table's line.
 */
public final class DecisionTableConverter {

    private static final Pattern ROW_MARK = Pattern.compile("^// rule values at [A-Z]+(\\d+)");
    private static final Pattern CELL = Pattern.compile("\\b[A-Z]{1,3}(\\d+)\\b");

    private DecisionTableConverter() {
    }

    /**
     * Converts one table.
     *
     * @param sourceName for messages
     * @param csv the table
     * @param problems where a conversion failure is added
     * @return the DRL unit, or {@code null} if the table could not be converted
     */
    public static @Nullable DrlUnit convert(String sourceName, String csv, List<PolicyProblem> problems) {
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    InputType.CSV);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher cell = CELL.matcher(message);
            problems.add(new PolicyProblem(sourceName, cell.find() ? Integer.parseInt(cell.group(1)) : 0, 0,
                    "The decision table does not convert: " + message));
            return null;
        }
        if (drl == null || !drl.contains("rule ")) {
            problems.add(new PolicyProblem(sourceName, 0, 0, "The decision table has no rules.\n"
                    + "Maybe a RuleSet or RuleTable keyword is missing or misspelt?"));
            return null;
        }
        String[] lines = drl.split("\n", -1);
        List<Integer> lineMap = new ArrayList<>(lines.length);
        int row = 0;
        for (String line : lines) {
            Matcher mark = ROW_MARK.matcher(line.strip());
            if (mark.find()) {
                row = Integer.parseInt(mark.group(1));
            }
            lineMap.add(row);
        }
        return new DrlUnit(sourceName, drl, lineMap.stream().mapToInt(Integer::intValue).toArray());
    }
}
