package dev.cxkit.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.cxkit.rules.archfixture.LeakyApi;
import dev.cxkit.rules.archfixture.LeakyListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HOUSE-STYLE §5: Drools stays behind our API. */
class ArchitectureTest {

    private static final ArchCondition<JavaClass> EXPOSE_NO_ENGINE_TYPE =
            new ArchCondition<>("expose no org.kie or org.drools type in a public or protected signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    List<String> leaks = new ArrayList<>();
                    type.getSuperclass().ifPresent(s -> collect(leaks, "superclass", s));
                    type.getInterfaces().forEach(i -> collect(leaks, "interface", i));
                    for (JavaField field : type.getFields()) {
                        if (isVisible(field.getModifiers())) {
                            collect(leaks, "field " + field.getName(), field.getType());
                        }
                    }
                    for (JavaCodeUnit unit : type.getCodeUnits()) {
                        if (!isVisible(unit.getModifiers()) || unit.getName().equals("<clinit>")) {
                            continue;
                        }
                        String where = unit.getName() + "(…)";
                        collect(leaks, where + " return type", unit.getReturnType());
                        unit.getParameterTypes().forEach(p -> collect(leaks, where + " parameter", p));
                        unit.getThrowsClause().getTypes().forEach(t -> collect(leaks, where + " throws", t));
                        unit.getTypeParameters().forEach(t -> collect(leaks, where + " type parameter", t));
                    }
                    for (String leak : leaks) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + leak));
                    }
                }
            };

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void collect(List<String> leaks, String where, JavaType type) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            String name = raw.getName();
            if (name.startsWith("org.kie.") || name.startsWith("org.drools.")) {
                leaks.add(where + " uses " + name);
            }
        }
    }

    private static ArchRule noEngineTypeInPublicApi() {
        return classes().that().resideInAPackage("dev.cxkit.rules..")
                .and().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(EXPOSE_NO_ENGINE_TYPE);
    }

    @Test
    void publicApiExposesNoDroolsType() {
        var production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cxkit.rules");
        assertThat(production.contain(Policy.class)).as("the production classes were imported").isTrue();

        noEngineTypeInPublicApi().check(production);
    }

    @Test
    void ruleCatchesEveryKindOfLeak() {
        var fixtures = new ClassFileImporter().importClasses(LeakyApi.class, LeakyListener.class);

        Throwable failure = catchThrowable(() -> noEngineTypeInPublicApi().check(fixtures));

        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getMessage())
                .contains("LeakyApi: field session uses org.kie.api.runtime.KieSession")
                .contains("LeakyApi: kieBase(…) return type uses org.kie.api.KieBase")
                .contains("LeakyApi: use(…) parameter uses org.kie.api.runtime.KieSession")
                .contains("LeakyListener: superclass uses org.kie.api.event.rule.DefaultAgendaEventListener")
                .doesNotContain("hidden");
    }
}
