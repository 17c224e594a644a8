package dev.cxkit.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The API boundary of one cxkit module, checked on its compiled classes by the module's own tests:
 * <ol>
 *   <li>no type of an {@code internal} package (of any cxkit module) appears in a public or protected
 *       signature of a public class outside {@code internal} packages;</li>
 *   <li>no type of a library that cxkit hides (Drools, Jackson, Flink, HikariCP, Flyway, picocli)
 *       appears in such a signature, unless the module is about that library
 *       ({@link #exposing(String...)});</li>
 *   <li>no class uses an {@code internal} type of another cxkit module, except on the deliberate
 *       paths {@link #DELIBERATE_PATHS} lists and those a module adds with
 *       {@link #mayUse(String...)};</li>
 *   <li>optionally, no class depends on a forbidden library at all ({@link #forbidding(String...)}),
 *       such as Drools in cx-core.</li>
 * </ol>
 *
 * <pre>{@code
 * @Test
 * void keepsItsApiBoundary() {
 *     ApiBoundary.of("dev.cxkit.audit").mayUse("dev.cxkit.rules.internal.drools").check();
 * }
 * }</pre>
 *
 * Immutable; each method returns a new boundary.
 */
public final class ApiBoundary {

    /**
     * Internal types that every cxkit module may use on purpose: the validation messages of
     * {@code Checks}, the "Maybe you meant" hints of {@code Spelling} and the instant rendering of
     * {@code InstantText}, so that every module words its errors and writes instants the same way.
     * They carry no compatibility promise to users.
     */
    public static final List<String> DELIBERATE_PATHS = List.of(
            "dev.cxkit.core.internal.Checks",
            "dev.cxkit.core.internal.Spelling",
            "dev.cxkit.core.internal.InstantText");

    /** Libraries cxkit keeps out of its public signatures, by package prefix. */
    public static final List<String> HIDDEN_LIBRARIES = List.of(
            "org.kie.", "org.drools.", "com.fasterxml.jackson.", "org.apache.flink.", "com.zaxxer.hikari.",
            "org.flywaydb.", "picocli.");

    private final String rootPackage;
    private final Set<String> mayUse;
    private final Set<String> exposed;
    private final Set<String> forbidden;

    private ApiBoundary(String rootPackage, Set<String> mayUse, Set<String> exposed, Set<String> forbidden) {
        this.rootPackage = rootPackage;
        this.mayUse = Set.copyOf(mayUse);
        this.exposed = Set.copyOf(exposed);
        this.forbidden = Set.copyOf(forbidden);
    }

    /**
     * The boundary of the module whose classes live under a root package.
     *
     * @param rootPackage the module's root package, such as {@code dev.cxkit.audit}
     * @return the boundary with the default rules
     * @throws IllegalArgumentException if the package is not a cxkit package
     */
    public static ApiBoundary of(String rootPackage) {
        Objects.requireNonNull(rootPackage, "rootPackage");
        if (!rootPackage.startsWith("dev.cxkit.") || rootPackage.contains(".internal")) {
            throw new IllegalArgumentException("The root package (" + rootPackage + ") is not a cxkit module's root."
                    + "\nMaybe dev.cxkit.<module>, such as dev.cxkit.audit?");
        }
        return new ApiBoundary(rootPackage, Set.of(), Set.of(), Set.of());
    }

    /**
     * Allows this module to use internal types of another module on a documented, deliberate path.
     *
     * @param prefixes class or package names (a package includes its subpackages)
     * @return a new boundary
     */
    public ApiBoundary mayUse(String... prefixes) {
        return new ApiBoundary(rootPackage, union(mayUse, prefixes), exposed, forbidden);
    }

    /**
     * Allows a hidden library in this module's public signatures, for a module that is about it (the
     * Flink jobs take Flink's streams, the Micrometer binder Micrometer's registry).
     *
     * @param prefixes package prefixes from {@link #HIDDEN_LIBRARIES}, such as {@code org.apache.flink.}
     * @return a new boundary
     */
    public ApiBoundary exposing(String... prefixes) {
        return new ApiBoundary(rootPackage, mayUse, union(exposed, prefixes), forbidden);
    }

    /**
     * Forbids any dependency on these packages, for example a rule engine in a module that must work
     * without one.
     *
     * @param prefixes package prefixes such as {@code org.drools.}
     * @return a new boundary
     */
    public ApiBoundary forbidding(String... prefixes) {
        return new ApiBoundary(rootPackage, mayUse, exposed, union(forbidden, prefixes));
    }

    /**
     * Checks the module's production classes on the class path.
     *
     * @throws AssertionError listing every violation, one a line
     * @throws IllegalStateException if no class of the module is found
     */
    public void check() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("No class of " + rootPackage + " was found on the class path."
                    + "\nMaybe the module's classes are not compiled yet, or the package is misspelt?");
        }
        check(classes);
    }

    /**
     * Checks the given classes (the module's, or planted violations in a test).
     *
     * @param classes the classes to check
     * @throws AssertionError listing every violation, one a line
     */
    public void check(JavaClasses classes) {
        List<String> violations = violations(classes);
        if (!violations.isEmpty()) {
            throw new AssertionError("The API boundary of " + rootPackage + " is broken " + violations.size()
                    + " time(s):\n" + String.join("\n", violations));
        }
    }

    /**
     * Lists the violations in the given classes.
     *
     * @param classes the classes to check
     * @return one line per violation, empty if there is none
     */
    public List<String> violations(JavaClasses classes) {
        List<String> out = new ArrayList<>();
        for (JavaClass type : classes) {
            if (isPublicApi(type)) {
                signatureLeaks(type, out);
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String name = target.getName();
                if (isForeignInternal(name)) {
                    out.add(dependency.getDescription() + " [uses another module's internal type]");
                } else if (startsWithAny(name, forbidden)) {
                    out.add(dependency.getDescription() + " [forbidden in this module]");
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private boolean isPublicApi(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && !type.getPackageName().contains(".internal")
                && type.getPackageName().startsWith(rootPackage);
    }

    private boolean isForeignInternal(String name) {
        if (!name.startsWith("dev.cxkit.") || !name.contains(".internal.") || name.startsWith(rootPackage + ".")) {
            return false;
        }
        return !startsWithAny(name, DELIBERATE_PATHS) && !startsWithAny(name, mayUse);
    }

    private void signatureLeaks(JavaClass type, List<String> out) {
        type.getSuperclass().ifPresent(s -> leaks(type, "superclass", s, out));
        type.getInterfaces().forEach(i -> leaks(type, "interface", i, out));
        for (JavaField field : type.getFields()) {
            if (isVisible(field.getModifiers())) {
                leaks(type, "field " + field.getName(), field.getType(), out);
            }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (!isVisible(unit.getModifiers()) || unit.getName().equals("<clinit>")) {
                continue;
            }
            String where = unit.getName() + "(…)";
            leaks(type, where + " return type", unit.getReturnType(), out);
            unit.getParameterTypes().forEach(p -> leaks(type, where + " parameter", p, out));
            unit.getThrowsClause().getTypes().forEach(t -> leaks(type, where + " throws", t, out));
            unit.getTypeParameters().forEach(t -> leaks(type, where + " type parameter", t, out));
        }
    }

    private void leaks(JavaClass owner, String where, JavaType type, List<String> out) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            String name = raw.getName();
            if (name.startsWith("dev.cxkit.") && name.contains(".internal.")) {
                out.add(owner.getName() + ": " + where + " uses the internal type " + name);
            } else if (startsWithAny(name, HIDDEN_LIBRARIES) && !startsWithAny(name, exposed)) {
                out.add(owner.getName() + ": " + where + " uses the hidden library type " + name);
            }
        }
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean startsWithAny(String name, Iterable<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.equals(prefix) || name.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")
                    || name.startsWith(prefix + "$")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> current, String... more) {
        Set<String> out = new LinkedHashSet<>(current);
        for (String prefix : more) {
            out.add(Objects.requireNonNull(prefix, "prefix"));
        }
        return out;
    }
}
