package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Keeps text cells of the CSV files cxkit writes from being run as formulas when a spreadsheet opens
 * them (CSV or formula injection): a cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, possibly after apostrophes, gets one apostrophe in front
 * ({@code =HYPERLINK(…)} is written {@code '=HYPERLINK(…)}), which spreadsheets show as text. This
 * follows the OWASP "CSV Injection" advice. Every CSV writer of cxkit passes its text cells (ids,
 * reasons, keys) through {@link #escape(String)}; numbers it formats itself are left alone.
 *
 * <p>The cxkit CSV readers undo it with {@link #unescape(String)}, so that writing and reading back
 * gives the same ids: an apostrophe is removed only in front of the characters above (or of further
 * apostrophes followed by one of them), so ids such as {@code 'quoted'} are read as written. The
 * pair is exact: {@code unescape(escape(s)).equals(s)} for every {@code s}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormulaEscaping {

    private FormulaEscaping() {
    }

    /**
     * Escapes a text cell for CSV output.
     *
     * @param text the cell's text, or {@code null} for an empty cell
     * @return the text with one apostrophe in front if it could start a formula, else the text
     *     unchanged; {@code null} for {@code null}
     */
    public static @Nullable String escape(@Nullable String text) {
        return text != null && needsEscape(text, 0) ? "'" + text : text;
    }

    /**
     * Undoes {@link #escape(String)} on a cell read from CSV.
     *
     * @param cell the cell's text as read
     * @return the cell without the apostrophe that {@link #escape(String)} would have added, or the
     *     cell unchanged
     * @throws NullPointerException if {@code cell} is {@code null}
     */
    public static String unescape(String cell) {
        Checks.notNull(cell, "cell");
        return !cell.isEmpty() && cell.charAt(0) == '\'' && needsEscape(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} is apostrophes, then a character that starts a formula. */
    private static boolean needsEscape(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
