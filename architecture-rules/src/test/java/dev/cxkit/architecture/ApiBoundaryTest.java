package dev.cxkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cxkit.fixture.LeakyApi;
import dev.cxkit.fixture.internal.Hidden;
import org.junit.jupiter.api.Test;

class ApiBoundaryTest {

    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(LeakyApi.class, Hidden.class);

    @Test
    void findsEveryPlantedViolation() {
        assertThat(ApiBoundary.of("dev.cxkit.fixture").violations(PLANTED))
                .anySatisfy(v -> assertThat(v).contains("hidden(…) return type uses the internal type "
                        + "dev.cxkit.fixture.internal.Hidden"))
                .anySatisfy(v -> assertThat(v).contains("json(…) return type uses the hidden library type "
                        + "com.fasterxml.jackson.core.JsonFactory"))
                .anySatisfy(v -> assertThat(v).contains("dev.cxkit.fixtureother.internal.ForeignThing")
                        .contains("[uses another module's internal type]"))
                .anySatisfy(v -> assertThat(v).contains("dev.cxkit.fixtureother.internal.Allowed"))
                .noneSatisfy(v -> assertThat(v).contains("quiet"));
    }

    @Test
    void letsDeliberatePathsAndExposedLibrariesPass() {
        assertThat(ApiBoundary.of("dev.cxkit.fixture").mayUse("dev.cxkit.fixtureother.internal.Allowed")
                .exposing("com.fasterxml.jackson.").violations(PLANTED))
                .noneSatisfy(v -> assertThat(v).contains("Allowed"))
                .noneSatisfy(v -> assertThat(v).contains("JsonFactory"))
                .anySatisfy(v -> assertThat(v).contains("ForeignThing"));
    }

    @Test
    void forbiddenLibrariesFailEvenOutsideSignatures() {
        assertThat(ApiBoundary.of("dev.cxkit.fixture").exposing("com.fasterxml.jackson.")
                .forbidding("com.fasterxml.jackson.").violations(PLANTED))
                .anySatisfy(v -> assertThat(v).contains("JsonFactory").contains("[forbidden in this module]"));
    }

    @Test
    void checkFailsWithEveryViolationListed() {
        assertThatThrownBy(() -> ApiBoundary.of("dev.cxkit.fixture").check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The API boundary of dev.cxkit.fixture is broken")
                .hasMessageContaining("ForeignThing");
    }

    @Test
    void refusesARootThatIsNotAModule() {
        assertThatThrownBy(() -> ApiBoundary.of("com.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe dev.cxkit.<module>");
    }
}
