package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.PolicyProblem;
import dev.cxkit.rules.PolicyTooLargeException;
import dev.cxkit.rules.spi.Ruling;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks an authority-matrix CSV (docs/authority-matrix.md). Every problem is collected with
 * its line and field number, so that one run reports all of them. Columns may come in any order; the
 * optional column {@code agent_period_cap} caps what one agent grants within {@code period}. A line
 * that starts with {@code #} is a comment.
 */
public final class AuthorityMatrixReader {

    static final List<String> REQUIRED = List.of("rule_id", "action", "tier", "segment", "allow_up_to",
            "approval_up_to", "approver_role", "currency", "period_cap", "period");
    static final String AGENT_CAP = "agent_period_cap";
    static final String MULTIPLIER = "multiplier";
    static final List<String> OPTIONAL = List.of(AGENT_CAP, MULTIPLIER);
    /** The cells a modifier row leaves empty: it has no limits of its own. */
    private static final List<String> LIMIT_COLUMNS = List.of("allow_up_to", "approval_up_to", "approver_role",
            "period_cap", AGENT_CAP, "period");
    private static final BigDecimal MAX_MULTIPLIER = BigDecimal.valueOf(Ruling.MAX_SCALE_FACTOR);
    static final char COMMENT = '#';

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final Pattern AMOUNT_WITH_CODE = Pattern.compile("(\\S+)\\s+([A-Za-z]{3})");

    /**
     * What one matrix says: its limit rows and its modifier rows.
     *
     * @param rows the rows with limits, in file order
     * @param multipliers the rows with a multiplier, in file order
     */
    public record Matrix(List<AuthorityRow> rows, List<MultiplierRow> multipliers) {
    }

    private final String source;
    private final List<PolicyProblem> problems;
    private final List<MultiplierRow> multipliers = new ArrayList<>();
    private final int[] lineStarts;
    private Map<String, Integer> columns = Map.of();

    private AuthorityMatrixReader(String source, String text, List<PolicyProblem> problems) {
        this.source = source;
        this.problems = problems;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads the rows of one matrix.
     *
     * @param source the source name, for messages
     * @param text the CSV text
     * @param problems where problems are added
     * @param rowsLeft the most rows this matrix may have
     * @param limit the policy's row limit, for the message
     * @return the valid rows; rows with problems are left out
     * @throws PolicyTooLargeException at the first row past {@code rowsLeft}; the rest is not read
     */
    public static Matrix read(String source, String text, List<PolicyProblem> problems, int rowsLeft, int limit) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        AuthorityMatrixReader reader = new AuthorityMatrixReader(source, body, problems);
        List<AuthorityRow> rows = reader.rows(body, rowsLeft, limit);
        return new Matrix(List.copyOf(rows), List.copyOf(reader.multipliers));
    }

    private List<AuthorityRow> rows(String text, int rowsLeft, int limit) {
        List<AuthorityRow> rows = new ArrayList<>();
        // A line that starts with # is a comment, before the header as anywhere else.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true)
                .setCommentMarker(COMMENT).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            int read = 0;
            for (CSVRecord record : parser) {
                int line = lineOf(text, record.getCharacterPosition());
                if (header) {
                    header = false;
                    if (!readHeader(record, line)) {
                        return rows;
                    }
                    continue;
                }
                if (++read > rowsLeft) {
                    throw new PolicyTooLargeException(new PolicyProblem(source, line, 0, "The authority matrices "
                            + "have more than " + limit + " rows, the policy's limit; nothing was compiled. Maybe "
                            + "split the matrix, or raise the limit (Policy.Builder.maxMatrixRows) if the rows are "
                            + "all needed?"), limit);
                }
                AuthorityRow row = row(record, line);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (header) {
                problems.add(new PolicyProblem(source, 1, 0, "The authority matrix is empty; expected the header "
                        + String.join(",", REQUIRED) + "."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(new PolicyProblem(source, 0, 0, "Malformed CSV: " + e.getMessage()));
        }
        checkOverlaps(rows);
        return rows;
    }

    private int lineOf(String text, long characterPosition) {
        // The parser reports where it started reading, before any skipped empty lines and comments.
        int position = (int) characterPosition;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\n' || c == '\r') {
                position++;
            } else if (c == COMMENT && (position == 0 || text.charAt(position - 1) == '\n'
                    || text.charAt(position - 1) == '\r')) {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end + 1;
            } else {
                break;
            }
        }
        int index = Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private boolean readHeader(CSVRecord record, int line) {
        Map<String, Integer> found = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new PolicyProblem(source, line, i + 1, "Unknown column (" + Checks.abbreviate(name)
                        + "). Allowed: " + String.join(", ", REQUIRED) + ", and optionally " + String.join(", ", OPTIONAL)
                        + "."));
                ok = false;
            } else if (found.putIfAbsent(name, i) != null) {
                problems.add(new PolicyProblem(source, line, i + 1, "The column " + name + " appears twice."));
                ok = false;
            }
        }
        for (String name : REQUIRED) {
            if (!found.containsKey(name)) {
                problems.add(new PolicyProblem(source, line, 0, "The header lacks the column " + name
                        + ". Expected: " + String.join(",", REQUIRED) + "."));
                ok = false;
            }
        }
        columns = found;
        return ok;
    }

    /** Collects the problems of one field; holds the cells of the record being read. */
    private final class Fields {
        private final CSVRecord record;
        private final int line;
        private boolean ok = true;

        Fields(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
        }

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index);
        }

        void problem(String column, String message) {
            Integer index = columns.get(column);
            problems.add(new PolicyProblem(source, line, index == null ? 0 : index + 1, message));
            ok = false;
        }

        <T> @Nullable T parse(String column, Function<String, T> parser) {
            String value = get(column);
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                problem(column, "The " + column + " (" + Checks.abbreviate(value) + ") is invalid: " + e.getMessage());
                return null;
            }
        }
    }

    private @Nullable AuthorityRow row(CSVRecord record, int line) {
        Fields f = new Fields(record, line);
        if (record.size() != columns.size()) {
            problems.add(new PolicyProblem(source, line, 0, "The row has " + record.size() + " fields; the header has "
                    + columns.size() + "."));
            return null;
        }
        String ruleId = f.get("rule_id");
        if (!RULE_ID.matcher(ruleId).matches()) {
            f.problem("rule_id", "The rule_id (" + Checks.abbreviate(ruleId)
                    + ") must be 1–128 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        Action action = f.parse("action", Action::parse);
        Tier tier = f.parse("tier", Tier::parse);
        Segment segment = f.parse("segment", s -> s.equals("*") ? null : new Segment(s));
        ApproverRole role = f.parse("approver_role", s -> s.isEmpty() ? null : ApproverRole.parse(s));
        if (action == null || !f.ok) {
            return null;
        }
        Currency currency = null;
        String currencyText = f.get("currency");
        if (action.isPercent()) {
            if (!currencyText.isEmpty()) {
                f.problem("currency", "The currency (" + Checks.abbreviate(currencyText) + ") must be empty for the percent action "
                        + action + ": its limits are percentages such as 10%.");
            }
        } else {
            currency = f.parse("currency", s -> {
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("a money action needs an ISO 4217 code such as EUR.");
                }
                return Money.currency(s);
            });
        }
        if (!f.ok) {
            return null;
        }
        if (!f.get(MULTIPLIER).isEmpty()) {
            multiplier(f, ruleId, action, tier, segment, currency);
            return null;
        }
        Amount allow = amount(f, "allow_up_to", action, currency, false);
        Amount approval = amount(f, "approval_up_to", action, currency, false);
        Money customerCap = (Money) amount(f, "period_cap", action, currency, true);
        Money agentCap = (Money) amount(f, AGENT_CAP, action, currency, true);
        Period period = f.parse("period", s -> s.isEmpty() ? null : Period.parse(s));
        if (period != null && (period.isNegative() || period.isZero())) {
            f.problem("period", "The period (" + period + ") must be positive, for example P30D.");
        }
        boolean hasCap = customerCap != null || agentCap != null;
        if (f.ok && hasCap && period == null) {
            f.problem("period", "The period is empty but the row has a period cap.\nMaybe add one such as P30D?");
        }
        if (f.ok && !hasCap && period != null) {
            f.problem("period", "The period (" + period + ") is set but the row has no period cap.\nMaybe fill period_cap?");
        }
        if (f.ok && allow != null && approval != null && compare(allow, approval) > 0) {
            f.problem("allow_up_to", "The allow_up_to (" + allow + ") is above the approval_up_to (" + approval
                    + ").\nMaybe the columns are swapped?");
        }
        if (f.ok && role == null && allow != null && approval != null && compare(allow, approval) < 0) {
            f.problem("approver_role", "The approver_role is empty but approval_up_to (" + approval
                    + ") is above allow_up_to (" + allow + "): who approves? Allowed: "
                    + Arrays.toString(ApproverRole.values()) + ".");
        }
        if (!f.ok || allow == null || approval == null || tier == null) {
            return null;
        }
        return new AuthorityRow(ruleId, source, line, action, tier, segment, currency, allow, approval, role,
                customerCap, agentCap, period);
    }

    /** A modifier row: a multiplier and no limits of its own. */
    private void multiplier(Fields f, String ruleId, Action action, @Nullable Tier tier, @Nullable Segment segment,
            @Nullable Currency currency) {
        for (String column : LIMIT_COLUMNS) {
            if (!f.get(column).isEmpty()) {
                f.problem(column, "The " + column + " (" + Checks.abbreviate(f.get(column)) + ") must be empty in a row "
                        + "with a multiplier: such a row scales the limits of the row that decides and has none of "
                        + "its own. Maybe put the limits in a row of their own?");
            }
        }
        BigDecimal factor = f.parse(MULTIPLIER, s -> {
            BigDecimal value;
            try {
                value = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a plain decimal number such as 1.5.", e);
            }
            if (s.length() > 20 || value.signum() <= 0 || value.compareTo(MAX_MULTIPLIER) > 0
                    || value.stripTrailingZeros().scale() > 6) {
                throw new IllegalArgumentException("it must be above 0 and at most " + MAX_MULTIPLIER
                        + ", with at most 6 decimals, such as 1.5.");
            }
            return value.stripTrailingZeros();
        });
        if (f.ok && factor != null && tier != null) {
            multipliers.add(new MultiplierRow(ruleId, source, f.line, action, tier, segment, currency, factor));
        }
    }

    private static int compare(Amount a, Amount b) {
        if (a instanceof Money m && b instanceof Money n) {
            return m.compareTo(n);
        }
        return ((Percent) a).compareTo((Percent) b);
    }

    private @Nullable Amount amount(Fields f, String column, Action action, @Nullable Currency currency, boolean cap) {
        String text = f.get(column);
        if (text.isEmpty()) {
            if (!cap) {
                f.problem(column, "The " + column + " is empty; it needs " + (action.isPercent() ? "a percentage such as 10%."
                        : "an amount such as 50.00."));
            }
            return null;
        }
        if (action.isPercent()) {
            if (cap) {
                f.problem(column, "The " + column + " (" + Checks.abbreviate(text) + ") must be empty for the percent action "
                        + action + ": percentages are not summed over a period.");
                return null;
            }
            if (!text.endsWith("%")) {
                f.problem(column, "The " + column + " (" + Checks.abbreviate(text) + ") of the percent action " + action
                        + " must be a percentage such as 10%.");
                return null;
            }
            return f.parse(column, Percent::parse);
        }
        if (text.endsWith("%")) {
            f.problem(column, "The " + column + " (" + Checks.abbreviate(text) + ") is a percentage, but " + action
                    + " is measured in money.\nMaybe write it as an amount such as 50.00?");
            return null;
        }
        String number = text;
        var withCode = AMOUNT_WITH_CODE.matcher(text);
        if (withCode.matches()) {
            number = withCode.group(1);
            String code = withCode.group(2).toUpperCase(Locale.ROOT);
            if (currency != null && !code.equals(currency.getCurrencyCode())) {
                f.problem(column, "The " + column + " (" + Checks.abbreviate(text) + ") is in " + code
                        + " but the row's currency is " + currency.getCurrencyCode() + ".");
                return null;
            }
        }
        String amountText = number;
        Money money = f.parse(column, s -> {
            BigDecimal value;
            try {
                value = new BigDecimal(amountText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a plain decimal number such as 50.00.", e);
            }
            // 1E+999999999 parses, but scaling it to cents would need a number of a billion digits
            // (found by PolicyFuzzTest); the same bounds as Money.of(String, String).
            if (amountText.length() > 40 || Math.abs(value.scale()) > 20) {
                throw new IllegalArgumentException("not a plain decimal number such as 50.00 (too long or too large an exponent).");
            }
            return new Money(value, currency);
        });
        if (money != null && money.isNegative()) {
            f.problem(column, "The " + column + " (" + money + ") is negative.");
            return null;
        }
        return money;
    }

    private void checkOverlaps(List<AuthorityRow> rows) {
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, AuthorityRow> byId = new HashMap<>();
        Map<String, AuthorityRow> byKey = new HashMap<>();
        int idColumn = columns.getOrDefault("rule_id", -1) + 1;
        Map<String, MultiplierRow> multiplierKeys = new HashMap<>();
        for (java.util.Iterator<MultiplierRow> it = multipliers.iterator(); it.hasNext();) {
            MultiplierRow m = it.next();
            Integer sameId = idLines.putIfAbsent(m.ruleId(), m.line());
            MultiplierRow sameKey = multiplierKeys.putIfAbsent(m.key(), m);
            if (sameId != null) {
                problems.add(new PolicyProblem(source, m.line(), idColumn, "Duplicate rule_id (" + m.ruleId()
                        + "): line " + sameId + " already uses it."));
                it.remove();
            } else if (sameKey != null) {
                problems.add(new PolicyProblem(source, m.line(), idColumn, "The multiplier row " + m.ruleId()
                        + " overlaps the multiplier row " + sameKey.ruleId() + " (line " + sameKey.line()
                        + "): both scale " + m.key().replace('/', ' ') + ". Maybe merge them into one factor?"));
            }
        }
        for (AuthorityRow row : rows) {
            AuthorityRow sameId = byId.putIfAbsent(row.ruleId(), row);
            Integer multiplierLine = idLines.get(row.ruleId());
            if (sameId != null || multiplierLine != null) {
                problems.add(new PolicyProblem(source, row.line(), idColumn, "Duplicate rule_id (" + row.ruleId()
                        + "): line " + (sameId != null ? sameId.line() : multiplierLine) + " already uses it."));
                continue;
            }
            AuthorityRow sameKey = byKey.putIfAbsent(row.key(), row);
            if (sameKey != null) {
                problems.add(new PolicyProblem(source, row.line(), idColumn, "The row " + row.ruleId() + " overlaps the row "
                        + sameKey.ruleId() + " (line " + sameKey.line() + "): both cover " + row.key().replace('/', ' ')
                        + (row.sameLimits(sameKey) ? " with the same limits.\nMaybe delete one of them?"
                                : " with contradicting limits.\nMaybe one of them is meant for another tier or segment?")));
            }
        }
    }
}
