package io.kaiku;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Features depend on each other in one direction only, and resources stay thin. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kaiku");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("io.kaiku.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.kaiku.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.kaiku.ticket..",
                        "io.kaiku.customer..",
                        "io.kaiku.identity..",
                        "io.kaiku.queue..",
                        "io.kaiku.portal..")
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchRepositories() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void featuresUseOtherFeaturesThroughServicesNotRepositories() {
        for (String feature : new String[] {"ticket", "customer", "identity", "queue", "portal"}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("io.kaiku." + feature + "..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "repositories of " + feature,
                            c -> c.getPackageName().startsWith("io.kaiku." + feature)
                                    && c.getSimpleName().endsWith("Repository")))
                    .check(CLASSES);
        }
    }
}
