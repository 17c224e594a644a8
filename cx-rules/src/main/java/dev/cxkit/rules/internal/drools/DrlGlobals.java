package dev.cxkit.rules.internal.drools;

import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.internal.Checks;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The globals a DRL text declares, read with Drools' own parser, so that a declaration in a comment
 * or a string does not count. Stateless.
 */
public final class DrlGlobals {

    /**
     * One {@code global Type name} declaration.
     *
     * @param name the global's name
     * @param type the type as written: a simple name (resolved through the imports) or a qualified one
     * @param line the 1-based line of the declaration
     * @param column the 1-based column of the declaration
     */
    public record Declared(String name, String type, int line, int column) {

        /** Validates the fields. */
        public Declared {
            Checks.notNull(name, "name");
            Checks.notNull(type, "type");
        }

        /**
         * Whether the type as written names {@code expected}, by its qualified or its simple name.
         *
         * @param expected the class the global is bound to
         * @return {@code true} if the declaration names that class
         */
        public boolean names(Class<?> expected) {
            return type.equals(expected.getName()) || type.equals(expected.getSimpleName());
        }
    }

    private DrlGlobals() {
    }

    /**
     * Reads the global declarations of a DRL text.
     *
     * @param drl the DRL text
     * @return the declarations in source order; empty if there are none or the text does not parse
     *     (compiling it then reports the syntax error with its position)
     */
    public static List<Declared> declaredIn(String drl) {
        Checks.notNull(drl, "drl");
        PackageDescr parsed;
        try {
            parsed = new DrlParser().parse(false, drl);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (parsed == null) {
            return List.of();
        }
        List<Declared> declared = new ArrayList<>();
        for (GlobalDescr global : parsed.getGlobals()) {
            declared.add(new Declared(global.getIdentifier(), global.getType(), Math.max(global.getLine(), 0),
                    global.getColumn() < 0 ? 0 : global.getColumn() + 1));
        }
        return declared;
    }
}
