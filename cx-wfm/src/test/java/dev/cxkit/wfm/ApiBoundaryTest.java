package dev.cxkit.wfm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ApiBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cxkit.wfm");

    @Test
    void noJacksonOrCsvTypeInThePublicApi() {
        noClasses().that().resideInAPackage("dev.cxkit.wfm").and().arePublic()
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.commons.csv..")
                .because("jackson-core and commons-csv are implementation details")
                .allowEmptyShould(true)
                .check(CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe("not a writer or reader",
                        c -> !c.getSimpleName().equals("StaffingPlanWriter") && !c.getSimpleName().equals("IntervalCountsCsv"))));
    }

    @Test
    void noRuleEngineStreamingOrJdbc() {
        noClasses().that().resideInAPackage("dev.cxkit.wfm..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.apache.flink..",
                        "java.sql..", "com.zaxxer..")
                .check(CLASSES);
    }
}
