package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicyProblem;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.internal.drools.DecisionTableConverter;
import dev.cxkit.rules.internal.drools.DrlUnit;
import dev.cxkit.rules.internal.drools.DroolsRuleBase;
import dev.cxkit.rules.internal.drools.MatrixDrlWriter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compiles policy sources: reads and checks every matrix, checks rule ids across all sources, writes
 * the matrix rows as DRL and compiles everything into one rule base. Either all of it compiles or a
 * {@link PolicyCompilationException} lists every problem; nothing half-built escapes.
 */
public final class PolicyCompiler {

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private PolicyCompiler() {
    }

    /** Where a rule id is defined. */
    private record Definition(String source, int line, int column, boolean csv) {
    }

    /**
     * Compiles sources into a policy.
     *
     * @param sources the sources, at least one
     * @param poolSize idle sessions kept for reuse
     * @param maxMatrixRows the most matrix rows, summed over the sources
     * @return the compiled policy
     * @throws dev.cxkit.rules.PolicyTooLargeException if the matrices have more rows; nothing is compiled
     * @throws PolicyCompilationException listing every problem
     */
    public static CompiledPolicy compile(List<PolicySource> sources, int poolSize,
            int maxMatrixRows) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new PolicyProblem("(policy)", 0, 0, "A policy needs at least one source."));
            throw new PolicyCompilationException(problems);
        }
        List<AuthorityRow> rows = new ArrayList<>();
        List<DrlUnit> units = new ArrayList<>();
        Map<String, Definition> ids = new LinkedHashMap<>();
        int rowsLeft = maxMatrixRows;
        for (int s = 0; s < sources.size(); s++) {
            PolicySource source = sources.get(s);
            if (source.kind() == PolicySource.Kind.AUTHORITY_MATRIX) {
                int from = rows.size();
                AuthorityMatrixReader.Matrix read = AuthorityMatrixReader.read(source.name(), source.content(),
                        problems, rowsLeft, maxMatrixRows);
                rowsLeft -= read.rows().size() + read.multipliers().size();
                rows.addAll(read.rows());
                for (AuthorityRow row : read.rows()) {
                    define(ids, row.ruleId(), new Definition(source.name(), row.line(), 1, true), problems);
                }
                for (MultiplierRow row : read.multipliers()) {
                    define(ids, row.ruleId(), new Definition(source.name(), row.line(), 1, true), problems);
                }
                units.add(MatrixDrlWriter.write(source.name(), "dev.cxkit.rules.generated.m" + s, rows, from,
                        rows.size(), read.multipliers()));
            } else if (source.kind() == PolicySource.Kind.DECISION_TABLE) {
                DrlUnit unit = DecisionTableConverter.convert(source.name(), source.content(), problems);
                if (unit != null) {
                    defineRules(ids, source.name(), unit.drl(), unit, problems);
                    units.add(unit);
                }
            } else {
                defineRules(ids, source.name(), source.content(), null, problems);
                units.add(new DrlUnit(source.name(), source.content(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyCompilationException(problems);
        }
        DroolsRuleBase ruleBase = DroolsRuleBase.compile(units, poolSize);
        Map<Action, Set<Currency>> coverage = new EnumMap<>(Action.class);
        for (AuthorityRow row : rows) {
            if (row.currency() != null) {
                coverage.computeIfAbsent(row.action(), a -> new HashSet<>()).add(row.currency());
            }
        }
        coverage.replaceAll((a, set) -> Set.copyOf(set));
        return new CompiledPolicy(ruleBase, rows, coverage);
    }

    private static void defineRules(Map<String, Definition> ids, String source, String drl, @Nullable DrlUnit generated,
            List<PolicyProblem> problems) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_NAME.matcher(lines[i]);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = generated == null ? i + 1 : generated.sourceLine(i + 1);
                int column = generated == null ? lines[i].indexOf("rule") + 1 : 0;
                define(ids, name, new Definition(source, line, column, false), problems);
            }
        }
    }

    private static void define(Map<String, Definition> ids, String id, Definition where, List<PolicyProblem> problems) {
        Definition first = ids.putIfAbsent(id, where);
        // Duplicates inside one matrix are already reported by the reader, with the CSV column.
        boolean sameMatrix = first != null && first.csv() && where.csv() && first.source().equals(where.source());
        if (first != null && !sameMatrix) {
            problems.add(new PolicyProblem(where.source(), where.line(), where.column(), "Duplicate rule id ("
                    + id + "): " + first.source() + " line " + first.line() + " already defines it."));
        }
    }
}
