package dev.cxkit.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A section of the {@link HtmlReport} made of plain parts: a lead sentence, tables and notes. The
 * measures that do not need a chart (containment, QA scores, out-of-hours demand, group
 * comparisons) each build one, so a new measure reaches the page without a new renderer.
 *
 * <pre>{@code
 * ReportPanel panel = ReportPanel.builder("containment", "Self-service containment")
 *         .lead("62.0 % of 1,204 bot sessions were not followed by a live contact within 7 days.")
 *         .table(ReportPanel.Table.builder("By contact reason")
 *                 .column("Reason").numericColumn("Sessions").numericColumn("Contained")
 *                 .row("billing", "412", "71.4 %")
 *                 .build())
 *         .note("A session without a contact reason counts in the total only.")
 *         .build();
 * }</pre>
 *
 * <p>Every text is escaped when rendered; a cell holds text only. Immutable and thread-safe.
 *
 * @param id the section's HTML id, for example {@code containment}: lower-case letters, digits and
 *        hyphens, starting with a letter
 * @param title the section heading
 * @param lead the sentence under the heading, or empty for none
 * @param tables the tables, in order
 * @param notes the notes under the tables (caveats, what was not recorded), in order
 */
public record ReportPanel(String id, String title, String lead, List<Table> tables, List<String> notes) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Checks the parts and copies the lists.
     *
     * @throws IllegalArgumentException if the id is not a lower-case HTML id or the title is blank
     */
    public ReportPanel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title of panel " + id);
        Objects.requireNonNull(lead, "lead of panel " + id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The panel id '" + id + "' is not a lower-case HTML id.\n"
                    + "Maybe write it like out-of-hours (letters, digits, hyphens; a letter first)?");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("The title of panel " + id + " is blank.");
        }
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /**
     * Starts a panel.
     *
     * @param id the section's HTML id, for example {@code qa-scores}
     * @param title the heading
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * A table of text cells with a header row. Numeric columns are right-aligned.
     *
     * @param caption the heading above the table, or empty for none
     * @param columns the column headings
     * @param numeric for each column, whether it holds figures
     * @param rows the rows; each has one cell per column
     */
    public record Table(String caption, List<String> columns, List<Boolean> numeric, List<List<String>> rows) {

        /**
         * Checks that every row has one cell per column and copies the lists.
         *
         * @throws IllegalArgumentException if there is no column, or a row's width differs
         */
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("The table '" + caption + "' has no column.");
            }
            if (numeric.size() != columns.size()) {
                throw new IllegalArgumentException("The table '" + caption + "' has " + columns.size()
                        + " columns but " + numeric.size() + " numeric flags.");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + (i + 1) + " of the table '" + caption + "' has "
                            + rows.get(i).size() + " cells; the table has " + columns.size() + " columns.");
                }
            }
        }

        /**
         * Starts a table.
         *
         * @param caption the heading above it, or empty for none
         * @return a builder
         */
        public static TableBuilder builder(String caption) {
            return new TableBuilder(caption);
        }
    }

    /** Collects a {@link Table}; not thread-safe. */
    public static final class TableBuilder {
        private final String caption;
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private TableBuilder(String caption) {
            this.caption = Objects.requireNonNull(caption, "caption");
        }

        /**
         * Adds a text column.
         *
         * @param heading the heading
         * @return this builder
         */
        public TableBuilder column(String heading) {
            columns.add(Objects.requireNonNull(heading, "heading"));
            numeric.add(false);
            return this;
        }

        /**
         * Adds a right-aligned column of figures.
         *
         * @param heading the heading
         * @return this builder
         */
        public TableBuilder numericColumn(String heading) {
            columns.add(Objects.requireNonNull(heading, "heading"));
            numeric.add(true);
            return this;
        }

        /**
         * Adds a row.
         *
         * @param cells one text per column; write {@code -} for a figure that is not recorded
         * @return this builder
         */
        public TableBuilder row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        /**
         * Adds a row.
         *
         * @param cells one text per column
         * @return this builder
         */
        public TableBuilder row(List<String> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws IllegalArgumentException if a row's width differs from the columns'
         */
        public Table build() {
            return new Table(caption, columns, numeric, rows);
        }
    }

    /** Collects a {@link ReportPanel}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String lead = "";
        private final List<Table> tables = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the sentence under the heading.
         *
         * @param value the sentence
         * @return this builder
         */
        public Builder lead(String value) {
            this.lead = Objects.requireNonNull(value, "lead");
            return this;
        }

        /**
         * Adds a table.
         *
         * @param value the table
         * @return this builder
         */
        public Builder table(Table value) {
            tables.add(Objects.requireNonNull(value, "table"));
            return this;
        }

        /**
         * Adds a note under the tables.
         *
         * @param value the note
         * @return this builder
         */
        public Builder note(String value) {
            notes.add(Objects.requireNonNull(value, "note"));
            return this;
        }

        /**
         * Builds the panel.
         *
         * @return the panel
         * @throws IllegalArgumentException if the id is not a lower-case HTML id or the title is blank
         */
        public ReportPanel build() {
            return new ReportPanel(id, title, lead, tables, notes);
        }
    }
}
