package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input of a {@link Policy}: a named text in one of the supported forms. Several sources combine
 * into one policy. Immutable.
 *
 * @param name how errors and the policy refer to the source, usually its file name
 * @param kind the form of the text
 * @param content the text itself
 */
public record PolicySource(String name, Kind kind, String content) {

    /** The forms a policy source can take. */
    public enum Kind {
        /** The authority-matrix CSV of docs/authority-matrix.md, one rule per row. */
        AUTHORITY_MATRIX,
        /**
         * A Drools DRL file, for what the matrix cannot say. It sees {@link DecisionRequest} and
         * {@link dev.cxkit.rules.spi.Ruling} as facts.
         */
        DRL,
        /**
         * A Drools decision table in CSV form (the {@code .drl.csv} files of Drools): a
         * {@code RuleSet}, {@code Import}s and {@code RuleTable}s whose rows become rules named
         * {@code <table>_<line>}. Conditions match {@link dev.cxkit.rules.spi.Ruling} (bind
         * {@code $r : Ruling} in the first condition column; CSV cannot merge cells, so further
         * columns use an unbound {@code Ruling}); actions call {@code $r.deny(...)},
         * {@code $r.requireApproval(...)} or {@code $r.scaleLimits(...)}.
         */
        DECISION_TABLE
    }

    /** Validates the fields. */
    public PolicySource {
        Checks.identifier(name, "source name");
        Checks.notNull(kind, "kind");
        Checks.notNull(content, "content");
    }

    /**
     * An authority-matrix CSV.
     *
     * @param name for example {@code "authority.csv"}
     * @param csv the CSV text, header first
     * @return the source
     */
    public static PolicySource authorityMatrix(String name, String csv) {
        return new PolicySource(name, Kind.AUTHORITY_MATRIX, csv);
    }

    /**
     * A DRL text.
     *
     * @param name for example {@code "vip.drl"}
     * @param drl the DRL text
     * @return the source
     */
    public static PolicySource drl(String name, String drl) {
        return new PolicySource(name, Kind.DRL, drl);
    }

    /**
     * A Drools decision table in CSV form.
     *
     * @param name for example {@code "channels.drl.csv"}
     * @param csv the table
     * @return the source
     */
    public static PolicySource decisionTable(String name, String csv) {
        return new PolicySource(name, Kind.DECISION_TABLE, csv);
    }

    /**
     * Reads a source from a UTF-8 file, choosing the kind by extension: {@code .drl.csv} is a
     * decision table, any other {@code .csv} an authority matrix, {@code .drl} DRL.
     *
     * @param file the file
     * @return the source, named by the file name
     * @throws IllegalArgumentException if the extension is none of the above
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PolicySource read(Path file) {
        Checks.notNull(file, "file");
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        Kind kind;
        if (lower.endsWith(".drl")) {
            kind = Kind.DRL;
        } else if (lower.endsWith(".drl.csv")) {
            kind = Kind.DECISION_TABLE;
        } else if (lower.endsWith(".csv")) {
            kind = Kind.AUTHORITY_MATRIX;
        } else {
            throw new IllegalArgumentException("The policy file (" + Checks.abbreviate(name)
                    + ") must end in .csv (authority matrix), .drl.csv (decision table) or .drl (DRL).");
        }
        try {
            return new PolicySource(name, kind, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the policy file " + file + ".", e);
        }
    }
}
