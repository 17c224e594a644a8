package dev.cxkit.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The layering promises of HOUSE-STYLE.md §1–2 for cx-core: no rule engine, no dependency on the
 * modules above it, and no internal type in a public signature.
 */
@AnalyzeClasses(packages = "dev.cxkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreSeesNoRuleEngine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("cx-core never sees Drools (HOUSE-STYLE.md §1)");

    @ArchTest
    static final ArchRule coreDependsOnNoUpperModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.cxkit.kpi..", "dev.cxkit.rules..", "dev.cxkit.test..")
            .because("dependencies point down only (HOUSE-STYLE.md §1)");

    @ArchTest
    static final ArchRule publicSignaturesExposeNoInternalType = ArchRuleDefinition.methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat(isPublicApi())
            .should(notMentionInternalTypes());

    private static DescribedPredicate<JavaClass> isPublicApi() {
        return DescribedPredicate.describe("public API classes",
                c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal"));
    }

    private static ArchCondition<JavaMethod> notMentionInternalTypes() {
        return new ArchCondition<>("not mention an internal type in their signature") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean leaks = method.getRawReturnType().getPackageName().contains(".internal")
                        || method.getRawParameterTypes().stream().anyMatch(t -> t.getPackageName().contains(".internal"));
                if (leaks) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes an internal type"));
                }
            }
        };
    }
}
